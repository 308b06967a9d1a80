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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;

/** A section (一级栏目) of a checklist template. */
@Entity
@Table(name = "checklist_section")
public class ChecklistSection extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "checklist_section_seq", sequenceName = "checklist_section_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_section_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private ChecklistTemplate template;

    @Column(name = "seq")
    private int seq;

    @Column(name = "title")
    private String title;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<ChecklistItem> items = new ArrayList<>();

    protected ChecklistSection() {}

    ChecklistSection(ChecklistTemplate template, int seq, String title) {
        if (title == null || title.isBlank()) {
            throw new BusinessRuleException("selfcheck.section.titleRequired");
        }
        this.template = template;
        this.seq = seq;
        this.title = title.trim();
    }

    /** A new item; its code is "section.item" unless a code is carried over from an earlier version. */
    public ChecklistItem addItem(String code, ItemContent content) {
        template.requireEditable();
        int next = items.stream().mapToInt(ChecklistItem::getSeq).max().orElse(0) + 1;
        String itemCode = code != null ? code : nextCode(next);
        ChecklistItem item = new ChecklistItem(this, next, itemCode, content);
        items.add(item);
        return item;
    }

    private String nextCode(int next) {
        int n = next;
        String candidate = seq + "." + n;
        while (template.item(candidate).isPresent()) {
            candidate = seq + "." + (++n);
        }
        return candidate;
    }

    public void removeItem(ChecklistItem item) {
        template.requireEditable();
        items.remove(item);
    }

    public void rename(String newTitle) {
        template.requireEditable();
        if (newTitle == null || newTitle.isBlank()) {
            throw new BusinessRuleException("selfcheck.section.titleRequired");
        }
        this.title = newTitle.trim();
    }

    @Override
    public Long getId() {
        return id;
    }

    public ChecklistTemplate getTemplate() {
        return template;
    }

    public int getSeq() {
        return seq;
    }

    public String getTitle() {
        return title;
    }

    public List<ChecklistItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    @Override
    public String toString() {
        return seq + " " + title;
    }
}
