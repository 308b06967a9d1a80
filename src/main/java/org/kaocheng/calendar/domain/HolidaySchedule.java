package org.kaocheng.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;

/**
 * A year's published schedule (国务院办公厅关于某年部分节假日安排的通知): the notices it comes
 * from. A calendar year with a schedule is counted on its holidays and make-up days; a year
 * without one is provisional (weekends only).
 */
@Entity
@Table(name = "holiday_schedule")
@NamedQuery(
        name = "HolidaySchedule.byYear",
        query = "SELECT s FROM HolidaySchedule s WHERE s.scheduleYear = :scheduleYear")
@NamedQuery(
        name = "HolidaySchedule.years",
        query = "SELECT s.scheduleYear FROM HolidaySchedule s ORDER BY s.scheduleYear")
@NamedQuery(name = "HolidaySchedule.all", query = "SELECT s FROM HolidaySchedule s ORDER BY s.scheduleYear")
@NamedQuery(
        name = "HolidaySchedule.fingerprint",
        query = "SELECT COUNT(s), SUM(s.version), MAX(s.changedAt) FROM HolidaySchedule s")
public class HolidaySchedule extends VersionedEntity {

    /** Longest notices text: a few URLs or titles, one a line. */
    public static final int MAX_NOTICES = 2000;

    @Id
    @SequenceGenerator(name = "holiday_schedule_seq", sequenceName = "holiday_schedule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holiday_schedule_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "schedule_year", nullable = false)
    private int scheduleYear;

    @Column(name = "notices", nullable = false, length = MAX_NOTICES)
    private String notices;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected HolidaySchedule() {}

    public HolidaySchedule(int year, String notices) {
        this.scheduleYear = year;
        setNotices(notices);
        this.changedAt = LocalDateTime.now();
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getYear() {
        return scheduleYear;
    }

    public String getNotices() {
        return notices;
    }

    /** The notices (URLs or titles), one a line; at least one is required. */
    public void setNotices(String notices) {
        String text = notices == null ? "" : notices.strip();
        if (text.isEmpty()) {
            throw new BusinessRuleException("calendar.schedule.notice.required");
        }
        if (text.length() > MAX_NOTICES) {
            throw new BusinessRuleException("calendar.schedule.notice.tooLong", MAX_NOTICES);
        }
        this.notices = text;
    }

    public List<String> getNoticeList() {
        return Arrays.stream(notices.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    /** Records that the schedule or one of its days changed (other nodes reload on it). */
    public void touch() {
        changedAt = LocalDateTime.now();
    }

    /** Whether a day may belong to this schedule: its year or the adjoining December/January. */
    public boolean covers(LocalDate day) {
        return ScheduleFile.withinScheduleWindow(scheduleYear, day);
    }

    @Override
    public String toString() {
        return "HolidaySchedule[" + scheduleYear + "]";
    }
}
