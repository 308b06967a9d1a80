package org.kaocheng.selfcheck.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kaocheng.selfcheck.application.DashboardReminder;
import org.kaocheng.selfcheck.application.SelfCheckService;

/** The unit operator's dashboard panel: self-checks to fill or correct, and assessors' reminders. */
@Named
@RequestScoped
public class SelfCheckDashboardView {

    @Inject
    SelfCheckService selfChecks;

    private List<DashboardReminder> reminders;

    public List<DashboardReminder> getReminders() {
        if (reminders == null) {
            reminders = selfChecks.reminders();
        }
        return reminders;
    }
}
