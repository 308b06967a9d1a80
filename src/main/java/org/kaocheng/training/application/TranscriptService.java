package org.kaocheng.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.training.domain.AttendanceStatus;
import org.kaocheng.training.domain.TrainingCompletion;
import org.kaocheng.training.domain.TrainingEnrolment;

/**
 * A person's training record (培训档案): every session they were enrolled in, in whichever unit,
 * with attendance, exam score, completion and hours; exported to .xlsx.
 */
@ApplicationScoped
public class TranscriptService {

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    org.kaocheng.platform.reporting.ReportEngine reports;

    /** One printed line of the transcript report (JasperReports reads bean getters). */
    public static final class TranscriptLine {
        private final String courseTitle;
        private final String level;
        private final String dates;
        private final String unitName;
        private final String status;
        private final String attendance;
        private final String examScore;
        private final String hours;
        private final String code;

        TranscriptLine(
                String courseTitle,
                String level,
                String dates,
                String unitName,
                String status,
                String attendance,
                String examScore,
                String hours,
                String code) {
            this.courseTitle = courseTitle;
            this.level = level;
            this.dates = dates;
            this.unitName = unitName;
            this.status = status;
            this.attendance = attendance;
            this.examScore = examScore;
            this.hours = hours;
            this.code = code;
        }

        public String getCourseTitle() {
            return courseTitle;
        }

        public String getLevel() {
            return level;
        }

        public String getDates() {
            return dates;
        }

        public String getUnitName() {
            return unitName;
        }

        public String getStatus() {
            return status;
        }

        public String getAttendance() {
            return attendance;
        }

        public String getExamScore() {
            return examScore;
        }

        public String getHours() {
            return hours;
        }

        public String getCode() {
            return code;
        }
    }

    /** One line of the transcript. */
    public record TranscriptRow(
            Long enrolmentId,
            Long sessionId,
            String courseTitle,
            String level,
            String type,
            LocalDate startsOn,
            LocalDate endsOn,
            String unitName,
            String status,
            int days,
            int present,
            int late,
            int absent,
            int excused,
            BigDecimal examScore,
            boolean completed,
            BigDecimal hours,
            LocalDate completedOn,
            String verificationCode)
            implements Serializable {}

    /** The person (readable by the user: a unit operator only their own unit's people). */
    public Staff person(Long staffId) {
        user.requireAnyRole(TrainingRoles.READ);
        Staff staff = staffId == null ? null : em.find(Staff.class, staffId);
        if (staff == null) {
            throw new BusinessRuleException("staff.notFound", staffId);
        }
        user.requireRead(staff.getUnit().getId());
        return staff;
    }

    public List<TranscriptRow> transcript(Long staffId) {
        person(staffId);
        Map<Long, Map<AttendanceStatus, Integer>> attendance = new HashMap<>();
        for (Object[] r : em.createQuery(
                        "SELECT a.enrolment.id, a.status, COUNT(a) FROM TrainingAttendance a"
                                + " WHERE a.enrolment.staff.id = :staffId GROUP BY a.enrolment.id, a.status",
                        Object[].class)
                .setParameter("staffId", staffId)
                .getResultList()) {
            attendance
                    .computeIfAbsent((Long) r[0], k -> new HashMap<>())
                    .put((AttendanceStatus) r[1], ((Number) r[2]).intValue());
        }
        Map<Long, TrainingCompletion> completions = new HashMap<>();
        for (TrainingCompletion c : em.createNamedQuery("TrainingCompletion.ofStaff", TrainingCompletion.class)
                .setParameter("staffId", staffId)
                .getResultList()) {
            completions.put(c.getEnrolment().getId(), c);
        }
        List<TranscriptRow> rows = new ArrayList<>();
        for (TrainingEnrolment e : em.createNamedQuery("TrainingEnrolment.ofStaff", TrainingEnrolment.class)
                .setParameter("staffId", staffId)
                .getResultList()) {
            Map<AttendanceStatus, Integer> a = attendance.getOrDefault(e.getId(), Map.of());
            TrainingCompletion c = completions.get(e.getId());
            var s = e.getSession();
            rows.add(new TranscriptRow(
                    e.getId(),
                    s.getId(),
                    s.getCourse().getTitle(),
                    s.getCourse().getLevel().name(),
                    s.getCourse().getType().name(),
                    s.getStartsOn(),
                    s.getEndsOn(),
                    e.getUnit().getName(),
                    e.getStatus().name(),
                    s.getDays().size(),
                    a.getOrDefault(AttendanceStatus.PRESENT, 0),
                    a.getOrDefault(AttendanceStatus.LATE, 0),
                    a.getOrDefault(AttendanceStatus.ABSENT, 0),
                    a.getOrDefault(AttendanceStatus.EXCUSED, 0),
                    e.getExamScore(),
                    c != null,
                    c == null ? BigDecimal.ZERO : c.getHours(),
                    c == null ? null : c.getCompletedOn(),
                    c == null ? null : c.getVerificationCode()));
        }
        return rows;
    }

