package org.kaocheng.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.spreadsheet.ImportError;
import org.kaocheng.platform.spreadsheet.ImportResult;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.training.domain.AttendanceStatus;
import org.kaocheng.training.domain.CompletionRule;
import org.kaocheng.training.domain.EnrolmentStatus;
import org.kaocheng.training.domain.InductionRequirement;
import org.kaocheng.training.domain.TrainingAttendance;
import org.kaocheng.training.domain.TrainingCompletion;
import org.kaocheng.training.domain.TrainingEnrolment;
import org.kaocheng.training.domain.TrainingSession;
import org.kaocheng.training.domain.TrainingSessionDay;

/**
 * Attendance per session day (a grid, or a sign-in sheet imported from .xlsx), exam scores, and
 * completion by the course's rule. Attendance is refused for anyone not enrolled.
 */
@ApplicationScoped
public class AttendanceService {

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    /** One cell of the attendance grid. */
    public record Mark(Long enrolmentId, Long dayId, AttendanceStatus status) {}

    /**
     * The grid as it stands: enrolmentId → dayId → status; a unit operator gets their own unit's
     * enrolments only (as {@code EnrolmentService.ofSession} lists them).
     */
    public Map<Long, Map<Long, AttendanceStatus>> grid(Long sessionId) {
        user.requireAnyRole(TrainingRoles.READ);
        Long own = user.readsAllUnits()
                ? null
                : user.getOperatorUnitId().orElseThrow(() -> new AccessDeniedException("no unit"));
        Map<Long, Map<Long, AttendanceStatus>> grid = new HashMap<>();
        for (TrainingAttendance a : em.createNamedQuery("TrainingAttendance.ofSession", TrainingAttendance.class)
                .setParameter("sessionId", sessionId)
                .getResultList()) {
            if (own != null && !own.equals(a.getEnrolment().getUnit().getId())) {
                continue;
            }
            grid.computeIfAbsent(a.getEnrolment().getId(), k -> new HashMap<>())
                    .put(a.getDay().getId(), a.getStatus());
        }
        return grid;
    }

    /** A cell of the grid as the page loaded it ({@code from}) and as the user left it ({@code to}); null = no mark. */
    public record Change(Long enrolmentId, Long dayId, AttendanceStatus from, AttendanceStatus to) {}

    /**
     * Saves what the user changed on the grid page, the cells and the exam scores (enrolment id →
     * score, null clears it), in one transaction. Only changed cells are sent, so marks recorded
     * meanwhile in other cells (a sign-in sheet imported, another coordinator) stay; a changed cell
     * that someone else changed since the page loaded it refuses the whole save.
     */
    @Transactional
    public int save(Long sessionId, List<Change> changes, Map<Long, BigDecimal> examScores) {
        user.requireAnyRole(TrainingRoles.RUN);
        examScores.forEach(this::recordExamScore);
        return record(sessionId, changes, true);
    }

    /** Saves the grid: each mark sets (or clears, when null) one person's attendance on one day. */
    @Transactional
    public int record(Long sessionId, List<Mark> marks) {
        return record(
                sessionId,
                marks.stream()
                        .map(m -> new Change(m.enrolmentId(), m.dayId(), null, m.status()))
                        .toList(),
                false);
    }

    /** Applies the changes; with {@code checkFrom}, a cell that no longer holds its change's {@code from} refuses all. */
    private int record(Long sessionId, List<Change> changes, boolean checkFrom) {
        user.requireAnyRole(TrainingRoles.RUN);
        TrainingSession session = session(sessionId);
        session.requireRecordable();
        Map<Long, TrainingSessionDay> days = new HashMap<>();
        session.getDays().forEach(d -> days.put(d.getId(), d));
        Map<String, TrainingAttendance> existing = new HashMap<>();
        for (TrainingAttendance a : em.createNamedQuery("TrainingAttendance.ofSession", TrainingAttendance.class)
                .setParameter("sessionId", sessionId)
                .getResultList()) {
            existing.put(a.getEnrolment().getId() + ":" + a.getDay().getId(), a);
        }
        int changed = 0;
        for (Change change : changes) {
            TrainingSessionDay day = days.get(change.dayId());
            if (day == null) {
                throw new BusinessRuleException("training.session.noSuchDay", change.dayId());
            }
            TrainingEnrolment enrolment = em.find(TrainingEnrolment.class, change.enrolmentId());
            if (enrolment == null || !enrolment.getSession().getId().equals(sessionId)) {
                throw new BusinessRuleException("training.enrolment.notFound", change.enrolmentId());
            }
            TrainingAttendance a = existing.get(change.enrolmentId() + ":" + change.dayId());
            if (checkFrom && (a == null ? null : a.getStatus()) != change.from()) {
                throw new BusinessRuleException(
                        "training.attendance.changedMeanwhile",
                        enrolment.getStaff().getName(),
                        day.getDate().toString());
            }
            if (change.to() == null) {
                if (a != null) {
                    em.remove(a);
                    changed++;
                }
            } else if (a == null) {
                em.persist(new TrainingAttendance(enrolment, day, change.to()));
                changed++;
            } else if (a.getStatus() != change.to()) {
                if (enrolment.getStatus() != EnrolmentStatus.ENROLLED) {
                    throw new BusinessRuleException(
                            "training.attendance.notEnrolled",
                            enrolment.getStaff().getName());
                }
                a.setStatus(change.to());
                changed++;
            }
        }
        em.flush();
        return changed;
    }

