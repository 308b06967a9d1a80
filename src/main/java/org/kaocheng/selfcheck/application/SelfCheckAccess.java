package org.kaocheng.selfcheck.application;

import java.util.Optional;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.selfcheck.domain.SelfCheck;

/**
 * Who may do what with self-checks: a unit operator reads and fills only their own unit's;
 * assessors read all and review; viewers read all; evidence files go only to the unit itself
 * and to assessors. A missing id is refused like a foreign one, so that guessing ids tells
 * nothing.
 */
final class SelfCheckAccess {

    private SelfCheckAccess() {}

    static boolean ownUnit(CurrentUser user, Long unitId) {
        Optional<Long> own = user.getOperatorUnitId();
        return own.isPresent() && own.get().equals(unitId);
    }

    static void requireReader(CurrentUser user, SelfCheck selfCheck) {
        if (selfCheck == null) {
            throw new AccessDeniedException("no such self-check");
        }
        if (!user.hasAnyRole(Role.ASSESSOR, Role.VIEWER)
                && !ownUnit(user, selfCheck.getUnit().getId())) {
            throw new AccessDeniedException("self-check " + selfCheck.getId() + " is outside the user's scope");
        }
    }

    static void requireFiller(CurrentUser user, SelfCheck selfCheck) {
        if (selfCheck == null || !ownUnit(user, selfCheck.getUnit().getId())) {
            throw new AccessDeniedException("only the unit's own operator fills its self-check");
        }
    }

    static void requireAssessor(CurrentUser user) {
        user.requireAnyRole(Role.ASSESSOR);
    }

    static void requireEvidenceReader(CurrentUser user, Long unitId) {
        if (unitId == null || !user.hasRole(Role.ASSESSOR) && !ownUnit(user, unitId)) {
            throw new AccessDeniedException("evidence of unit " + unitId + " is outside the user's scope");
        }
    }
}
