package org.kaocheng.staff.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;

/** Turnover per unit and year: the district overview, or one unit for its operator. */
@ApplicationScoped
public class TurnoverService {

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    Clock clock = Clock.systemDefaultZone();

    /** Every unit the user may read, sorted by turnover rate, highest first. */
    public List<TurnoverRow> overview(int year) {
        user.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.UNIT_OPERATOR, Role.ASSESSOR, Role.VIEWER);
        Long scope = user.readsAllUnits() ? null : user.getOperatorUnitId().orElse(-1L);
        return TurnoverQuery.run(em, year, LocalDate.now(clock), scope);
    }
}