    /** Records one person's exam score (null clears it); only enrolled people have one. */
    @Transactional
    public void recordExamScore(Long enrolmentId, BigDecimal score) {
        user.requireAnyRole(TrainingRoles.RUN);
        TrainingEnrolment enrolment = em.find(TrainingEnrolment.class, enrolmentId);
        if (enrolment == null) {
            throw new BusinessRuleException("training.enrolment.notFound", enrolmentId);
        }
        enrolment.getSession().requireRecordable();
        enrolment.recordExamScore(score);
        em.flush();
    }

    /**
     * Imports a sign-in sheet (.xlsx): columns unit code, name, ID-card number (optional), then one
     * column per session day headed with its date (yyyy-MM-dd), cells 出席/迟到/缺席/请假 (or
     * PRESENT/LATE/ABSENT/EXCUSED, √ for present); blank cells are left as they are. All or nothing.
     */
    @Transactional
    public ImportResult importSignIn(Long sessionId, InputStream xlsx) {
        user.requireAnyRole(TrainingRoles.RUN);
        TrainingSession session = session(sessionId);
        session.requireRecordable();
        XlsxSheet sheet = XlsxSheet.read(xlsx);
        List<ImportError> errors = new ArrayList<>();
        Map<Integer, TrainingSessionDay> dayColumns = new HashMap<>();
        List<String> header = sheet.header();
        for (int c = 3; c < header.size(); c++) {
            String text = header.get(c);
            if (text.isBlank()) {
                continue;
            }
            try {
                LocalDate date = LocalDate.parse(text.trim().replace('/', '-'));
                TrainingSessionDay day = session.getDays().stream()
                        .filter(d -> d.getDate().equals(date))
                        .findFirst()
                        .orElse(null);
                if (day == null) {
                    errors.add(new ImportError(1, XlsxSheet.column(c), "training.import.notASessionDay", text));
                } else {
                    dayColumns.put(c, day);
                }
            } catch (DateTimeParseException e) {
                errors.add(new ImportError(1, XlsxSheet.column(c), "training.import.badDate", text));
            }
        }
        if (dayColumns.isEmpty() && errors.isEmpty()) {
            errors.add(new ImportError(1, "D", "training.import.noDayColumns", ""));
        }
        Map<Long, TrainingEnrolment> enrolments = new HashMap<>();
        for (TrainingEnrolment e : em.createNamedQuery("TrainingEnrolment.ofSession", TrainingEnrolment.class)
                .setParameter("sessionId", sessionId)
                .getResultList()) {
            enrolments.put(e.getStaff().getId(), e);
        }
        List<Mark> marks = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (XlsxSheet.SheetRow row : sheet.rows()) {
            Optional<Staff> staff = StaffLookup.resolve(em, row, 0, 1, 2, errors);
            if (staff.isEmpty()) {
                continue;
            }
            TrainingEnrolment enrolment = enrolments.get(staff.get().getId());
            if (enrolment == null || enrolment.getStatus() != EnrolmentStatus.ENROLLED) {
                errors.add(new ImportError(
                        row.number(),
                        "B",
                        "training.attendance.notEnrolled",
                        staff.get().getName()));
                continue;
            }
            Integer earlier = seen.put(staff.get().getId(), row.number());
            if (earlier != null) {
                errors.add(new ImportError(row.number(), "B", "training.import.duplicateRow", String.valueOf(earlier)));
                continue;
            }
            for (Map.Entry<Integer, TrainingSessionDay> column : dayColumns.entrySet()) {
                String cell = row.cell(column.getKey());
                if (cell.isBlank()) {
                    continue;
                }
                AttendanceStatus status = parseStatus(cell);
                if (status == null) {
                    errors.add(new ImportError(
                            row.number(), XlsxSheet.column(column.getKey()), "training.import.badStatus", cell));
                } else {
                    marks.add(new Mark(enrolment.getId(), column.getValue().getId(), status));
                }
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(ImportError::row).thenComparing(ImportError::column));
            return new ImportResult(0, errors);
        }
        return new ImportResult(record(sessionId, marks), List.of());
    }

