package org.kaocheng.selfcheck.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.platform.web.Uploads;
import org.kaocheng.selfcheck.domain.Evidence;
import org.kaocheng.selfcheck.domain.EvidenceFileNames;
import org.kaocheng.selfcheck.domain.EvidenceFileType;
import org.kaocheng.selfcheck.domain.EvidenceKind;
import org.kaocheng.selfcheck.domain.SelfCheckAnswer;

/**
 * Evidence (佐证材料) of a unit's answers. Uploads are checked before anything is kept: the
 * item must be editable by the user's own unit, the name free of path tricks, the size within
 * the limit (setting {@code selfcheck.evidence.maxBytes}), the type recognised from the content.
 * A refused upload leaves no file and no row; if the transaction rolls back after the file was
 * stored, the file is removed again. Downloads are for the unit itself and assessors only, and
 * the file's SHA-256 is verified before it is served.
 */
@ApplicationScoped
public class EvidenceService {

    private static final Logger LOG = Logger.getLogger(EvidenceService.class.getName());
    static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    @PersistenceContext(unitName = "kaocheng")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    EvidenceStore store;

    @Resource
    TransactionSynchronizationRegistry transactions;

    Clock clock = Clock.systemDefaultZone();

    /**
     * The largest file accepted, from the settings (20 MB unless changed), never more than the
     * servlet accepts ({@link Uploads#MAX_FILE_BYTES}): pages give it to p:fileUpload as its
     * sizeLimit, so that a larger file is refused in the browser with a message.
     */
    public long maxBytes() {
        return Math.min(settingMaxBytes(), Uploads.MAX_FILE_BYTES);
    }

    private long settingMaxBytes() {
        List<?> rows = em.createNativeQuery("SELECT setting_value FROM app_setting WHERE setting_key = ?1")
                .setParameter(1, "selfcheck.evidence.maxBytes")
                .getResultList();
        if (rows.isEmpty()) {
            return DEFAULT_MAX_BYTES;
        }
        try {
            return Long.parseLong(rows.get(0).toString().trim());
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_BYTES;
        }
    }

    @Transactional
    public Evidence upload(Long answerId, String fileName, InputStream content) {
        SelfCheckAnswer answer = editableAnswer(answerId);
        return store(answer, fileName, content, null);
    }

    /** A new version of a file: the old one stays stored and on record, marked superseded. */
    @Transactional
    public Evidence replace(Long evidenceId, String fileName, InputStream content) {
        Evidence old = evidence(evidenceId);
        SelfCheckAnswer answer = editableAnswer(old.getAnswer().getId());
        if (!old.isCurrent()) {
            throw new BusinessRuleException("selfcheck.evidence.notCurrent");
        }
        return store(answer, fileName, content, old);
    }

    private Evidence store(SelfCheckAnswer answer, String fileName, InputStream content, Evidence replaced) {
        StoredFile file = storeFile(fileName, content);
        try {
            Evidence evidence = Evidence.file(
                    answer,
                    file.displayName(),
                    file.storedName(),
                    file.type(),
                    file.size(),
                    file.sha256(),
                    user.getUsername(),
                    LocalDateTime.now(clock));
            if (replaced != null) {
                replaced.supersedeBy(evidence);
            }
            em.persist(evidence);
            em.flush();
            return evidence;
        } catch (RuntimeException e) {
            store.removeUncommitted(file.storedName());
            throw e;
        }
    }

    /** A file kept in the evidence store for a record; its name and type as checked on upload. */
    public record StoredFile(String displayName, String storedName, EvidenceFileType type, long size, String sha256) {}

    /**
     * Checks and stores an uploaded file for a record of this or another capability (e.g. an
     * appraisal objection's evidence) under the same rules as self-check evidence: sanitised
     * name, size limit, type by content and matching the name. Must be called in the caller's
     * transaction: if it does not commit, the file is removed again. Access checks are the caller's.
     */
    public StoredFile storeFile(String fileName, InputStream content) {
        String displayName = EvidenceFileNames.displayName(fileName);
        EvidenceStore.StagedFile staged = store.stage(content, maxBytes());
        if (!staged.type().fitsName(displayName)) {
            store.discard(staged);
            throw new BusinessRuleException(
                    "selfcheck.evidence.nameMismatch",
                    displayName,
                    staged.type().name().toLowerCase(Locale.ROOT));
        }
        String storedName = store.commit(staged);
        removeOnRollback(storedName);
        return new StoredFile(displayName, storedName, staged.type(), staged.size(), staged.sha256());
    }

