package org.kaocheng.platform.security;

/** The roles of DOMAIN.md §9. The admin cannot read the audit log; the auditor reads nothing else. */
public enum Role {
    ADMIN,
    AUDITOR,
    COORDINATOR,
    UNIT_OPERATOR,
    ASSESSOR,
    VIEWER;

    /** Roles that may read every unit's data. */
    public boolean readsAllUnits() {
        return this == ADMIN || this == COORDINATOR || this == ASSESSOR || this == VIEWER;
    }
}
