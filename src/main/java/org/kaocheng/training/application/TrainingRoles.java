package org.kaocheng.training.application;

import org.kaocheng.platform.security.Role;

/** Who may do what in training (DOMAIN.md §9): coordinators run it for all units. */
final class TrainingRoles {

    /** Change courses, sessions, enrolments, attendance. */
    static final Role[] RUN = {Role.COORDINATOR};
    /** Read the catalogue, sessions, coverage. */
    static final Role[] READ = {Role.ADMIN, Role.COORDINATOR, Role.UNIT_OPERATOR, Role.ASSESSOR, Role.VIEWER};

    private TrainingRoles() {}
}
