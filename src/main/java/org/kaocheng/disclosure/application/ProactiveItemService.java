package org.kaocheng.disclosure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.kaocheng.calendar.application.WorkingDayCalendar;
import org.kaocheng.disclosure.domain.ProactiveItem;
import org.kaocheng.disclosure.domain.PublicationChannel;
import org.kaocheng.disclosure.domain.Timeliness;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.unit.domain.Unit;

/**
 * Proactive items (主动公开) and policy interpretations (政策解读): entry, timeliness, duplicates.
 * A unit operator records their own unit's items only; district readers read all; assessors
 * review duplicates.
 */
@ApplicationScoped
public class ProactiveItemService {

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    WorkingDayCalendar calendar;

    Clock clock = Clock.systemDefaultZone();

    /** What a form, an import row or the API gives for an item. */
    public record ItemForm(
            @NotNull(message = "{disclosure.unit.required}") Long unitId,

            @NotBlank(message = "{disclosure.item.title.required}") @Size(max = 500)
            String title,

            @Size(max = 100) String documentNumber,
            @Size(max = 100) String category,
            boolean normative,

            @NotNull(message = "{disclosure.item.formed.required}")
            LocalDate formedOn,

            LocalDate publishedOn,
            PublicationChannel channel,
            @Size(max = 1000) String link,
            @Size(max = 100) String externalId,
            Long interpretationOfId) {}

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public DisclosureSettings settings() {
        return DisclosureSettings.load(em);
    }

    /** A page of items and interpretations with their timeliness, limited to the user's scope. */
    public Page<ItemRow> page(ItemQuery query, int first, int size) {
        ItemQuery scoped = query.withUnit(DisclosureAccess.scopedUnit(user, query.unitId()));
        DisclosureSettings s = settings();
        LocalDate today = today();
        return new Page<>(
                TimelinessQueries.items(em, s, today, scoped, first, size),
                TimelinessQueries.countItems(em, s, today, scoped));
    }

    public ProactiveItem get(Long id) {
        ProactiveItem item = em.find(ProactiveItem.class, id);
        if (item == null) {
            throw new BusinessRuleException("disclosure.item.notFound", id);
        }
        user.requireRead(item.getUnit().getId());
        return item;
    }

    /** One item's timeliness, computed in Java with the working-day calendar. */
    public Timeliness timeliness(Long id) {
        ProactiveItem item = get(id);
        return item.timeliness(settings().proactiveDays(), today(), calendar);
    }

    /** One interpretation's timeliness against its document. */
    public Timeliness interpretationTimeliness(Long id) {
        ProactiveItem item = get(id);
        if (item.getInterpretationOf() == null) {
            return null;
        }
        return item.interpretationTimeliness(settings().interpretationDays(), today(), calendar);
    }

    @Transactional
    public ProactiveItem create(@Valid ItemForm form) {
        user.requireWrite(form.unitId(), DisclosureAccess.DISTRICT_WRITERS);
        ProactiveItem item = new ProactiveItem(unit(form.unitId()), form.title(), form.formedOn(), form.channel());
        requireExternalIdFree(form.unitId(), form.externalId(), null);
        apply(item, form);
        em.persist(item);
        em.flush();
        return item;
    }

    @Transactional
    public ProactiveItem update(Long id, int expectedVersion, @Valid ItemForm form) {
        ProactiveItem item = writable(id);
        item.checkVersion(expectedVersion);
        if (!item.getUnit().getId().equals(form.unitId())) {
            throw new BusinessRuleException("disclosure.item.unitFixed");
        }
        requireExternalIdFree(form.unitId(), form.externalId(), item.getId());
        apply(item, form);
        em.flush();
        return item;
    }

    @Transactional
    public void delete(Long id, int expectedVersion) {
        ProactiveItem item = writable(id);
        item.checkVersion(expectedVersion);
        if (hasInterpretations(em, item)) {
            throw new BusinessRuleException("disclosure.item.hasInterpretations");
        }
        em.remove(item);
        em.flush();
    }

    /** A reviewer's "not a duplicate" (or its undoing). */
    @Transactional
    public void markNotDuplicate(Long id, boolean notDuplicate) {
        user.requireAnyRole(DisclosureAccess.REVIEWERS);
        ProactiveItem item = em.find(ProactiveItem.class, id);
        if (item == null) {
            throw new BusinessRuleException("disclosure.item.notFound", id);
        }
        item.markNotDuplicate(notDuplicate, user.getUsername());
        em.flush();
    }

