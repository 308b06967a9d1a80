package org.kaocheng.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.platform.spreadsheet.ImportError;
import org.kaocheng.platform.spreadsheet.ImportResult;
import org.kaocheng.platform.web.Messages;
import org.kaocheng.staff.domain.PostType;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.training.application.AttendanceService;
import org.kaocheng.training.application.BulkPreview;
import org.kaocheng.training.application.EnrolmentService;
import org.kaocheng.training.application.TrainingSessionService;
import org.kaocheng.training.domain.AttendanceStatus;
import org.kaocheng.training.domain.EnrolmentEventKind;
import org.kaocheng.training.domain.EnrolmentSource;
import org.kaocheng.training.domain.EnrolmentStatus;
import org.kaocheng.training.domain.TrainingEnrolment;
import org.kaocheng.training.domain.TrainingEnrolmentEvent;
import org.kaocheng.training.domain.TrainingSession;
import org.kaocheng.training.domain.TrainingSessionDay;
import org.kaocheng.unit.application.UnitService;
import org.kaocheng.unit.domain.Unit;
import org.primefaces.event.FileUploadEvent;

/**
 * One session: its status, enrolments (individual, bulk with preview, import, nominations),
 * the attendance grid with exam scores, and completion.
 */
@Named
@ViewScoped
public class SessionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingSessionService sessions;

    @Inject
    EnrolmentService enrolments;

    @Inject
    AttendanceService attendance;

    @Inject
    UnitService units;

    @Inject
    CurrentUser user;

    private Long id;
    private TrainingSession session;
    private List<TrainingEnrolment> enrolmentList = List.of();
    private List<TrainingSessionDay> days = List.of();
    /** enrolmentId → dayId → status name ("" = not recorded). */
    private Map<Long, Map<Long, String>> marks = new HashMap<>();
    /** The grid as loaded: a save sends only the cells that differ from it. */
    private Map<Long, Map<Long, String>> loadedMarks = new HashMap<>();

    private Map<Long, BigDecimal> scores = new HashMap<>();

    private Staff pickedStaff;
    private List<Long> bulkUnitIds = new ArrayList<>();
    private List<PostType> bulkPostTypes = new ArrayList<>();
    private BulkPreview preview;
    private List<ImportError> importErrors = List.of();

    /** f:viewAction: loads the session named by the id parameter. */
    public void load() {
        session = sessions.get(id);
        days = session.getDays();
        enrolmentList = enrolments.ofSession(id);
        Map<Long, Map<Long, AttendanceStatus>> grid = attendance.grid(id);
        marks = new HashMap<>();
        loadedMarks = new HashMap<>();
        scores = new HashMap<>();
        for (TrainingEnrolment e : enrolmentList) {
            Map<Long, String> row = new LinkedHashMap<>();
            for (TrainingSessionDay d : days) {
                AttendanceStatus s = grid.getOrDefault(e.getId(), Map.of()).get(d.getId());
                row.put(d.getId(), s == null ? "" : s.name());
            }
            marks.put(e.getId(), row);
            loadedMarks.put(e.getId(), new LinkedHashMap<>(row));
            scores.put(e.getId(), e.getExamScore());
        }
    }

    public boolean isCoordinator() {
        return user.hasRole(Role.COORDINATOR);
    }

    // status

    public void open() {
        sessions.open(id, session.getVersion());
        done();
    }

    public void close() {
        sessions.close(id, session.getVersion());
        done();
    }

    public void markHeld() {
        sessions.markHeld(id, session.getVersion());
        done();
    }

    public void cancelSession() {
        sessions.cancel(id, session.getVersion());
        done();
    }

    // enrolment

    public List<Staff> completeStaff(String text) {
        return enrolments.searchStaff(text);
    }

    public void enrolPicked() {
        if (pickedStaff == null) {
            Messages.warn("training.enrolment.pickSomeone");
            return;
        }
        EnrolmentService.EnrolmentResult r = isCoordinator()
                ? enrolments.enrol(id, pickedStaff.getId())
                : enrolments.nominate(id, pickedStaff.getId());
        Messages.info("training.enrolment.result." + r.status().name(), r.staffName());
        pickedStaff = null;
        load();
    }

    public void confirm(TrainingEnrolment e) {
        EnrolmentService.EnrolmentResult r = enrolments.confirm(e.getId());
        Messages.info("training.enrolment.result." + r.status().name(), r.staffName());
        load();
    }

    public void reject(TrainingEnrolment e) {
        enrolments.reject(e.getId());
        done();
    }

    public void cancelEnrolment(TrainingEnrolment e) {
        for (EnrolmentService.EnrolmentResult moved : enrolments.cancel(e.getId())) {
            Messages.info("training.enrolment.promoted", moved.staffName());
        }
        done();
    }

    public void previewBulk() {
        preview = enrolments.previewBulk(id, bulkUnitIds, bulkPostTypes);
    }

    public void enrolBulk() {
        BulkPreview done = enrolments.enrolBulk(id, bulkUnitIds, bulkPostTypes);
        Messages.info("training.bulk.done", done.getEnrolCount(), done.getWaitlistCount(), done.getSkipCount());
        preview = null;
        load();
    }

    public void importList(FileUploadEvent event) throws IOException {
        show(enrolments.importList(id, new ByteArrayInputStream(event.getFile().getContent())));
    }

    public void importSignIn(FileUploadEvent event) throws IOException {
        show(attendance.importSignIn(
                id, new ByteArrayInputStream(event.getFile().getContent())));
    }

    private void show(ImportResult report) {
        importErrors = report.errors();
        if (report.isSuccess()) {
            Messages.info("training.import.ok", report.imported());
            load();
        } else {
            Messages.error("training.import.failed", report.errors().size());
        }
    }

    // attendance

    public void allPresent(TrainingSessionDay day) {
        for (TrainingEnrolment e : enrolmentList) {
            if (e.getStatus() == EnrolmentStatus.ENROLLED) {
                marks.get(e.getId()).put(day.getId(), AttendanceStatus.PRESENT.name());
            }
        }
    }

    /** Saves the cells and scores the user changed, in one transaction (AttendanceService.save). */
    public void saveAttendance() {
        List<AttendanceService.Change> changes = new ArrayList<>();
        Map<Long, BigDecimal> examScores = new LinkedHashMap<>();
        for (TrainingEnrolment e : enrolmentList) {
            if (e.getStatus() != EnrolmentStatus.ENROLLED) {
                continue;
            }
            Map<Long, String> loaded = loadedMarks.getOrDefault(e.getId(), Map.of());
            for (Map.Entry<Long, String> cell : marks.get(e.getId()).entrySet()) {
                AttendanceStatus to = status(cell.getValue());
                AttendanceStatus from = status(loaded.get(cell.getKey()));
                if (to != from) {
                    changes.add(new AttendanceService.Change(e.getId(), cell.getKey(), from, to));
                }
            }
            BigDecimal score = scores.get(e.getId());
            if (session.getCourse().getCompletionRule().hasExam()
                    && (score == null
                            ? e.getExamScore() != null
                            : e.getExamScore() == null || score.compareTo(e.getExamScore()) != 0)) {
                examScores.put(e.getId(), score);
            }
        }
        int changed = attendance.save(id, changes, examScores);
        Messages.info("training.attendance.saved", changed);
        load();
    }

    private static AttendanceStatus status(String cell) {
        return cell == null || cell.isBlank() ? null : AttendanceStatus.valueOf(cell);
    }

    public void computeCompletions() {
        int n = attendance.computeCompletions(id);
        Messages.info("training.completion.computed", n);
        load();
    }

    public List<TrainingEnrolment> getSeated() {
        return enrolmentList.stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED)
                .toList();
    }

    /**
     * An enrolment event's detail as users read it: how the person was enrolled (the source's
     * label), or what freed the seat of a promotion (a larger capacity, or whose cancellation).
     */
    public String detail(TrainingEnrolmentEvent event) {
        return detail(event, Messages.locale());
    }

    /** {@link #detail(TrainingEnrolmentEvent)} in a language. */
    public static String detail(TrainingEnrolmentEvent event, Locale locale) {
        String detail = event.getDetail();
        if (detail == null || detail.isBlank()) {
            return "";
        }
        if (event.getKind() == EnrolmentEventKind.PROMOTED) {
            return EnrolmentService.CAPACITY_RAISED.equals(detail)
                    ? Messages.text(locale, "training.event.promotedByCapacity")
                    : Messages.text(locale, "training.event.promotedAfter", detail);
        }
        for (EnrolmentSource source : EnrolmentSource.values()) {
            if (source.name().equals(detail)) {
                return Messages.text(locale, "training.source." + source.name());
            }
        }
        return detail;
    }

    public List<TrainingEnrolmentEvent> getHistory() {
        return isCoordinator() ? enrolments.history(id) : List.of();
    }

    public List<Unit> getUnitChoices() {
        return units.unitsInScope();
    }

    public AttendanceStatus[] getAttendanceStatuses() {
        return AttendanceStatus.values();
    }

    public PostType[] getPostTypes() {
        return PostType.values();
    }

    public long getSeatedCount() {
        return enrolmentList.stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED)
                .count();
    }

    public long getWaitlistCount() {
        return enrolmentList.stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.WAITLISTED)
                .count();
    }

    private void done() {
        Messages.info("common.saved");
        load();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TrainingSession getSession() {
        return session;
    }

    public List<TrainingEnrolment> getEnrolmentList() {
        return enrolmentList;
    }

    public List<TrainingSessionDay> getDays() {
        return days;
    }

    public Map<Long, Map<Long, String>> getMarks() {
        return marks;
    }

    public Map<Long, BigDecimal> getScores() {
        return scores;
    }

    public Staff getPickedStaff() {
        return pickedStaff;
    }

    public void setPickedStaff(Staff pickedStaff) {
        this.pickedStaff = pickedStaff;
    }

    public List<Long> getBulkUnitIds() {
        return bulkUnitIds;
    }

    public void setBulkUnitIds(List<Long> bulkUnitIds) {
        this.bulkUnitIds = bulkUnitIds == null ? new ArrayList<>() : new ArrayList<>(bulkUnitIds);
    }

    public List<PostType> getBulkPostTypes() {
        return bulkPostTypes;
    }

    public void setBulkPostTypes(List<PostType> bulkPostTypes) {
        this.bulkPostTypes = bulkPostTypes == null ? new ArrayList<>() : new ArrayList<>(bulkPostTypes);
    }

    public BulkPreview getPreview() {
        return preview;
    }

    public List<ImportError> getImportErrors() {
        return importErrors;
    }
}
