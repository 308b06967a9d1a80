package org.kaocheng.training.application;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.kaocheng.platform.security.CurrentUser;

/** The training services wired by hand (fields the container would inject), for tests. */
public final class TrainingTestAccess {

    public final CourseService courses = new CourseService();
    public final TrainingSessionService sessions = new TrainingSessionService();
    public final EnrolmentService enrolments = new EnrolmentService();
    public final AttendanceService attendance = new AttendanceService();
    public final InductionService inductions = new InductionService();
    public final TranscriptService transcripts = new TranscriptService();
    public final CertificateService certificates = new CertificateService();
    public final TrainingReminderService reminders = new TrainingReminderService();

    private TrainingTestAccess() {}

    public static TrainingTestAccess wire(EntityManager em, CurrentUser user, Clock clock) {
        TrainingTestAccess t = new TrainingTestAccess();
        t.courses.em = em;
        t.courses.user = user;
        t.enrolments.em = em;
        t.enrolments.user = user;
        t.enrolments.clock = clock;
        t.attendance.em = em;
        t.attendance.user = user;
        t.sessions.em = em;
        t.sessions.user = user;
        t.sessions.clock = clock;
        t.sessions.enrolments = t.enrolments;
        t.sessions.attendance = t.attendance;
        t.inductions.em = em;
        t.inductions.user = user;
        t.inductions.clock = clock;
        t.inductions.enrolments = t.enrolments;
        t.inductions.settings = TrainingSettings.of(em);
        t.transcripts.em = em;
        t.transcripts.user = user;
        t.transcripts.reports = new org.kaocheng.platform.reporting.ReportEngine();
        t.certificates.em = em;
        t.certificates.user = user;
        t.certificates.reports = new org.kaocheng.platform.reporting.ReportEngine();
        t.reminders.em = em;
        t.reminders.user = user;
        t.reminders.clock = clock;
        return t;
    }

    /** Moves every service's "today" to another fixed moment. */
    public TrainingTestAccess at(Clock clock) {
        enrolments.clock = clock;
        sessions.clock = clock;
        inductions.clock = clock;
        return this;
    }

    /** The appraisal metric source on this database, "today" fixed by the clock. */
    public static TrainingMetricSource metricSource(EntityManager em, Clock clock) {
        TrainingMetricSource source = new TrainingMetricSource();
        source.em = em;
        source.settings = TrainingSettings.of(em);
        source.clock = clock;
        return source;
    }

    /** The demo loader on this database, "today" (its services' too) fixed by the clock. */
    public static TrainingDemoData demo(EntityManager em, Clock clock) {
        TrainingTestAccess t = wire(em, null, clock);
        TrainingDemoData demo = new TrainingDemoData();
        demo.em = em;
        demo.clock = clock;
        demo.inductions = t.inductions;
        demo.attendance = t.attendance;
        return demo;
    }

    /** The observer of posting starts, as the container would call it. */
    public void postingStarted(org.kaocheng.staff.application.PostingStarted event) {
        inductions.onPostingStarted(event);
    }
}
