package org.kaocheng.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.spreadsheet.ImportError;
import org.kaocheng.platform.spreadsheet.ImportResult;
import org.kaocheng.staff.domain.PostType;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.training.domain.EnrolmentEventKind;
import org.kaocheng.training.domain.EnrolmentSource;
import org.kaocheng.training.domain.EnrolmentStatus;
import org.kaocheng.training.domain.TrainingEnrolment;
import org.kaocheng.training.domain.TrainingEnrolmentEvent;
import org.kaocheng.training.domain.TrainingSession;
import org.kaocheng.training.domain.Waitlist;

/**
 * Enrolment in sessions: coordinators enrol individuals, whole units or post types (with a
 * preview) or import a list; units nominate their own staff and coordinators confirm. Seats are
 * given under a pessimistic lock on the session row, so two transactions enrolling at once never
 * overfill a session; beyond capacity people go on the waitlist and move up, in order, when a
 * seat is freed. Every step is recorded as an enrolment event.
 */
@ApplicationScoped
public class EnrolmentService {

    private static final int IN_CHUNK = 1000;

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    Clock clock = Clock.systemDefaultZone();

    /** What an enrolment request came to. */
    public record EnrolmentResult(Long enrolmentId, String staffName, EnrolmentStatus status) {}

    // ---------------------------------------------------------------- individuals

    /** A coordinator enrols one person: a seat if free, else the waitlist. */
    @Transactional
    public EnrolmentResult enrol(Long sessionId, Long staffId) {
        user.requireAnyRole(TrainingRoles.RUN);
        return enrolAs(sessionId, staffId, EnrolmentSource.COORDINATOR);
    }

    /** Enrols without a role check: for the induction worklist and imports, after their own checks. */
    EnrolmentResult enrolAs(Long sessionId, Long staffId, EnrolmentSource source) {
        TrainingSession session = lockSession(sessionId);
        session.requireEnrollable(today(), true);
        Staff staff = staff(staffId);
        requireEligible(session, staff);
        TrainingEnrolment enrolment = request(session, staff, source);
        place(session, enrolment, seated(sessionId));
        em.flush();
        return new EnrolmentResult(enrolment.getId(), staff.getName(), enrolment.getStatus());
    }

    /** A unit operator proposes one of their own unit's staff; a coordinator confirms later. */
    @Transactional
    public EnrolmentResult nominate(Long sessionId, Long staffId) {
        user.requireAnyRole(Role.UNIT_OPERATOR);
        Staff staff = staff(staffId);
        user.requireWrite(staff.getUnit().getId());
        TrainingSession session = lockSession(sessionId);
        session.requireEnrollable(today(), false);
        requireEligible(session, staff);
        TrainingEnrolment enrolment = request(session, staff, EnrolmentSource.NOMINATION);
        record(enrolment, EnrolmentEventKind.NOMINATED, null);
        em.flush();
        return new EnrolmentResult(enrolment.getId(), staff.getName(), enrolment.getStatus());
    }

    /** A coordinator confirms a nomination: a seat if free, else the waitlist. */
    @Transactional
    public EnrolmentResult confirm(Long enrolmentId) {
        user.requireAnyRole(TrainingRoles.RUN);
        TrainingEnrolment enrolment = enrolment(enrolmentId);
        TrainingSession session = lockSession(enrolment.getSession().getId());
        session.requireEnrollable(today(), true);
        place(session, enrolment, seated(session.getId()));
        em.flush();
        return new EnrolmentResult(enrolment.getId(), enrolment.getStaff().getName(), enrolment.getStatus());
    }

    @Transactional
    public void reject(Long enrolmentId) {
        user.requireAnyRole(TrainingRoles.RUN);
        TrainingEnrolment enrolment = enrolment(enrolmentId);
        enrolment.reject(now());
        record(enrolment, EnrolmentEventKind.REJECTED, null);
        em.flush();
    }

    /**
     * Cancels an enrolment (a coordinator any, a unit operator their own unit's); a freed seat
     * goes to the first person on the waitlist. Returns who moved up.
     */
    @Transactional
    public List<EnrolmentResult> cancel(Long enrolmentId) {
        TrainingEnrolment enrolment = enrolment(enrolmentId);
        if (!user.hasAnyRole(TrainingRoles.RUN)) {
            user.requireAnyRole(Role.UNIT_OPERATOR);
            user.requireWrite(enrolment.getUnit().getId());
        }
        TrainingSession session = lockSession(enrolment.getSession().getId());
        boolean freed = enrolment.cancel(now());
        record(enrolment, EnrolmentEventKind.CANCELLED, null);
        em.flush();
        List<EnrolmentResult> promoted =
                freed ? promoteWaitlisted(session, enrolment.getStaff().getName()) : List.of();
        em.flush();
        return promoted;
    }

