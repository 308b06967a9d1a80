package org.kaocheng.disclosure.application;

import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;

/**
 * The unit scope of disclosure records: a unit operator reads and changes only their own unit,
 * whatever unit id a request carries; district readers (assessors, viewers, coordinators,
 * admins) read every unit; only an operator of the unit, or an admin, changes a record.
 */
final class DisclosureAccess {

    static final Role[] READERS = {Role.ADMIN, Role.COORDINATOR, Role.UNIT_OPERATOR, Role.ASSESSOR, Role.VIEWER};
    static final Role[] DISTRICT_WRITERS = {Role.ADMIN};
    static final Role[] REVIEWERS = {Role.ADMIN, Role.ASSESSOR};

    private DisclosureAccess() {}

    /** The unit a list is limited to: the operator's own, else the one asked for (null = all). */
    static Long scopedUnit(CurrentUser user, Long requested) {
        user.requireAnyRole(READERS);
        if (user.readsAllUnits()) {
            return requested;
        }
        Long own = user.getOperatorUnitId().orElseThrow(() -> new AccessDeniedException("no unit"));
        if (requested != null && !requested.equals(own)) {
            throw new AccessDeniedException("unit " + requested + " outside scope");
        }
        return own;
    }
}
