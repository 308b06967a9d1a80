package org.kaocheng.staff.application;

import jakarta.persistence.EntityManager;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.testsupport.RecordingEvent;

/** Builds a StaffService outside the container (its fields are package-private). */
public final class StaffServiceAccess {

    private StaffServiceAccess() {}

    public static StaffService create(EntityManager em, CurrentUser user, RecordingEvent<PostingStarted> events) {
        StaffService service = new StaffService();
        service.em = em;
        service.user = user;
        service.postingStarted = events;
        return service;
    }
}