    /** The transcript as a PDF (reports/training-transcript.jrxml); {@code label} as for the workbook. */
    public byte[] exportPdf(Long staffId, Function<String, String> label, java.util.Locale locale) {
        Staff staff = person(staffId);
        List<TranscriptRow> rows = transcript(staffId);
        List<TranscriptLine> lines = rows.stream()
                .map(t -> new TranscriptLine(
                        t.courseTitle(),
                        label.apply("training.level." + t.level()),
                        t.startsOn().equals(t.endsOn()) ? t.startsOn().toString() : t.startsOn() + " – " + t.endsOn(),
                        t.unitName(),
                        label.apply("training.enrolment." + t.status()),
                        t.present() + "/" + t.late() + "/" + t.absent() + "/" + t.excused() + " (" + t.days() + ")",
                        t.examScore() == null ? "" : t.examScore().toPlainString(),
                        t.hours().stripTrailingZeros().toPlainString(),
                        t.verificationCode() == null ? "" : t.verificationCode()))
                .toList();
        BigDecimal total = rows.stream().map(TranscriptRow::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return reports.pdf(
                "training-transcript",
                Map.of(
                        "staffName",
                        staff.getName(),
                        "totalHours",
                        total.stripTrailingZeros().toPlainString()),
                lines,
                locale);
    }

    /** The transcript as an .xlsx workbook; {@code label} turns a message key into the user's language. */
    public byte[] exportXlsx(Long staffId, Function<String, String> label) {
        Staff staff = person(staffId);
        List<TranscriptRow> rows = transcript(staffId);
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(label.apply("training.transcript.title"));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(staff.getName());
            String[] headers = {
                "training.course.title",
                "training.course.level",
                "training.course.type",
                "training.session.startsOn",
                "training.session.endsOn",
                "common.unit",
                "training.enrolment.status",
                "training.session.days",
                "training.attendance.PRESENT",
                "training.attendance.LATE",
                "training.attendance.ABSENT",
                "training.attendance.EXCUSED",
                "training.exam.score",
                "training.completion.completed",
                "training.course.hours",
                "training.completion.code"
            };
            Row header = sheet.createRow(1);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(label.apply(headers[i]));
            }
            int r = 2;
            for (TranscriptRow t : rows) {
                Row row = sheet.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(t.courseTitle());
                row.createCell(c++).setCellValue(label.apply("training.level." + t.level()));
                row.createCell(c++).setCellValue(label.apply("training.type." + t.type()));
                row.createCell(c++).setCellValue(t.startsOn().toString());
                row.createCell(c++).setCellValue(t.endsOn().toString());
                row.createCell(c++).setCellValue(t.unitName());
                row.createCell(c++).setCellValue(label.apply("training.enrolment." + t.status()));
                row.createCell(c++).setCellValue(t.days());
                row.createCell(c++).setCellValue(t.present());
                row.createCell(c++).setCellValue(t.late());
                row.createCell(c++).setCellValue(t.absent());
                row.createCell(c++).setCellValue(t.excused());
                if (t.examScore() != null) {
                    row.createCell(c).setCellValue(t.examScore().doubleValue());
                }
                c++;
                row.createCell(c++).setCellValue(label.apply(t.completed() ? "common.yes" : "common.no"));
                row.createCell(c++).setCellValue(t.hours().doubleValue());
                row.createCell(c).setCellValue(t.verificationCode() == null ? "" : t.verificationCode());
            }
            Row total = sheet.createRow(r);
            total.createCell(0).setCellValue(label.apply("training.transcript.totalHours"));
            total.createCell(14)
                    .setCellValue(rows.stream()
                            .map(TranscriptRow::hours)
                            .reduce(BigDecimal.ZERO, BigDecimal::add)
                            .doubleValue());
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
