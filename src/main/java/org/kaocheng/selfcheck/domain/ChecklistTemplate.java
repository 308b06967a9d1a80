package org.kaocheng.selfcheck.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;

/**
 * One version of a checklist template (自查清单模板). A version that a campaign uses is frozen:
 * changing it means deriving the next version, so what units answered never changes.
 */
@Entity
@Table(name = "checklist_template")
@NamedQuery(
        name = "ChecklistTemplate.latestOfFamily",
        query = "SELECT t FROM ChecklistTemplate t WHERE t.familyCode = :family ORDER BY t.versionNo DESC")
@NamedQuery(
        name = "ChecklistTemplate.latestVersions",
        query = "SELECT t FROM ChecklistTemplate t WHERE t.versionNo = (SELECT MAX(o.versionNo)"
                + " FROM ChecklistTemplate o WHERE o.familyCode = t.familyCode) ORDER BY t.familyCode")
@NamedQuery(
        name = "ChecklistTemplate.all",
        query = "SELECT t FROM ChecklistTemplate t ORDER BY t.familyCode, t.versionNo DESC")
public class ChecklistTemplate extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "checklist_template_seq", sequenceName = "checklist_template_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_template_seq")
    private Long id;

    @Column(name = "family_code")
    private String familyCode;

    @Column(name = "version_no")
    private int versionNo;

    @Column(name = "title")
    private String title;

    @Column(name = "description")
    private String description;

    @Column(name = "frozen")
    private boolean frozen;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "derived_from")
    private ChecklistTemplate derivedFrom;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<ChecklistSection> sections = new ArrayList<>();

    protected ChecklistTemplate() {}

    public ChecklistTemplate(String familyCode, String title, String description, String createdBy, LocalDateTime now) {
        if (familyCode == null || familyCode.isBlank() || title == null || title.isBlank()) {
            throw new BusinessRuleException("selfcheck.template.titleRequired");
        }
        this.familyCode = familyCode;
        this.versionNo = 1;
        this.title = title.trim();
        this.description = description;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Refuses changes to a version a campaign uses. */
    public void requireEditable() {
        if (frozen) {
            throw new BusinessRuleException("selfcheck.template.frozen.refused", title, versionNo);
        }
    }

    /** A campaign uses this version from now on: it never changes again. */
    public void freeze() {
        if (sections.stream().allMatch(s -> s.getItems().isEmpty())) {
            throw new BusinessRuleException("selfcheck.template.empty", title);
        }
        frozen = true;
    }

    /** The next version: an editable copy of every section and item of this one. */
    public ChecklistTemplate deriveNextVersion(String actor, LocalDateTime now) {
        ChecklistTemplate next = new ChecklistTemplate(familyCode, title, description, actor, now);
        next.versionNo = versionNo + 1;
        next.derivedFrom = this;
        for (ChecklistSection section : sections) {
            ChecklistSection copy = next.addSection(section.getTitle());
            for (ChecklistItem item : section.getItems()) {
                copy.addItem(item.getCode(), item.content());
            }
        }
        return next;
    }

    public void rename(String newTitle, String newDescription) {
        requireEditable();
        if (newTitle == null || newTitle.isBlank()) {
            throw new BusinessRuleException("selfcheck.template.titleRequired");
        }
        this.title = newTitle.trim();
        this.description = newDescription;
    }

    public ChecklistSection addSection(String sectionTitle) {
        requireEditable();
        int seq = sections.stream().mapToInt(ChecklistSection::getSeq).max().orElse(0) + 1;
        ChecklistSection section = new ChecklistSection(this, seq, sectionTitle);
        sections.add(section);
        return section;
    }

    public void removeSection(ChecklistSection section) {
        requireEditable();
        sections.remove(section);
    }

    /** The item with this code (codes are stable across versions). */
    public Optional<ChecklistItem> item(String code) {
        return items().stream().filter(i -> i.getCode().equals(code)).findFirst();
    }

    public Optional<ChecklistSection> section(int seq) {
        return sections.stream().filter(s -> s.getSeq() == seq).findFirst();
    }

    public List<ChecklistItem> items() {
        List<ChecklistItem> all = new ArrayList<>();
        for (ChecklistSection section : sections) {
            all.addAll(section.getItems());
        }
        return all;
    }

    public BigDecimal totalPoints() {
        return items().stream().map(ChecklistItem::getPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getFamilyCode() {
        return familyCode;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public ChecklistTemplate getDerivedFrom() {
        return derivedFrom;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<ChecklistSection> getSections() {
        return Collections.unmodifiableList(sections);
    }

    @Override
    public String toString() {
        return title + " v" + versionNo;
    }
}