    /** The path of a stored file after checking it still has the SHA-256 recorded at upload. */
    public java.nio.file.Path verifiedPath(String storedName, String sha256, String displayName) {
        if (!store.sha256(storedName).equals(sha256)) {
            LOG.severe(() -> "Stored file " + storedName + " does not match its recorded SHA-256");
            throw new BusinessRuleException("selfcheck.evidence.corrupt", displayName);
        }
        return store.resolve(storedName);
    }

    /** In the container: if the transaction does not commit, the stored file goes too. */
    private void removeOnRollback(String storedName) {
        if (transactions == null) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    LOG.info(() -> "Evidence transaction rolled back; removing " + storedName);
                    store.removeUncommitted(storedName);
                }
            }
        });
    }

    /** A link to a published page (http or https only). */
    @Transactional
    public Evidence addLink(Long answerId, String title, String url) {
        SelfCheckAnswer answer = editableAnswer(answerId);
        String checkedUrl = checkedUrl(url);
        String label = title == null || title.isBlank() ? checkedUrl : title.strip();
        if (label.length() > 255) {
            label = label.substring(0, 255);
        }
        Evidence evidence = Evidence.link(answer, label, checkedUrl, user.getUsername(), LocalDateTime.now(clock));
        em.persist(evidence);
        em.flush();
        return evidence;
    }

    static String checkedUrl(String url) {
        if (url == null || url.isBlank() || url.length() > 1000) {
            throw new BusinessRuleException("selfcheck.evidence.urlInvalid");
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new BusinessRuleException("selfcheck.evidence.urlInvalid");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new BusinessRuleException("selfcheck.evidence.urlInvalid");
        }
    }

    /** Takes evidence off the item; the row and file stay on record. */
    @Transactional
    public void withdraw(Long evidenceId) {
        Evidence evidence = evidence(evidenceId);
        editableAnswer(evidence.getAnswer().getId());
        evidence.withdraw();
        em.flush();
    }

    /** A file (verified against its recorded SHA-256) or link, for the unit itself or an assessor. */
    public EvidenceDownload download(Long evidenceId) {
        Evidence evidence = evidenceId == null ? null : em.find(Evidence.class, evidenceId);
        if (evidence == null) {
            throw new AccessDeniedException("no such evidence " + evidenceId);
        }
        SelfCheckAccess.requireEvidenceReader(user, evidence.getUnitId());
        if (evidence.getKind() == EvidenceKind.LINK) {
            return new EvidenceDownload(EvidenceKind.LINK, evidence.getDisplayName(), null, 0, null, evidence.getUrl());
        }
        return new EvidenceDownload(
                EvidenceKind.FILE,
                evidence.getDisplayName(),
                evidence.getFileType().getMediaType(),
                evidence.getSizeBytes(),
                verifiedPath(evidence.getStoredName(), evidence.getSha256(), evidence.getDisplayName()),
                null);
    }

    private Evidence evidence(Long evidenceId) {
        Evidence evidence = evidenceId == null ? null : em.find(Evidence.class, evidenceId);
        if (evidence == null) {
            throw new AccessDeniedException("no such evidence " + evidenceId);
        }
        if (!SelfCheckAccess.ownUnit(user, evidence.getUnitId())) {
            throw new AccessDeniedException("evidence of unit " + evidence.getUnitId() + " may not be changed");
        }
        return evidence;
    }

    private SelfCheckAnswer editableAnswer(Long answerId) {
        SelfCheckAnswer answer = answerId == null ? null : em.find(SelfCheckAnswer.class, answerId);
        if (answer == null) {
            throw new AccessDeniedException("no such answer " + answerId);
        }
        SelfCheckAccess.requireFiller(user, answer.getSelfCheck());
        if (!answer.getSelfCheck().isEditable() || !answer.isEditable()) {
            throw new BusinessRuleException(
                    "selfcheck.answer.notEditable", answer.getItem().getCode());
        }
        return answer;
    }
}