    // ---------------------------------------------------------------- bulk

    /** Who a bulk enrolment of these units and/or post types would enrol, waitlist and skip; changes nothing. */
    public BulkPreview previewBulk(Long sessionId, Collection<Long> unitIds, Collection<PostType> postTypes) {
        user.requireAnyRole(TrainingRoles.RUN);
        TrainingSession session = session(sessionId);
        return plan(session, candidates(unitIds, postTypes), seated(sessionId));
    }

    /** Enrols as the preview says, worked out again under the session lock. */
    @Transactional
    public BulkPreview enrolBulk(Long sessionId, Collection<Long> unitIds, Collection<PostType> postTypes) {
        user.requireAnyRole(TrainingRoles.RUN);
        TrainingSession session = lockSession(sessionId);
        session.requireEnrollable(today(), true);
        List<Staff> candidates = candidates(unitIds, postTypes);
        BulkPreview preview = plan(session, candidates, seated(sessionId));
        Map<Long, Staff> byId = new HashMap<>();
        candidates.forEach(s -> byId.put(s.getId(), s));
        long seated = seated(sessionId);
        for (BulkCandidate row : preview.rows()) {
            if (row.outcome() != BulkCandidate.Outcome.SKIP) {
                TrainingEnrolment enrolment = request(session, byId.get(row.staffId()), EnrolmentSource.BULK);
                if (place(session, enrolment, seated) == EnrolmentEventKind.ENROLLED) {
                    seated++;
                }
            }
        }
        em.flush();
        return preview;
    }

    private List<Staff> candidates(Collection<Long> unitIds, Collection<PostType> postTypes) {
        boolean byUnit = unitIds != null && !unitIds.isEmpty();
        boolean byPost = postTypes != null && !postTypes.isEmpty();
        if (!byUnit && !byPost) {
            throw new BusinessRuleException("training.bulk.nothingSelected");
        }
        List<Staff> staff;
        if (byPost) {
            jakarta.persistence.TypedQuery<Staff> query = em.createQuery(
                            "SELECT DISTINCT s FROM Staff s, Posting p"
                                    + " WHERE p.staff = s AND p.endDate IS NULL AND p.postType IN :types"
                                    + (byUnit ? " AND p.unit.id IN :unitIds" : ""),
                            Staff.class)
                    .setParameter("types", EnumSet.copyOf(postTypes));
            if (byUnit) {
                query.setParameter("unitIds", List.copyOf(unitIds));
            }
            staff = query.getResultList();
        } else {
            staff = em.createQuery("SELECT s FROM Staff s WHERE s.unit.id IN :unitIds", Staff.class)
                    .setParameter("unitIds", List.copyOf(unitIds))
                    .getResultList();
        }
        return staff.stream()
                .sorted(Comparator.comparing((Staff s) -> s.getUnit().getCode())
                        .thenComparing(Staff::getName)
                        .thenComparing(Staff::getId))
                .toList();
    }

    private BulkPreview plan(TrainingSession session, List<Staff> candidates, long seatedNow) {
        Map<Long, SkipReason> skips =
                skipReasons(session, candidates.stream().map(Staff::getId).toList());
        long seated = seatedNow;
        List<BulkCandidate> rows = new ArrayList<>();
        for (Staff s : candidates) {
            SkipReason reason = skips.get(s.getId());
            BulkCandidate.Outcome outcome;
            if (reason != null) {
                outcome = BulkCandidate.Outcome.SKIP;
            } else if (seated < session.getCapacity()) {
                outcome = BulkCandidate.Outcome.ENROL;
                seated++;
            } else {
                outcome = BulkCandidate.Outcome.WAITLIST;
            }
            rows.add(new BulkCandidate(
                    s.getId(), s.getName(), s.getUnit().getId(), s.getUnit().getName(), outcome, reason));
        }
        return new BulkPreview(rows);
    }