    public List<DuplicatePair> duplicates(Long unitId, LocalDate from, LocalDate to) {
        Long scoped = DisclosureAccess.scopedUnit(user, unitId);
        return TimelinessQueries.duplicates(em, scoped, user.readsAllUnits() ? null : scoped, from, to);
    }

    /** Items published in the period by channel, and the interpretations among them (by publication date). */
    public PublishedCounts publishedCounts(Long unitId, LocalDate from, LocalDate to) {
        return TimelinessQueries.publishedCounts(em, DisclosureAccess.scopedUnit(user, unitId), from, to);
    }

    public List<ItemRow> missingInterpretations(Long unitId, LocalDate from, LocalDate to) {
        return TimelinessQueries.missingInterpretations(em, DisclosureAccess.scopedUnit(user, unitId), from, to);
    }

    /**
     * Refuses an external id that another item of the unit already has, as the importer does
     * (disclosure.import.externalIdExists): the unique key uk_proactive_item_external would
     * otherwise end the request in an error page. Blank means none, as {@link
     * ProactiveItem#setExternalId} stores it.
     */
    private void requireExternalIdFree(Long unitId, String externalId, Long itemId) {
        if (externalId == null || externalId.isBlank()) {
            return;
        }
        String id = externalId.trim();
        boolean taken = em.createNamedQuery("ProactiveItem.byExternalId", ProactiveItem.class)
                .setParameter("unitId", unitId)
                .setParameter("externalId", id)
                .getResultStream()
                .anyMatch(other -> !other.getId().equals(itemId));
        if (taken) {
            throw new BusinessRuleException("disclosure.item.externalIdExists", id);
        }
    }

    /** Copies a form onto an item (also used by imports and the API, inside their transaction). */
    void apply(ProactiveItem item, ItemForm form) {
        item.setTitle(form.title());
        item.setDocumentNumber(form.documentNumber());
        item.setCategory(form.category());
        setNormative(em, item, form.normative());
        item.setDates(form.formedOn(), form.publishedOn());
        item.setChannel(form.channel());
        item.setLink(form.link());
        item.setExternalId(form.externalId());
        if (form.interpretationOfId() == null) {
            item.interpret(null);
        } else {
            ProactiveItem document = em.find(ProactiveItem.class, form.interpretationOfId());
            if (document == null || !user.canRead(document.getUnit().getId())) {
                throw new BusinessRuleException(
                        "disclosure.interpretation.documentNotFound", form.interpretationOfId());
            }
            item.interpret(document);
        }
    }

    /**
     * Whether any item interprets this one (such a document cannot be deleted, and stays normative).
     */
    static boolean hasInterpretations(EntityManager em, ProactiveItem document) {
        return document.getId() != null
                && !em.createNamedQuery("ProactiveItem.interpretationIdsOf", Long.class)
                        .setParameter("documentId", document.getId())
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
    }

    /**
     * Sets the normative flag, except that a document with interpretations stays normative: only
     * normative documents are interpreted ({@link ProactiveItem#interpret}), which the
     * interpretation statements rely on (TimelinessQueries). The CMS API checks the same rule
     * before it changes an item ({@link #requireNormativeKept}).
     */
    static void setNormative(EntityManager em, ProactiveItem item, boolean normative) {
        requireNormativeKept(em, item, normative);
        item.setNormative(normative);
    }

    /** Refuses to take the normative flag from a document with interpretations (before any change). */
    static void requireNormativeKept(EntityManager em, ProactiveItem item, boolean normative) {
        if (!normative && item.isNormative() && hasInterpretations(em, item)) {
            throw new BusinessRuleException("disclosure.item.interpretedStaysNormative");
        }
    }

    Unit unit(Long unitId) {
        Unit unit = em.find(Unit.class, unitId);
        if (unit == null || !unit.isActive()) {
            throw new BusinessRuleException("disclosure.unit.invalid");
        }
        return unit;
    }

    private ProactiveItem writable(Long id) {
        ProactiveItem item = em.find(ProactiveItem.class, id);
        if (item == null) {
            throw new BusinessRuleException("disclosure.item.notFound", id);
        }
        user.requireWrite(item.getUnit().getId(), DisclosureAccess.DISTRICT_WRITERS);
        return item;
    }
}
