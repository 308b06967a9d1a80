package org.kaocheng.disclosure.domain;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;
import org.kaocheng.unit.domain.Unit;

/** A press conference (新闻发布会) or online interview (在线访谈) a unit held. */
@Entity
@Table(name = "press_event")
public class PressEvent extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "press_event_seq", sequenceName = "press_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "press_event_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private PressEventKind kind;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "speakers", length = 500)
    private String speakers;

    protected PressEvent() {}

    public PressEvent(Unit unit, LocalDate heldOn, PressEventKind kind, String title, String speakers) {
        if (unit == null) {
            throw new BusinessRuleException("disclosure.unit.required");
        }
        this.unit = unit;
        change(heldOn, kind, title, speakers);
    }

    public final void change(LocalDate heldOn, PressEventKind kind, String title, String speakers) {
        if (kind == null) {
            throw new BusinessRuleException("disclosure.press.kind.required");
        }
        this.heldOn = RegisterRules.date(heldOn, "disclosure.press.date.required");
        this.kind = kind;
        this.title = RegisterRules.text(title, 300, "disclosure.press.title.required");
        this.speakers = RegisterRules.optionalText(speakers, 500);
    }

    @Override
    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public PressEventKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getSpeakers() {
        return speakers;
    }

    @Override
    public String toString() {
        return "PressEvent[" + id + ", " + heldOn + " " + title + "]";
    }
}