    /**
     * Why each of these people cannot be enrolled in the session, first reason only; people
     * missing from the map can be. Set-based queries, a constant number per 1,000 people.
     */
    Map<Long, SkipReason> skipReasons(TrainingSession session, List<Long> staffIds) {
        Map<Long, SkipReason> reasons = new HashMap<>();
        if (staffIds.isEmpty()) {
            return reasons;
        }
        Set<Long> enrolled = new HashSet<>(em.createNamedQuery("TrainingEnrolment.activeStaffIdsOfSession", Long.class)
                .setParameter("sessionId", session.getId())
                .getResultList());
        Set<Long> completed = new HashSet<>(em.createNamedQuery("TrainingCompletion.staffIdsOfCourseInYear", Long.class)
                .setParameter("courseId", session.getCourse().getId())
                .setParameter("year", session.getStartsOn().getYear())
                .getResultList());
        LocalDate day = today().isAfter(session.getStartsOn()) ? today() : session.getStartsOn();
        Set<Long> posted = new HashSet<>();
        Set<Long> clashing = new HashSet<>();
        for (int i = 0; i < staffIds.size(); i += IN_CHUNK) {
            List<Long> chunk = staffIds.subList(i, Math.min(staffIds.size(), i + IN_CHUNK));
            posted.addAll(em.createQuery(
                            "SELECT DISTINCT p.staff.id FROM Posting p WHERE p.staff.id IN :ids"
                                    + " AND (p.endDate IS NULL OR p.endDate > :day)",
                            Long.class)
                    .setParameter("ids", chunk)
                    .setParameter("day", day)
                    .getResultList());
            clashing.addAll(em.createNamedQuery("TrainingEnrolment.clashingStaffIds", Long.class)
                    .setParameter("sessionId", session.getId())
                    .setParameter("staffIds", chunk)
                    .getResultList());
        }
        for (Long id : staffIds) {
            if (enrolled.contains(id)) {
                reasons.put(id, SkipReason.ALREADY_ENROLLED);
            } else if (completed.contains(id)) {
                reasons.put(id, SkipReason.COMPLETED_THIS_YEAR);
            } else if (!posted.contains(id)) {
                reasons.put(id, SkipReason.NO_OPEN_POSTING);
            } else if (clashing.contains(id)) {
                reasons.put(id, SkipReason.TIME_CLASH);
            }
        }
        return reasons;
    }

    private void requireEligible(TrainingSession session, Staff staff) {
        SkipReason reason = skipReasons(session, List.of(staff.getId())).get(staff.getId());
        if (reason != null) {
            throw new BusinessRuleException("training.skip." + reason.name(), staff.getName());
        }
    }

    // ---------------------------------------------------------------- import

