package org.kaocheng.dashboard;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.staff.application.StaffFigures;
import org.kaocheng.staff.application.StaffService;
import org.kaocheng.staff.application.TurnoverRow;

/** The home dashboard: staff figures for the user's scope; the auditor goes to the audit log. */
@Named
@ViewScoped
public class HomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser user;

    @Inject
    StaffService staff;

    private StaffFigures figures;
    private List<TurnoverRow> topTurnover = List.of();

    public void init() throws IOException {
        if (user.hasRole(Role.AUDITOR) && user.getRoles().size() == 1) {
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .redirect(FacesContext.getCurrentInstance()
                                    .getExternalContext()
                                    .getRequestContextPath() + "/audit/log.xhtml");
            return;
        }
        if (isShowsStaffFigures()) {
            figures = staff.figures(LocalDate.now());
            topTurnover = figures.topTurnover();
        }
    }

    public boolean isShowsStaffFigures() {
        return user.hasAnyRole(Role.ADMIN, Role.COORDINATOR, Role.UNIT_OPERATOR, Role.ASSESSOR, Role.VIEWER);
    }

    public long getStaffInPost() {
        return figures == null ? 0 : figures.staffInPost();
    }

    public long getUnitsWithoutOfficer() {
        return figures == null ? 0 : figures.unitsWithoutOfficer();
    }

    public long getPostingChangesThisYear() {
        return figures == null ? 0 : figures.postingChangesThisYear();
    }

    public long getUnitCount() {
        return figures == null ? 0 : figures.units();
    }

    public List<TurnoverRow> getTopTurnover() {
        return topTurnover;
    }
}
