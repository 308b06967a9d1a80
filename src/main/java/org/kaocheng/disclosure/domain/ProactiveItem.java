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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.kaocheng.calendar.application.WorkingDayCalendar;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;
import org.kaocheng.unit.domain.Unit;

/**
 * A proactively disclosed item (主动公开): due {@code formed + N} working days (Art. 26, N = 20 by
 * default). An item linked to a normative document (行政规范性文件) through
 * {@link #getInterpretationOf()} is that document's policy interpretation (政策解读).
 */
@Entity
@Table(name = "proactive_item")
@NamedQuery(
        name = "ProactiveItem.byExternalId",
        query = "SELECT i FROM ProactiveItem i WHERE i.unit.id = :unitId AND i.externalId = :externalId")
@NamedQuery(
        name = "ProactiveItem.interpretationIdsOf",
        query = "SELECT i.id FROM ProactiveItem i WHERE i.interpretationOf.id = :documentId")
public class ProactiveItem extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "proactive_item_seq", sequenceName = "proactive_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proactive_item_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "title", nullable = false, length = 500)
    private String title;

    @Column(name = "title_key", nullable = false, length = 500)
    private String titleKey;

    @Column(name = "document_number", length = 100)
    private String documentNumber;

    @Column(name = "document_number_key", length = 100)
    private String documentNumberKey;

    @Column(name = "category", length = 100)
    private String category;

    @Column(name = "normative", nullable = false)
    private boolean normative;

    @Column(name = "formed_on", nullable = false)
    private LocalDate formedOn;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private PublicationChannel channel;

    @Column(name = "link", length = 1000)
    private String link;

    @Column(name = "external_id", length = 100)
    private String externalId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "interpretation_of_id")
    private ProactiveItem interpretationOf;

    @Column(name = "not_duplicate", nullable = false)
    private boolean notDuplicate;

    @Column(name = "not_duplicate_by", length = 50)
    private String notDuplicateBy;

    protected ProactiveItem() {}

    public ProactiveItem(Unit unit, String title, LocalDate formedOn, PublicationChannel channel) {
        this.unit = unit;
        this.channel = channel == null ? PublicationChannel.WEBSITE : channel;
        setTitle(title);
        setDates(formedOn, null);
    }

    /** Timeliness against the proactive deadline (formed + N working days). */
    public Timeliness timeliness(int workingDays, LocalDate today, WorkingDayCalendar calendar) {
        return Timeliness.of(formedOn, workingDays, publishedOn, today, calendar);
    }

    /** Timeliness of this interpretation against its document's publication + N working days. */
    public Timeliness interpretationTimeliness(int workingDays, LocalDate today, WorkingDayCalendar calendar) {
        if (interpretationOf == null) {
            throw new IllegalStateException("not an interpretation");
        }
        return Timeliness.of(interpretationOf.getPublishedOn(), workingDays, publishedOn, today, calendar);
    }

    public final void setTitle(String title) {
        String key = TextKeys.keyOrNull(title);
        if (key == null) {
            throw new BusinessRuleException("disclosure.item.titleRequired");
        }
        this.title = title.trim();
        this.titleKey = key.length() > 500 ? key.substring(0, 500) : key;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber == null || documentNumber.isBlank() ? null : documentNumber.trim();
        this.documentNumberKey = TextKeys.keyOrNull(documentNumber);
    }

    /** A publication cannot precede the forming of the information it discloses. */
    public final void setDates(LocalDate formedOn, LocalDate publishedOn) {
        if (formedOn == null) {
            throw new BusinessRuleException("disclosure.item.formedRequired");
        }
        if (publishedOn != null && publishedOn.isBefore(formedOn)) {
            throw new BusinessRuleException("disclosure.item.publishedBeforeFormed");
        }
        this.formedOn = formedOn;
        this.publishedOn = publishedOn;
    }

    /** Links this item as the interpretation of a normative document of any unit. */
    public void interpret(ProactiveItem document) {
        if (document != null) {
            if (!document.isNormative()) {
                throw new BusinessRuleException("disclosure.interpretation.notNormative");
            }
            if (document == this
                    || (document.getId() != null && document.getId().equals(id))) {
                throw new BusinessRuleException("disclosure.interpretation.self");
            }
        }
        this.interpretationOf = document;
    }

    /** A reviewer's decision that this item is no duplicate of any other (or undoes it). */
    public void markNotDuplicate(boolean notDuplicate, String reviewer) {
        this.notDuplicate = notDuplicate;
        this.notDuplicateBy = notDuplicate ? reviewer : null;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getTitle() {
        return title;
    }

    public String getTitleKey() {
        return titleKey;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getDocumentNumberKey() {
        return documentNumberKey;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category == null || category.isBlank() ? null : category.trim();
    }

    public boolean isNormative() {
        return normative;
    }

    public void setNormative(boolean normative) {
        this.normative = normative;
    }

    public LocalDate getFormedOn() {
        return formedOn;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public PublicationChannel getChannel() {
        return channel;
    }

    public void setChannel(PublicationChannel channel) {
        this.channel = channel == null ? PublicationChannel.WEBSITE : channel;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link == null || link.isBlank() ? null : link.trim();
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId == null || externalId.isBlank() ? null : externalId.trim();
    }

    public ProactiveItem getInterpretationOf() {
        return interpretationOf;
    }

    public boolean isNotDuplicate() {
        return notDuplicate;
    }

    public String getNotDuplicateBy() {
        return notDuplicateBy;
    }

    @Override
    public String toString() {
        return "ProactiveItem[" + id + ", " + title + "]";
    }
}
