package org.kaocheng.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;

/** A holiday (放假) or make-up working day (调休上班) of a published schedule, with its notice. */
@Entity
@Table(name = "holiday_day")
@NamedQuery(name = "HolidayDay.all", query = "SELECT d FROM HolidayDay d ORDER BY d.day")
@NamedQuery(
        name = "HolidayDay.ofSchedule",
        query = "SELECT d FROM HolidayDay d WHERE d.schedule = :schedule ORDER BY d.day")
@NamedQuery(
        name = "HolidayDay.between",
        query = "SELECT d FROM HolidayDay d JOIN FETCH d.schedule WHERE d.day BETWEEN :from AND :to ORDER BY d.day")
@NamedQuery(name = "HolidayDay.byDay", query = "SELECT d FROM HolidayDay d WHERE d.day = :day")
@NamedQuery(name = "HolidayDay.byDays", query = "SELECT d FROM HolidayDay d JOIN FETCH d.schedule WHERE d.day IN :days")
public class HolidayDay extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "holiday_day_seq", sequenceName = "holiday_day_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holiday_day_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "schedule_id", nullable = false)
    private HolidaySchedule schedule;

    @Column(name = "day", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private DayKind kind;

    @Column(name = "name", nullable = false, length = HolidayCnFormat.MAX_NAME_LENGTH)
    private String name;

    @Column(name = "notice", length = HolidayCnFormat.MAX_PAPER_LENGTH)
    private String notice;

    protected HolidayDay() {}

    public HolidayDay(HolidaySchedule schedule, LocalDate day, DayKind kind, String name, String notice) {
        this.schedule = schedule;
        change(day, kind, name, notice);
    }

    /** Sets every field, keeping the day within its schedule's year and adjoining months. */
    public void change(LocalDate newDay, DayKind newKind, String newName, String newNotice) {
        if (newDay == null || newKind == null) {
            throw new BusinessRuleException("calendar.day.required");
        }
        if (!schedule.covers(newDay)) {
            throw new BusinessRuleException("calendar.day.outsideYear", newDay.toString(), schedule.getYear());
        }
        String trimmedName = newName == null ? "" : newName.strip();
        if (trimmedName.isEmpty()) {
            throw new BusinessRuleException("calendar.day.name.required");
        }
        if (trimmedName.length() > HolidayCnFormat.MAX_NAME_LENGTH) {
            throw new BusinessRuleException("calendar.day.name.tooLong", HolidayCnFormat.MAX_NAME_LENGTH);
        }
        String trimmedNotice = newNotice == null || newNotice.isBlank() ? null : newNotice.strip();
        if (trimmedNotice != null && trimmedNotice.length() > HolidayCnFormat.MAX_PAPER_LENGTH) {
            throw new BusinessRuleException("calendar.day.notice.tooLong", HolidayCnFormat.MAX_PAPER_LENGTH);
        }
        this.day = newDay;
        this.kind = newKind;
        this.name = trimmedName;
        this.notice = trimmedNotice;
    }

    @Override
    public Long getId() {
        return id;
    }

    public HolidaySchedule getSchedule() {
        return schedule;
    }

    public LocalDate getDay() {
        return day;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getNotice() {
        return notice;
    }

    public ScheduledDay toScheduledDay() {
        return new ScheduledDay(day, kind, name);
    }

    @Override
    public String toString() {
        return "HolidayDay[" + day + " " + kind + " " + name + "]";
    }
}
