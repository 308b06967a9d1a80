package org.kaocheng.selfcheck.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.security.Role;
import org.kaocheng.selfcheck.domain.ChecklistItem;
import org.kaocheng.selfcheck.domain.ChecklistSection;
import org.kaocheng.selfcheck.domain.ChecklistTemplate;
import org.kaocheng.selfcheck.domain.ItemContent;

/**
 * Checklist templates, kept by assessors. Editing a version that a campaign uses edits the
 * family's next version instead (derived on the first such edit), so answers already given to
 * the used version never change. Every method returns what it changed, so the editor can follow
 * the edit into the new version.
 */
@ApplicationScoped
public class TemplateService {

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    Clock clock = Clock.systemDefaultZone();

    /** The newest version of every template. */
    public List<ChecklistTemplate> latestVersions() {
        user.requireAnyRole(Role.ASSESSOR, Role.VIEWER);
        return em.createNamedQuery("ChecklistTemplate.latestVersions", ChecklistTemplate.class)
                .getResultList();
    }

    /** Every version of every template (for choosing a campaign's version). */
    public List<ChecklistTemplate> allVersions() {
        user.requireAnyRole(Role.ASSESSOR, Role.VIEWER);
        return em.createNamedQuery("ChecklistTemplate.all", ChecklistTemplate.class)
                .getResultList();
    }

    public ChecklistTemplate get(Long templateId) {
        user.requireAnyRole(Role.ASSESSOR, Role.VIEWER);
        ChecklistTemplate template = templateId == null ? null : em.find(ChecklistTemplate.class, templateId);
        if (template == null) {
            throw new BusinessRuleException("selfcheck.template.notFound", templateId);
        }
        template.getSections().forEach(s -> s.getItems().size());
        return template;
    }

    @Transactional
    public ChecklistTemplate create(String title, String description) {
        SelfCheckAccess.requireAssessor(user);
        String family = "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
        ChecklistTemplate template = new ChecklistTemplate(family, title, description, user.getUsername(), now());
        em.persist(template);
        em.flush();
        return template;
    }

    @Transactional
    public ChecklistTemplate rename(Long templateId, int expectedVersion, String title, String description) {
        SelfCheckAccess.requireAssessor(user);
        ChecklistTemplate template = found(templateId);
        template.checkVersion(expectedVersion);
        ChecklistTemplate target = editableOf(template);
        target.rename(title, description);
        em.flush();
        return target;
    }

    @Transactional
    public ChecklistSection addSection(Long templateId, String title) {
        SelfCheckAccess.requireAssessor(user);
        ChecklistTemplate target = editableOf(found(templateId));
        ChecklistSection section = target.addSection(title);
        em.flush();
        return section;
    }

    @Transactional
    public ChecklistSection renameSection(Long sectionId, String title) {
        SelfCheckAccess.requireAssessor(user);
        ChecklistSection section = counterpart(foundSection(sectionId));
        section.rename(title);
        em.flush();
        return section;
    }

    @Transactional
    public ChecklistItem addItem(Long sectionId, ItemContent content) {
        SelfCheckAccess.requireAssessor(user);
        ChecklistSection section = counterpart(foundSection(sectionId));
        ChecklistItem item = section.addItem(null, content);
        em.flush();
        return item;
    }

    /** Changes an item; if its version is used by a campaign, the change goes to the next version. */
    @Transactional
    public ChecklistItem updateItem(Long itemId, int expectedVersion, ItemContent content) {
        SelfCheckAccess.requireAssessor(user);
        ChecklistItem item = foundItem(itemId);
        item.checkVersion(expectedVersion);
        ChecklistItem target = counterpart(item);
        target.change(content);
        em.flush();
        return target;
    }

    /** Removes an item from the editable version; returns that version. */
    @Transactional
    public ChecklistTemplate removeItem(Long itemId) {
        SelfCheckAccess.requireAssessor(user);
        ChecklistItem target = counterpart(foundItem(itemId));
        target.getSection().removeItem(target);
        em.flush();
        return target.getSection().getTemplate();
    }

    /**
     * The version edits go to: the template itself while no campaign uses it; otherwise the
     * family's newest version if that is still editable, or a new version derived from it.
     */
    ChecklistTemplate editableOf(ChecklistTemplate template) {
        if (!template.isFrozen()) {
            return template;
        }
        ChecklistTemplate latest = em.createNamedQuery("ChecklistTemplate.latestOfFamily", ChecklistTemplate.class)
                .setParameter("family", template.getFamilyCode())
                .setMaxResults(1)
                .getSingleResult();
        if (!latest.isFrozen()) {
            return latest;
        }
        ChecklistTemplate next = latest.deriveNextVersion(user.getUsername(), now());
        em.persist(next);
        return next;
    }

    private ChecklistSection counterpart(ChecklistSection section) {
        ChecklistTemplate target = editableOf(section.getTemplate());
        if (target == section.getTemplate()) {
            return section;
        }
        return target.section(section.getSeq())
                .orElseThrow(() -> new BusinessRuleException("selfcheck.template.sectionGone", section.getTitle()));
    }

    private ChecklistItem counterpart(ChecklistItem item) {
        ChecklistTemplate target = editableOf(item.getSection().getTemplate());
        if (target == item.getSection().getTemplate()) {
            return item;
        }
        return target.item(item.getCode())
                .orElseThrow(() -> new BusinessRuleException("selfcheck.template.itemGone", item.getCode()));
    }

    private ChecklistTemplate found(Long id) {
        ChecklistTemplate template = id == null ? null : em.find(ChecklistTemplate.class, id);
        if (template == null) {
            throw new BusinessRuleException("selfcheck.template.notFound", id);
        }
        return template;
    }

    private ChecklistSection foundSection(Long id) {
        ChecklistSection section = id == null ? null : em.find(ChecklistSection.class, id);
        if (section == null) {
            throw new BusinessRuleException("selfcheck.template.notFound", id);
        }
        return section;
    }

    private ChecklistItem foundItem(Long id) {
        ChecklistItem item = id == null ? null : em.find(ChecklistItem.class, id);
        if (item == null) {
            throw new BusinessRuleException("selfcheck.template.notFound", id);
        }
        return item;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
