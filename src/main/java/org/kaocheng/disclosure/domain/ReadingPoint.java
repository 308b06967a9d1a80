package org.kaocheng.disclosure.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;
import org.kaocheng.unit.domain.Unit;

/**
 * A government-information reading point (政府信息公开查阅点) a unit runs, open from one day and
 * possibly closed later, with the dated entries of what it served.
 */
@Entity
@Table(name = "reading_point")
public class ReadingPoint extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "reading_point_seq", sequenceName = "reading_point_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reading_point_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "address", nullable = false, length = 300)
    private String address;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @OneToMany(mappedBy = "readingPoint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("servedOn DESC")
    private List<ReadingPointEntry> entries = new ArrayList<>();

    protected ReadingPoint() {}

    public ReadingPoint(Unit unit, String name, String address, LocalDate openedOn) {
        if (unit == null) {
            throw new BusinessRuleException("disclosure.unit.required");
        }
        this.unit = unit;
        describe(name, address);
        this.openedOn = RegisterRules.date(openedOn, "disclosure.readingPoint.opened.required");
    }

    public final void describe(String name, String address) {
        this.name = RegisterRules.text(name, 200, "disclosure.readingPoint.name.required");
        this.address = RegisterRules.text(address, 300, "disclosure.readingPoint.address.required");
    }

    /** New opening and closing days; entries must stay within them. */
    public void setPeriod(LocalDate openedOn, LocalDate closedOn) {
        LocalDate open = RegisterRules.date(openedOn, "disclosure.readingPoint.opened.required");
        if (closedOn != null && closedOn.isBefore(open)) {
            throw new BusinessRuleException("disclosure.readingPoint.closedBeforeOpened");
        }
        for (ReadingPointEntry e : entries) {
            if (!within(e.getServedOn(), e.isWholeMonth(), open, closedOn)) {
                throw new BusinessRuleException("disclosure.readingPoint.entryOutside", e.getServedOn());
            }
        }
        this.openedOn = open;
        this.closedOn = closedOn;
    }

    /**
     * Records what the point served on a day, or in a whole month (stored as the month's first
     * day). The day, or some day of the month, must fall while the point was open.
     */
    public ReadingPointEntry record(LocalDate servedOn, boolean wholeMonth, Long visits, Long copies) {
        ReadingPointEntry entry = new ReadingPointEntry(this);
        entry.change(servedOn, wholeMonth, visits, copies);
        if (!within(entry.getServedOn(), wholeMonth, openedOn, closedOn)) {
            throw new BusinessRuleException("disclosure.readingPoint.entryOutside", entry.getServedOn());
        }
        entries.add(entry);
        return entry;
    }

    /** Changes an entry of this point, with the same checks as a new one. */
    public void change(ReadingPointEntry entry, LocalDate servedOn, boolean wholeMonth, Long visits, Long copies) {
        if (!entries.contains(entry)) {
            throw new BusinessRuleException("disclosure.readingPoint.entry.notFound", entry.getId());
        }
        LocalDate day = wholeMonth && servedOn != null ? servedOn.withDayOfMonth(1) : servedOn;
        if (day != null && !within(day, wholeMonth, openedOn, closedOn)) {
            throw new BusinessRuleException("disclosure.readingPoint.entryOutside", day);
        }
        entry.change(servedOn, wholeMonth, visits, copies);
    }

    public void remove(ReadingPointEntry entry) {
        entries.remove(entry);
    }

    static boolean within(LocalDate day, boolean wholeMonth, LocalDate open, LocalDate closed) {
        LocalDate first = day;
        LocalDate last = wholeMonth ? day.plusMonths(1).minusDays(1) : day;
        return !last.isBefore(open) && (closed == null || !first.isAfter(closed));
    }

    @Override
    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public List<ReadingPointEntry> getEntries() {
        return List.copyOf(entries);
    }

    @Override
    public String toString() {
        return "ReadingPoint[" + id + ", " + name + "]";
    }
}