    /** Reads a sign-in cell: Chinese or English words, or a tick for present. */
    static AttendanceStatus parseStatus(String cell) {
        String t = cell.trim().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "出席", "签到", "到", "√", "✓", "V", "PRESENT" -> AttendanceStatus.PRESENT;
            case "迟到", "LATE" -> AttendanceStatus.LATE;
            case "缺席", "缺", "×", "X", "ABSENT" -> AttendanceStatus.ABSENT;
            case "请假", "假", "EXCUSED" -> AttendanceStatus.EXCUSED;
            default -> null;
        };
    }

    /**
     * Works out who completed the session by the course's rule: completions are created for those
     * who meet it (with the course's hours and a verification code) and removed for those who no
     * longer do. An induction completion fulfils the person's open induction requirements.
     * Returns the number of completions the session has now.
     */
    @Transactional
    public int computeCompletions(Long sessionId) {
        user.requireAnyRole(TrainingRoles.RUN);
        return completionsOf(sessionId);
    }

    /** The completion rule applied to a session, without an access check (callers check). */
    int completionsOf(Long sessionId) {
        TrainingSession session = session(sessionId);
        CompletionRule rule = session.getCourse().getCompletionRule();
        int totalDays = session.getDays().size();
        Map<Long, Integer> attended = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT a.enrolment.id, COUNT(a) FROM TrainingAttendance a"
                                + " WHERE a.enrolment.session.id = :sessionId AND a.status IN :attended GROUP BY a.enrolment.id",
                        Object[].class)
                .setParameter("sessionId", sessionId)
                .setParameter("attended", List.of(AttendanceStatus.PRESENT, AttendanceStatus.LATE))
                .getResultList()) {
            attended.put((Long) row[0], ((Number) row[1]).intValue());
        }
        Map<Long, TrainingCompletion> completions = new HashMap<>();
        for (TrainingCompletion c : em.createNamedQuery("TrainingCompletion.ofSession", TrainingCompletion.class)
                .setParameter("sessionId", sessionId)
                .getResultList()) {
            completions.put(c.getEnrolment().getId(), c);
        }
        int count = 0;
        for (TrainingEnrolment e : em.createNamedQuery("TrainingEnrolment.seatedOfSession", TrainingEnrolment.class)
                .setParameter("sessionId", sessionId)
                .getResultList()) {
            boolean meets = rule.evaluate(totalDays, attended.getOrDefault(e.getId(), 0), e.getExamScore())
                    == CompletionRule.Shortfall.NONE;
            TrainingCompletion existing = completions.remove(e.getId());
            if (meets && existing == null) {
                TrainingCompletion c = new TrainingCompletion(e);
                em.persist(c);
                if (c.isInduction()) {
                    fulfilInductions(c);
                }
                count++;
            } else if (meets) {
                count++;
            } else if (existing != null) {
                remove(existing);
            }
        }
        completions.values().forEach(this::remove);
        em.flush();
        return count;
    }

    private void fulfilInductions(TrainingCompletion completion) {
        for (InductionRequirement r : em.createNamedQuery(
                        "InductionRequirement.openOfStaff", InductionRequirement.class)
                .setParameter("staffId", completion.getStaff().getId())
                .getResultList()) {
            if (!completion.getCompletedOn().isBefore(r.getPostingStart())) {
                r.fulfil(completion);
            }
        }
    }

    private void remove(TrainingCompletion completion) {
        em.createQuery("SELECT r FROM InductionRequirement r WHERE r.completion = :c", InductionRequirement.class)
                .setParameter("c", completion)
                .getResultList()
                .forEach(InductionRequirement::reopen);
        em.flush();
        em.remove(completion);
    }

    private TrainingSession session(Long sessionId) {
        TrainingSession session = sessionId == null ? null : em.find(TrainingSession.class, sessionId);
        if (session == null) {
            throw new BusinessRuleException("training.session.notFound", sessionId);
        }
        return session;
    }
}
