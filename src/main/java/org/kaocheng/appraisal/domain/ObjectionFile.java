package org.kaocheng.appraisal.domain;

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
import java.time.LocalDateTime;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.persistence.VersionedEntity;
import org.kaocheng.selfcheck.domain.EvidenceFileType;

/** A file a unit attached to its objection as evidence; never changed once stored. */
@Entity
@Table(name = "appraisal_objection_file")
@NamedQuery(
        name = "ObjectionFile.ofObjections",
        query = "SELECT f FROM ObjectionFile f WHERE f.objection.id IN :objectionIds ORDER BY f.id")
@NamedQuery(
        name = "ObjectionFile.countOf",
        query = "SELECT COUNT(f) FROM ObjectionFile f WHERE f.objection.id = :objectionId")
public class ObjectionFile extends VersionedEntity {

    /** Enough for screenshots and a notice or two; more is a sign the objection should be split. */
    public static final int MAX_PER_OBJECTION = 10;

    @Id
    @SequenceGenerator(
            name = "appraisal_objection_file_seq",
            sequenceName = "appraisal_objection_file_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_objection_file_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "objection_id")
    private Objection objection;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "stored_name")
    private String storedName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type")
    private EvidenceFileType fileType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    @Column(name = "sha256")
    private String sha256;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private LocalDateTime uploadedAt;

    protected ObjectionFile() {}

    /** Only while the objection is open and the objection period runs. */
    public ObjectionFile(
            Objection objection,
            long filesSoFar,
            String displayName,
            String storedName,
            EvidenceFileType fileType,
            long sizeBytes,
            String sha256,
            String by,
            LocalDateTime at) {
        requireAttachable(objection, filesSoFar, at.toLocalDate());
        this.objection = objection;
        this.displayName = displayName;
        this.storedName = storedName;
        this.fileType = fileType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    /** Whether a file may be attached now; asked before an upload is read, so a refusal stores nothing. */
    public static void requireAttachable(Objection objection, long filesSoFar, LocalDate day) {
        if (objection.getStatus() != ObjectionStatus.OPEN) {
            throw new BusinessRuleException("appraisal.objection.answered");
        }
        if (!objection.getRun().acceptsObjectionsOn(day)) {
            throw new BusinessRuleException("appraisal.objection.closed");
        }
        if (filesSoFar >= MAX_PER_OBJECTION) {
            throw new BusinessRuleException("appraisal.objection.file.tooMany", MAX_PER_OBJECTION);
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public Objection getObjection() {
        return objection;
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

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }

    @Override
    public String toString() {
        return "ObjectionFile[" + id + " " + displayName + "]";
    }
}
