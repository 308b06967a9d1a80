package org.kaocheng.selfcheck.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.startup.KaochengConfig;
import org.kaocheng.selfcheck.domain.EvidenceFileType;
import org.kaocheng.selfcheck.domain.EvidenceFileTypes;

/**
 * Evidence files on disk, outside the webroot: {@code KAOCHENG_EVIDENCE_DIR} (environment, or
 * system property {@code kaocheng.evidence.dir}), by default {@code <jboss.server.data.dir>/
 * kaocheng-evidence}. An upload is first written to {@code .incoming/} while its SHA-256 and
 * size are computed, its type is recognised from its content, and only then is it moved under a
 * generated name that never existed before (a file is never overwritten). A refused upload
 * leaves nothing behind.
 */
@ApplicationScoped
public class EvidenceStore {

    private static final Logger LOG = Logger.getLogger(EvidenceStore.class.getName());
    private static final String INCOMING = ".incoming";

    private Path root;

    public EvidenceStore() {
        // for CDI; the directory is resolved on first use
    }

    /** For tests: a store in the given directory. */
    public static EvidenceStore in(Path directory) {
        EvidenceStore store = new EvidenceStore();
        store.root = directory.toAbsolutePath().normalize();
        return store;
    }

    /** An upload that passed every check, waiting for its database row. */
    public record StagedFile(Path path, long size, String sha256, EvidenceFileType type) {}

    public synchronized Path root() {
        if (root == null) {
            Optional<String> configured = KaochengConfig.get("KAOCHENG_EVIDENCE_DIR");
            String base = configured.orElseGet(() -> Optional.ofNullable(System.getProperty("jboss.server.data.dir"))
                    .map(d -> Paths.get(d, "kaocheng-evidence").toString())
                    .orElseGet(() -> Paths.get(System.getProperty("java.io.tmpdir"), "kaocheng-evidence")
                            .toString()));
            root = Paths.get(base).toAbsolutePath().normalize();
        }
        return root;
    }

    /**
     * Writes the content to a temporary file, refusing it (and deleting what was written) if it
     * is larger than {@code maxBytes} or not of an accepted type.
     */
    public StagedFile stage(InputStream content, long maxBytes) {
        Path incoming = root().resolve(INCOMING);
        Path temp = null;
        try {
            Files.createDirectories(incoming);
            temp = Files.createTempFile(incoming, "up-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out =
                    new DigestOutputStream(Files.newOutputStream(temp, StandardOpenOption.WRITE), sha)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = content.read(buffer)) > 0) {
                    size += n;
                    if (size > maxBytes) {
                        throw new BusinessRuleException("selfcheck.evidence.tooLarge", maxBytes / (1024 * 1024));
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw new BusinessRuleException("selfcheck.evidence.empty");
            }
            EvidenceFileType type = EvidenceFileTypes.detect(temp)
                    .orElseThrow(() -> new BusinessRuleException("selfcheck.evidence.typeRefused"));
            StagedFile staged = new StagedFile(temp, size, HexFormat.of().formatHex(sha.digest()), type);
            temp = null; // kept: the caller commits or discards it
            return staged;
        } catch (IOException e) {
            throw new UncheckedIOException("evidence upload could not be written", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /** Moves a staged file to its permanent, newly generated name (relative to the root). */
    public String commit(StagedFile staged) {
        LocalDate today = LocalDate.now();
        String name = String.format("%04d/%02d/%s.bin", today.getYear(), today.getMonthValue(), UUID.randomUUID());
        Path target = resolve(name);
        try {
            Files.createDirectories(target.getParent());
            // ATOMIC_MOVE without REPLACE_EXISTING: an existing file is never replaced.
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            Files.move(staged.path(), target, StandardCopyOption.ATOMIC_MOVE);
            return name;
        } catch (IOException e) {
            discard(staged);
            throw new UncheckedIOException("evidence file could not be stored", e);
        }
    }

    public void discard(StagedFile staged) {
        deleteQuietly(staged.path());
    }

    /** Removes a file whose database row was never committed (compensation only). */
    public void removeUncommitted(String storedName) {
        deleteQuietly(resolve(storedName));
    }

    public InputStream open(String storedName) throws IOException {
        return Files.newInputStream(resolve(storedName));
    }

    /** The SHA-256 of a stored file as it is now (to prove it is unchanged). */
    public String sha256(String storedName) {
        try (InputStream in = open(storedName)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path of a stored name; names are generated, but a name leaving the root is refused anyway. */
    public Path resolve(String storedName) {
        Path path = root().resolve(storedName).normalize();
        if (!path.startsWith(root()) || path.equals(root())) {
            throw new IllegalArgumentException("stored name outside the evidence directory: " + storedName);
        }
        return path;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + path, e);
        }
    }
}
