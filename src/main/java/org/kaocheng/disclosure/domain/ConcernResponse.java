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

/** A response to public concerns (回应关切), possibly to a major public-opinion event (重大舆情). */
@Entity
@Table(name = "concern_response")
public class ConcernResponse extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "concern_response_seq", sequenceName = "concern_response_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "concern_response_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "responded_on", nullable = false)
    private LocalDate respondedOn;

    @Column(name = "subject", nullable = false, length = 500)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private ConcernChannel channel;

    @Column(name = "major", nullable = false)
    private boolean major;

    protected ConcernResponse() {}

    public ConcernResponse(Unit unit, LocalDate respondedOn, String subject, ConcernChannel channel, boolean major) {
        if (unit == null) {
            throw new BusinessRuleException("disclosure.unit.required");
        }
        this.unit = unit;
        change(respondedOn, subject, channel, major);
    }

    public final void change(LocalDate respondedOn, String subject, ConcernChannel channel, boolean major) {
        if (channel == null) {
            throw new BusinessRuleException("disclosure.concern.channel.required");
        }
        this.respondedOn = RegisterRules.date(respondedOn, "disclosure.concern.date.required");
        this.subject = RegisterRules.text(subject, 500, "disclosure.concern.subject.required");
        this.channel = channel;
        this.major = major;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public LocalDate getRespondedOn() {
        return respondedOn;
    }

    public String getSubject() {
        return subject;
    }

    public ConcernChannel getChannel() {
        return channel;
    }

    public boolean isMajor() {
        return major;
    }

    @Override
    public String toString() {
        return "ConcernResponse[" + id + ", " + respondedOn + " " + subject + "]";
    }
}
