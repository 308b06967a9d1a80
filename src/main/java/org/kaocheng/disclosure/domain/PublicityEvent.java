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
import org.kaocheng.unit.domain.Unit;

/**
 * A publicity event (宣传活动), on site or online, with what it reached: people consulted on site
 * (现场咨询人次), brochures handed out (发放宣传册) and online clicks or views (线上点击/观看量).
 */
@Entity
@Table(name = "publicity_event")
public class PublicityEvent extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "publicity_event_seq", sequenceName = "publicity_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publicity_event_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "place", length = 200)
    private String place;

    @Column(name = "online", nullable = false)
    private boolean online;

    @Column(name = "consultations", nullable = false)
    private int consultations;

    @Column(name = "brochures", nullable = false)
    private int brochures;

    @Column(name = "online_views", nullable = false)
    private long onlineViews;

    protected PublicityEvent() {}

    public PublicityEvent(Unit unit, LocalDate startsOn, LocalDate endsOn, String title) {
        if (unit == null) {
            throw new BusinessRuleException("disclosure.unit.required");
        }
        this.unit = unit;
        reschedule(startsOn, endsOn);
        setTitle(title);
    }

    /** The end may be the start day (one-day event) but not before it. */
    public final void reschedule(LocalDate startsOn, LocalDate endsOn) {
        LocalDate start = RegisterRules.date(startsOn, "disclosure.publicity.start.required");
        LocalDate end = endsOn == null ? start : endsOn;
        if (end.isBefore(start)) {
            throw new BusinessRuleException("disclosure.publicity.endBeforeStart");
        }
        this.startsOn = start;
        this.endsOn = end;
    }

    public final void setTitle(String title) {
        this.title = RegisterRules.text(title, 300, "disclosure.publicity.title.required");
    }

    /** On site at a place, online, or both; one of the two is needed. */
    public void setVenue(String place, boolean online) {
        String p = RegisterRules.optionalText(place, 200);
        if (p == null && !online) {
            throw new BusinessRuleException("disclosure.publicity.venue.required");
        }
        this.place = p;
        this.online = online;
    }

    public void setReach(Long consultations, Long brochures, Long onlineViews) {
        long c = RegisterRules.count(consultations);
        long b = RegisterRules.count(brochures);
        long v = RegisterRules.count(onlineViews);
        if (c > Integer.MAX_VALUE || b > Integer.MAX_VALUE) {
            throw new BusinessRuleException("disclosure.register.tooLarge");
        }
        this.consultations = (int) c;
        this.brochures = (int) b;
        this.onlineViews = v;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getTitle() {
        return title;
    }

    public String getPlace() {
        return place;
    }

    public boolean isOnline() {
        return online;
    }

    public int getConsultations() {
        return consultations;
    }

    public int getBrochures() {
        return brochures;
    }

    public long getOnlineViews() {
        return onlineViews;
    }

    @Override
    public String toString() {
        return "PublicityEvent[" + id + ", " + startsOn + " " + title + "]";
    }
}
