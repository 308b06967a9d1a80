package org.kaocheng.training.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.training.application.TrainingSettingsService;

/** Coordinator's and administrator's page: required hours per year and the induction deadline. */
@Named
@ViewScoped
public class TrainingSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingSettingsService settings;

    private BigDecimal requiredHours;
    private int inductionDueDays;
    /** The settings as the page showed them: a save is refused if someone changed them since. */
    private TrainingSettingsService.Values loaded;

    @PostConstruct
    void init() {
        loaded = settings.current();
        requiredHours = loaded.requiredHoursPerYear();
        inductionDueDays = loaded.inductionDueDays();
    }

    public void save() {
        TrainingSettingsService.Values edited = new TrainingSettingsService.Values(requiredHours, inductionDueDays);
        settings.update(loaded, edited);
        loaded = edited;
        Messages.info("common.saved");
    }

    public BigDecimal getRequiredHours() {
        return requiredHours;
    }

    public void setRequiredHours(BigDecimal requiredHours) {
        this.requiredHours = requiredHours;
    }

    public int getInductionDueDays() {
        return inductionDueDays;
    }

    public void setInductionDueDays(int inductionDueDays) {
        this.inductionDueDays = inductionDueDays;
    }
}