    /**
     * Enrols the people of an .xlsx list (columns: unit code, name, ID-card number optional),
     * all or nothing: any row error and nobody is enrolled.
     */
    @Transactional
    public ImportResult importList(Long sessionId, InputStream xlsx) {
        user.requireAnyRole(TrainingRoles.RUN);
        TrainingSession session = lockSession(sessionId);
        session.requireEnrollable(today(), true);
        XlsxSheet sheet = XlsxSheet.read(xlsx);
        List<ImportError> errors = new ArrayList<>();
        Map<Long, Integer> rowOf = new LinkedHashMap<>();
        Map<Long, Staff> people = new HashMap<>();
        for (XlsxSheet.SheetRow row : sheet.rows()) {
            Optional<Staff> staff = StaffLookup.resolve(em, row, 0, 1, 2, errors);
            if (staff.isEmpty()) {
                continue;
            }
            Long id = staff.get().getId();
            if (rowOf.containsKey(id)) {
                errors.add(new ImportError(
                        row.number(), "B", "training.import.duplicateRow", String.valueOf(rowOf.get(id))));
                continue;
            }
            rowOf.put(id, row.number());
            people.put(id, staff.get());
        }
        Map<Long, SkipReason> skips = skipReasons(session, List.copyOf(rowOf.keySet()));
        skips.forEach((id, reason) -> errors.add(new ImportError(
                rowOf.get(id),
                "B",
                "training.skip." + reason.name(),
                people.get(id).getName())));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(ImportError::row).thenComparing(ImportError::column));
            return new ImportResult(0, errors);
        }
        long seated = seated(sessionId);
        for (Long id : rowOf.keySet()) {
            TrainingEnrolment enrolment = request(session, people.get(id), EnrolmentSource.IMPORT);
            if (place(session, enrolment, seated) == EnrolmentEventKind.ENROLLED) {
                seated++;
            }
        }
        em.flush();
        return new ImportResult(rowOf.size(), List.of());
    }

    // ---------------------------------------------------------------- seats

    /** The session row, locked for this transaction: seat decisions on it are serialised. */
    TrainingSession lockSession(Long sessionId) {
        TrainingSession session =
                sessionId == null ? null : em.find(TrainingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new BusinessRuleException("training.session.notFound", sessionId);
        }
        return session;
    }

    long seated(Long sessionId) {
        return em.createNamedQuery("TrainingEnrolment.countSeated", Long.class)
                .setParameter("sessionId", sessionId)
                .getSingleResult();
    }

    /** The detail of a promotion the session's larger capacity made (else the cancelled person's name). */
    public static final String CAPACITY_RAISED = "capacity";

    /** Gives free seats to the waitlist in order (the caller holds the session lock). */
    List<EnrolmentResult> promoteWaitlisted(TrainingSession session, String reason) {
        em.flush();
        int free = Waitlist.freeSeats(session.getCapacity(), seated(session.getId()));
        if (free == 0) {
            return List.of();
        }
        List<TrainingEnrolment> waitlist = em.createNamedQuery("TrainingEnrolment.waitlist", TrainingEnrolment.class)
                .setParameter("sessionId", session.getId())
                .getResultList();
        List<EnrolmentResult> promoted = new ArrayList<>();
        for (TrainingEnrolment e : Waitlist.toPromote(waitlist, free)) {
            e.promote(now());
            record(e, EnrolmentEventKind.PROMOTED, reason);
            promoted.add(new EnrolmentResult(e.getId(), e.getStaff().getName(), e.getStatus()));
        }
        return promoted;
    }

    private TrainingEnrolment request(TrainingSession session, Staff staff, EnrolmentSource source) {
        TrainingEnrolment existing = em.createNamedQuery("TrainingEnrolment.ofSessionAndStaff", TrainingEnrolment.class)
                .setParameter("sessionId", session.getId())
                .setParameter("staffId", staff.getId())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (existing != null) {
            existing.renew(source, now());
            return existing;
        }
        TrainingEnrolment enrolment = new TrainingEnrolment(session, staff, staff.getUnit(), source, now());
        em.persist(enrolment);
        return enrolment;
    }

    private EnrolmentEventKind place(TrainingSession session, TrainingEnrolment enrolment, long seated) {
        EnrolmentEventKind kind = enrolment.place(seated, now());
        record(enrolment, kind, enrolment.getSource().name());
        return kind;
    }

    void record(TrainingEnrolment enrolment, EnrolmentEventKind kind, String detail) {
        String username = Optional.ofNullable(user.getUsername()).orElse("system");
        em.persist(new TrainingEnrolmentEvent(enrolment, now(), kind, username, detail));
    }

    // ---------------------------------------------------------------- reads

    /** The enrolments of a session; a unit operator sees only their own unit's. */
    public List<TrainingEnrolment> ofSession(Long sessionId) {
        user.requireAnyRole(TrainingRoles.READ);
        List<TrainingEnrolment> all = em.createNamedQuery("TrainingEnrolment.ofSession", TrainingEnrolment.class)
                .setParameter("sessionId", sessionId)
                .getResultList();
        if (user.readsAllUnits()) {
            return all;
        }
        Long own = user.getOperatorUnitId().orElseThrow(() -> new AccessDeniedException("no unit"));
        return all.stream().filter(e -> own.equals(e.getUnit().getId())).toList();
    }

    /**
     * People whose name contains the text, for picking someone to enrol (a coordinator: anyone;
     * a unit operator: their own unit's people), at most 20.
     */
    public List<Staff> searchStaff(String text) {
        user.requireAnyRole(TrainingRoles.READ);
        String like = "%"
                + (text == null
                        ? ""
                        : text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        Long own = user.readsAllUnits()
                ? null
                : user.getOperatorUnitId().orElseThrow(() -> new AccessDeniedException("no unit"));
        var query = em.createQuery(
                        "SELECT s FROM Staff s JOIN FETCH s.unit WHERE s.name LIKE :text ESCAPE '\\'"
                                + (own == null ? "" : " AND s.unit.id = :unitId") + " ORDER BY s.name, s.id",
                        Staff.class)
                .setParameter("text", like)
                .setMaxResults(20);
        if (own != null) {
            query.setParameter("unitId", own);
        }
        return query.getResultList();
    }

    public List<TrainingEnrolmentEvent> history(Long sessionId) {
        user.requireAnyRole(TrainingRoles.RUN);
        return em.createNamedQuery("TrainingEnrolmentEvent.ofSession", TrainingEnrolmentEvent.class)
                .setParameter("sessionId", sessionId)
                .getResultList();
    }

    private TrainingSession session(Long sessionId) {
        TrainingSession session = sessionId == null ? null : em.find(TrainingSession.class, sessionId);
        if (session == null) {
            throw new BusinessRuleException("training.session.notFound", sessionId);
        }
        return session;
    }

    private Staff staff(Long staffId) {
        Staff staff = staffId == null ? null : em.find(Staff.class, staffId);
        if (staff == null) {
            throw new BusinessRuleException("staff.notFound", staffId);
        }
        return staff;
    }

    private TrainingEnrolment enrolment(Long enrolmentId) {
        TrainingEnrolment enrolment = enrolmentId == null ? null : em.find(TrainingEnrolment.class, enrolmentId);
        if (enrolment == null) {
            throw new BusinessRuleException("training.enrolment.notFound", enrolmentId);
        }
        return enrolment;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
