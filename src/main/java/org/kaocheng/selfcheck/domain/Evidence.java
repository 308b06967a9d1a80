package org.kaocheng.selfcheck.domain;

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
import java.time.LocalDateTime;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;

/**
 * Evidence (佐证材料) for an answer: a file stored under a generated name with its SHA-256, or a
 * link to a published page. (Queries take {@code :no = false}: no boolean literals in JPQL.) A file is never overwritten or deleted: a replacement is a new
 * evidence row that supersedes the old one, and a withdrawn one stays on record.
 */
@Entity
@Table(name = "sc_evidence")
@NamedQuery(
        name = "Evidence.allOfAnswer",
        query = "SELECT e FROM Evidence e WHERE e.answer.id = :answerId ORDER BY e.uploadedAt, e.id")
@NamedQuery(
        name = "Evidence.currentOfSelfCheck",
        query = "SELECT e FROM Evidence e WHERE e.answer.selfCheck.id = :selfCheckId AND e.superseded = :no"
                + " AND e.withdrawn = :no ORDER BY e.answer.item.code, e.uploadedAt, e.id")
@NamedQuery(
        name = "Evidence.countCurrentOfAnswer",
        query = "SELECT COUNT(e) FROM Evidence e WHERE e.answer.id = :answerId AND e.superseded = :no"
                + " AND e.withdrawn = :no")
public class Evidence extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "sc_evidence_seq", sequenceName = "sc_evidence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sc_evidence_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "answer_id")
    private SelfCheckAnswer answer;

    /** The unit the evidence belongs to, kept for the access check of every download. */
    @Column(name = "unit_id")
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private EvidenceKind kind;

    /** The name the unit gave the file (shown, never used as a path). */
    @Column(name = "display_name")
    private String displayName;

    /** The generated name under the evidence directory. */
    @Column(name = "stored_name")
    private String storedName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type")
    private EvidenceFileType fileType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "sha256")
    private String sha256;

    @Column(name = "url")
    private String url;

    @Column(name = "uploaded_at")
    private LocalDateTime uploadedAt;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaces_id")
    private Evidence replaces;

    @Column(name = "superseded")
    private boolean superseded;

    @Column(name = "withdrawn")
    private boolean withdrawn;

    protected Evidence() {}

    public static Evidence file(
            SelfCheckAnswer answer,
            String displayName,
            String storedName,
            EvidenceFileType type,
            long size,
            String sha256,
            String actor,
            LocalDateTime now) {
        Evidence e = new Evidence(answer, EvidenceKind.FILE, displayName, actor, now);
        e.storedName = storedName;
        e.fileType = type;
        e.sizeBytes = size;
        e.sha256 = sha256;
        return e;
    }

    public static Evidence link(SelfCheckAnswer answer, String title, String url, String actor, LocalDateTime now) {
        Evidence e = new Evidence(answer, EvidenceKind.LINK, title, actor, now);
        e.url = url;
        return e;
    }

    private Evidence(SelfCheckAnswer answer, EvidenceKind kind, String displayName, String actor, LocalDateTime now) {
        this.answer = answer;
        this.unitId = answer.getSelfCheck().getUnit().getId();
        this.kind = kind;
        this.displayName = displayName;
        this.uploadedBy = actor;
        this.uploadedAt = now;
    }

    /** This evidence is replaced by a newer version; it stays on record with its file. */
    public void supersedeBy(Evidence newer) {
        if (superseded || withdrawn) {
            throw new BusinessRuleException("selfcheck.evidence.notCurrent");
        }
        superseded = true;
        newer.replaces = this;
    }

    public void withdraw() {
        if (superseded || withdrawn) {
            throw new BusinessRuleException("selfcheck.evidence.notCurrent");
        }
        withdrawn = true;
    }

    public boolean isCurrent() {
        return !superseded && !withdrawn;
    }

    @Override
    public Long getId() {
        return id;
    }

    public SelfCheckAnswer getAnswer() {
        return answer;
    }

    public Long getUnitId() {
        return unitId;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getStoredName() {
        return storedName;
    }

    public EvidenceFileType getFileType() {
        return fileType;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUrl() {
        return url;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Evidence getReplaces() {
        return replaces;
    }

    public boolean isSuperseded() {
        return superseded;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    @Override
    public String toString() {
        return kind + " " + displayName;
    }
}
