package org.kaocheng.disclosure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;

/**
 * What a reading point served on a day or in a whole month: visits and consultations (查阅/咨询人次)
 * and printed, copied or posted items (打印/复印/寄递件数). A month is kept as its first day.
 */
@Entity
@Table(name = "reading_point_entry")
public class ReadingPointEntry extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "reading_point_entry_seq", sequenceName = "reading_point_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reading_point_entry_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reading_point_id", nullable = false)
    private ReadingPoint readingPoint;

    @Column(name = "served_on", nullable = false)
    private LocalDate servedOn;

    @Column(name = "whole_month", nullable = false)
    private boolean wholeMonth;

    @Column(name = "visits", nullable = false)
    private int visits;

    @Column(name = "copies", nullable = false)
    private int copies;

    protected ReadingPointEntry() {}

    ReadingPointEntry(ReadingPoint readingPoint) {
        this.readingPoint = readingPoint;
    }

    void change(LocalDate servedOn, boolean wholeMonth, Long visits, Long copies) {
        LocalDate day = RegisterRules.date(servedOn, "disclosure.readingPoint.entry.date.required");
        long v = RegisterRules.count(visits);
        long c = RegisterRules.count(copies);
        if (v > Integer.MAX_VALUE || c > Integer.MAX_VALUE) {
            throw new BusinessRuleException("disclosure.register.tooLarge");
        }
        this.servedOn = wholeMonth ? day.withDayOfMonth(1) : day;
        this.wholeMonth = wholeMonth;
        this.visits = (int) v;
        this.copies = (int) c;
    }

    @Override
    public Long getId() {
        return id;
    }

    public ReadingPoint getReadingPoint() {
        return readingPoint;
    }

    public LocalDate getServedOn() {
        return servedOn;
    }

    public boolean isWholeMonth() {
        return wholeMonth;
    }

    public int getVisits() {
        return visits;
    }

    public int getCopies() {
        return copies;
    }

    @Override
    public String toString() {
        return "ReadingPointEntry[" + id + ", " + servedOn + "]";
    }
}
