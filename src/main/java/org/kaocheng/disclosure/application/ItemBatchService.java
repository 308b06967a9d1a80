package org.kaocheng.disclosure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kaocheng.disclosure.domain.ProactiveItem;
import org.kaocheng.disclosure.domain.PublicationChannel;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.unit.domain.Unit;

/**
 * Batches of proactive items pushed by a unit's CMS, idempotent by external id: an item whose
 * external id the unit already has is updated, so a resent batch creates no duplicates. Each
 * item succeeds or fails on its own; the caller is the unit of its API token, never another.
 */
@ApplicationScoped
public class ItemBatchService {

    public static final int MAX_ITEMS = 1000;

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    /** One item as the CMS sends it; dates and channel already parsed (null when missing or bad). */
    public record ItemPayload(
            String externalId,
            String title,
            String documentNumber,
            String category,
            boolean normative,
            LocalDate formedOn,
            LocalDate publishedOn,
            PublicationChannel channel,
            String link,
            String interpretationOf,
            List<String> parseErrors) {

        public ItemPayload {
            parseErrors = parseErrors == null ? List.of() : List.copyOf(parseErrors);
        }
    }

    public enum Status {
        CREATED,
        UPDATED,
        ERROR
    }

    public record ItemResult(int index, String externalId, Status status, Long id, List<String> errors) {}

    public record BatchResult(List<ItemResult> results) {

        public long count(Status status) {
            return results.stream().filter(r -> r.status() == status).count();
        }
    }

    @Transactional
    public BatchResult submit(Long tokenUnitId, String requestedUnitCode, List<ItemPayload> payloads) {
        Unit unit = em.find(Unit.class, tokenUnitId);
        if (unit == null || !unit.isActive()) {
            throw new AccessDeniedException("token unit " + tokenUnitId + " is not active");
        }
        if (requestedUnitCode != null && !requestedUnitCode.equals(unit.getCode())) {
            throw new AccessDeniedException(
                    "a token of unit " + unit.getCode() + " cannot write to " + requestedUnitCode);
        }
        if (payloads.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("more than " + MAX_ITEMS + " items");
        }
        Map<String, ProactiveItem> inBatch = new HashMap<>();
        List<ItemResult> results = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            ItemPayload p = payloads.get(i);
            List<String> errors = new ArrayList<>(p.parseErrors());
            check(p, errors);
            ProactiveItem document = null;
            if (errors.isEmpty() && p.interpretationOf() != null) {
                document = known(inBatch, unit, p.interpretationOf());
                if (document == null || !document.isNormative()) {
                    errors.add("interpretationOf.notFound");
                }
            }
            ProactiveItem item = null;
            if (errors.isEmpty()) {
                item = known(inBatch, unit, p.externalId());
                try {
                    // the rules run on a scratch copy first, so a refused item leaves no half-change behind
                    ProactiveItem scratch = new ProactiveItem(unit, p.title(), p.formedOn(), p.channel());
                    copy(scratch, p, null);
                    if (item != null) {
                        ProactiveItemService.requireNormativeKept(em, item, p.normative());
                    }
                } catch (BusinessRuleException e) {
                    errors.add(e.getMessageKey());
                }
            }
            if (!errors.isEmpty()) {
                results.add(new ItemResult(i, p.externalId(), Status.ERROR, null, errors));
                continue;
            }
            Status status;
            if (item == null) {
                item = new ProactiveItem(unit, p.title(), p.formedOn(), p.channel());
                copy(item, p, document);
                em.persist(item);
                status = Status.CREATED;
            } else {
                copy(item, p, document);
                status = Status.UPDATED;
            }
            inBatch.put(p.externalId(), item);
            results.add(new ItemResult(i, p.externalId(), status, null, List.of()));
        }
        em.flush();
        List<ItemResult> withIds = new ArrayList<>();
        for (ItemResult r : results) {
            Long id = r.status() == Status.ERROR
                    ? null
                    : inBatch.get(r.externalId()).getId();
            withIds.add(new ItemResult(r.index(), r.externalId(), r.status(), id, r.errors()));
        }
        return new BatchResult(withIds);
    }

    /** The unit's item with this external id: one written earlier in the batch, else a stored one, else null. */
    private ProactiveItem known(Map<String, ProactiveItem> inBatch, Unit unit, String externalId) {
        return inBatch.containsKey(externalId) ? inBatch.get(externalId) : find(unit.getId(), externalId);
    }

    private static void check(ItemPayload p, List<String> errors) {
        if (p.externalId() == null || p.externalId().isBlank()) {
            errors.add("externalId.required");
        } else if (p.externalId().length() > 100) {
            errors.add("externalId.tooLong");
        }
        if (p.title() == null || p.title().isBlank()) {
            errors.add("title.required");
        } else if (p.title().length() > 500) {
            errors.add("title.tooLong");
        }
        if (p.formedOn() == null && p.parseErrors().stream().noneMatch(e -> e.startsWith("formedOn"))) {
            errors.add("formedOn.required");
        }
        if (p.documentNumber() != null && p.documentNumber().length() > 100) {
            errors.add("documentNumber.tooLong");
        }
        if (p.category() != null && p.category().length() > 100) {
            errors.add("category.tooLong");
        }
        if (p.link() != null && p.link().length() > 1000) {
            errors.add("link.tooLong");
        }
        // an item cannot interpret itself: found as its own document, it failed only when copied, outside
        // the per-item checks, and rolled the whole batch back
        if (p.interpretationOf() != null
                && p.externalId() != null
                && p.interpretationOf().trim().equals(p.externalId().trim())) {
            errors.add("interpretationOf.self");
        }
    }

    private static void copy(ProactiveItem item, ItemPayload p, ProactiveItem document) {
        item.setTitle(p.title());
        item.setDocumentNumber(p.documentNumber());
        item.setCategory(p.category());
        item.setNormative(p.normative());
        item.setDates(p.formedOn(), p.publishedOn());
        item.setChannel(p.channel());
        item.setLink(p.link());
        item.setExternalId(p.externalId());
        item.interpret(document);
    }

    private ProactiveItem find(Long unitId, String externalId) {
        return em.createNamedQuery("ProactiveItem.byExternalId", ProactiveItem.class)
                .setParameter("unitId", unitId)
                .setParameter("externalId", externalId.trim())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
