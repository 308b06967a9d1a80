package org.kaocheng.disclosure.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.kaocheng.disclosure.application.DashboardRow;
import org.kaocheng.disclosure.application.Period;
import org.kaocheng.disclosure.application.TimelinessDashboardService;

/** The home-page figures: this year's overdue items and applications and failing new-media accounts, in the user's scope. */
@Named
@RequestScoped
public class DisclosurePanelView {

    @Inject
    TimelinessDashboardService dashboard;

    private long overdueItems;
    private long overdueApplications;
    private long dueSoonApplications;
    private long vetoAccounts;

    @PostConstruct
    void init() {
        for (DashboardRow r : dashboard.dashboard(
                null, new Period(Period.Kind.YEAR, LocalDate.now().getYear(), 1))) {
            overdueItems += r.items().itemsOverdue();
            overdueApplications += r.applications().overdue();
            dueSoonApplications += r.applications().dueSoon();
            vetoAccounts += r.newMedia().vetoFailed();
        }
    }

    public long getOverdueItems() {
        return overdueItems;
    }

    public long getOverdueApplications() {
        return overdueApplications;
    }

    public long getDueSoonApplications() {
        return dueSoonApplications;
    }

    public long getVetoAccounts() {
        return vetoAccounts;
    }
}
