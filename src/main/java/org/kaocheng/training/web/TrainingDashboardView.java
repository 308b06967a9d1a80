package org.kaocheng.training.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kaocheng.training.application.TrainingReminderService;
import org.kaocheng.training.application.TrainingReminderService.InductionCounts;
import org.kaocheng.training.application.TrainingReminderService.SessionReminder;

/** Training reminders on the home page: sessions starting soon, enrolment closing, inductions due. */
@Named
@ViewScoped
public class TrainingDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingReminderService reminders;

    private boolean shown;
    private List<SessionReminder> startingSoon = List.of();
    private List<SessionReminder> enrolmentClosing = List.of();
    private InductionCounts inductions;

    @PostConstruct
    void init() {
        shown = reminders.isShown();
        if (shown) {
            startingSoon = reminders.startingSoon();
            enrolmentClosing = reminders.enrolmentClosing();
            inductions = reminders.inductions();
        }
    }

    public boolean isShown() {
        return shown;
    }

    public List<SessionReminder> getStartingSoon() {
        return startingSoon;
    }

    public List<SessionReminder> getEnrolmentClosing() {
        return enrolmentClosing;
    }

    public InductionCounts getInductions() {
        return inductions;
    }
}
