package org.kaocheng.selfcheck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaocheng.platform.BusinessRuleException;
import org.kaocheng.platform.security.AccessDeniedException;
import org.kaocheng.platform.security.CurrentUser;
import org.kaocheng.selfcheck.application.EvidenceDownload;
import org.kaocheng.selfcheck.application.EvidenceStore;
import org.kaocheng.selfcheck.application.SelfCheckTestAccess;
import org.kaocheng.selfcheck.domain.Evidence;
import org.kaocheng.selfcheck.domain.EvidenceFileType;
import org.kaocheng.selfcheck.domain.SelfCheckAnswer;
import org.kaocheng.testsupport.TestDatabase;

/**
 * Uploads of real small files of every accepted kind and of hostile ones, on H2 and PostgreSQL:
 * a refused upload leaves no file in the evidence directory and no row in the database.
 */
class EvidenceUploadTest {

    @TempDir
    Path evidenceDir;

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static long filesIn(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long rows(SelfCheckWorld w) {
        return w.em.createQuery("SELECT COUNT(e) FROM Evidence e", Long.class).getSingleResult();
    }

    /** The SQL state of the first SQLException in the cause chain, or null. */
    private static String sqlState(Throwable refused) {
        for (Throwable t = refused; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** The evidence store in the test's directory, recording which files it stored and removed again. */
    private static final class RecordingStore extends EvidenceStore {

        private final Path directory;
        final List<String> committed = new ArrayList<>();
        final List<String> removed = new ArrayList<>();
        final List<Boolean> presentWhenRemoved = new ArrayList<>();

        RecordingStore(Path directory) {
            this.directory = directory.toAbsolutePath().normalize();
        }

        @Override
        public synchronized Path root() {
            return directory;
        }

        @Override
        public String commit(StagedFile staged) {
            String name = super.commit(staged);
            committed.add(name);
            return name;
        }

        @Override
        public void removeUncommitted(String storedName) {
            removed.add(storedName);
            presentWhenRemoved.add(Files.exists(resolve(storedName)));
            super.removeUncommitted(storedName);
        }
    }

    private static SelfCheckAnswer firstAnswerOfA(SelfCheckWorld w) {
        w.openCampaign();
        return w.load(w.selfCheckOf(w.unitA)).getAnswers().get(0);
    }

    private static Evidence upload(SelfCheckWorld w, Long answerId, String name, byte[] content) {
        return w.tx(e -> w.as(w.operatorA).evidence().upload(answerId, name, new ByteArrayInputStream(content)));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyAcceptedKindIsRecognisedByContentAndStoredUnderAGeneratedNameWithItsChecksum(TestDatabase db) {
        try (SelfCheckWorld w = new SelfCheckWorld(db, evidenceDir)) {
            Long answerId = firstAnswerOfA(w).getId();
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("政务公开网站截图.pdf", EvidenceSamples.pdf());
            files.put("栏目截图.png", EvidenceSamples.png());
            files.put("现场照片.jpg", EvidenceSamples.jpeg());
            files.put("动图.gif", EvidenceSamples.gif());
            files.put("主动公开台账.xlsx", EvidenceSamples.xlsx());
            files.put("自查说明.docx", EvidenceSamples.docx());
            files.put("旧版台账.xls", EvidenceSamples.xls());
            files.put("旧版说明.doc", EvidenceSamples.doc());
            files.put("汇报.pptx", EvidenceSamples.pptx());
            files.put("旧版汇报.ppt", EvidenceSamples.ppt());
            List<EvidenceFileType> expected = List.of(
                    EvidenceFileType.PDF,
                    EvidenceFileType.PNG,
                    EvidenceFileType.JPEG,
                    EvidenceFileType.GIF,
                    EvidenceFileType.XLSX,
                    EvidenceFileType.DOCX,
                    EvidenceFileType.XLS,
                    EvidenceFileType.DOC,
                    EvidenceFileType.PPTX,
                    EvidenceFileType.PPT);
            int i = 0;
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Evidence e = upload(w, answerId, file.getKey(), file.getValue());
                assertEquals(expected.get(i++), e.getFileType(), file.getKey());
                assertEquals(file.getKey(), e.getDisplayName(), "the Chinese name is kept for display");
                assertFalse(e.getStoredName().contains(file.getKey()), "stored under a generated name");
                assertEquals(sha256(file.getValue()), e.getSha256());
                assertEquals(file.getValue().length, e.getSizeBytes());
                Path stored = w.store.resolve(e.getStoredName());
                assertTrue(stored.startsWith(evidenceDir));
                assertTrue(Files.exists(stored));
            }
            assertEquals(10, rows(w));
            assertEquals(10, filesIn(evidenceDir), "and no temporary file left over");
            assertEquals(20L * 1024 * 1024, w.as(w.operatorA).evidence().maxBytes(), "20 MB by default");
            // the pages give this limit to the browser: never above the 25 MB the servlet accepts
            w.tx(e -> e.createNativeQuery("UPDATE app_setting SET setting_value = '104857600'"
                            + " WHERE setting_key = 'selfcheck.evidence.maxBytes'")
                    .executeUpdate());
            assertEquals(25L * 1024 * 1024, w.as(w.operatorA).evidence().maxBytes(), "a setting of 100 MB");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void hostileUploadsAreRefusedWithAMessageAndLeaveNothingBehind(TestDatabase db) {
        try (SelfCheckWorld w = new SelfCheckWorld(db, evidenceDir)) {
            Long answerId = firstAnswerOfA(w).getId();
            Map<String, byte[]> wrongContent = new LinkedHashMap<>();
            wrongContent.put("通知.pdf", EvidenceSamples.elf());
            wrongContent.put("setup.pdf", EvidenceSamples.pe());
            wrongContent.put("run.pdf", EvidenceSamples.shellScript());
            wrongContent.put("page.html", EvidenceSamples.html());
            wrongContent.put("截图.png", EvidenceSamples.html());
            wrongContent.put("台账.xlsx", EvidenceSamples.plainZip());
            wrongContent.put("空文件.pdf", new byte[0]);
            wrongContent.put("安装包.doc", EvidenceSamples.otherOle2());
            for (Map.Entry<String, byte[]> file : wrongContent.entrySet()) {
                BusinessRuleException refused = assertThrows(
                        BusinessRuleException.class,
                        () -> upload(w, answerId, file.getKey(), file.getValue()),
                        file.getKey());
                assertTrue(refused.getMessageKey().startsWith("selfcheck.evidence."), refused.getMessageKey());
            }
            BusinessRuleException mismatch = assertThrows(
                    BusinessRuleException.class, () -> upload(w, answerId, "截图.pdf", EvidenceSamples.png()));
            assertEquals("selfcheck.evidence.nameMismatch", mismatch.getMessageKey(), "a PNG may not pass as a PDF");

            for (String name : List.of(
                    "../../etc/passwd",
                    "..\\..\\windows\\win.ini",
                    "/etc/passwd.pdf",
                    "C:\\Users\\a.pdf",
                    "a\u0000.pdf",
                    "报告\n.pdf",
                    "..",
                    ".htaccess",
                    "gpj.\u202Eexe.pdf",
                    "a/../../b.pdf",
                    "")) {
                BusinessRuleException refused = assertThrows(
                        BusinessRuleException.class, () -> upload(w, answerId, name, EvidenceSamples.pdf()), name);
                assertEquals("selfcheck.evidence.badName", refused.getMessageKey(), name);
            }

            w.tx(e -> e.createNativeQuery("UPDATE app_setting SET setting_value = '1024'"
                            + " WHERE setting_key = 'selfcheck.evidence.maxBytes'")
                    .executeUpdate());
            byte[] big = new byte[4096];
            System.arraycopy(EvidenceSamples.pdf(), 0, big, 0, EvidenceSamples.pdf().length);
            BusinessRuleException tooLarge =
                    assertThrows(BusinessRuleException.class, () -> upload(w, answerId, "大文件.pdf", big));
            assertEquals("selfcheck.evidence.tooLarge", tooLarge.getMessageKey());

            // the database refuses the row after the file was stored (an uploader name too long for
            // its column): the stored file is removed again
            var longName =
                    SelfCheckWorld.account("u".repeat(60), w.unitA, org.kaocheng.platform.security.Role.UNIT_OPERATOR);
            RecordingStore recording = new RecordingStore(evidenceDir);
            PersistenceException refusedRow = assertThrows(
                    PersistenceException.class,
                    () -> w.tx(e -> SelfCheckTestAccess.services(w.em, CurrentUser.of(longName), recording, w.clock)
                            .evidence()
                            .upload(answerId, "截图.pdf", new ByteArrayInputStream(EvidenceSamples.pdf()))));
            assertEquals("22001", sqlState(refusedRow), "the database refused a value too long: " + refusedRow);
            assertEquals(1, recording.committed.size(), "the file was stored before the row was refused");
            assertEquals(recording.committed, recording.removed, "and that file was removed again");
            assertEquals(List.of(true), recording.presentWhenRemoved, "it was there to remove");
            w.em.clear();

            assertEquals(0, rows(w), "no row");
            assertEquals(0, filesIn(evidenceDir), "no file, not even a partial one");
            assertEquals(
                    1,
                    upload(w, answerId, "小文件.pdf", EvidenceSamples.pdf()).getSizeBytes() > 0 ? 1 : 0,
                    "a file within the limit is still accepted");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aReplacementIsANewVersionAndDownloadsAreVerifiedAndOnlyForTheUnitAndAssessors(TestDatabase db)
            throws IOException {
        try (SelfCheckWorld w = new SelfCheckWorld(db, evidenceDir)) {
            Long answerId = firstAnswerOfA(w).getId();
            byte[] first = EvidenceSamples.pdf();
            Evidence original = upload(w, answerId, "截图.pdf", first);
            byte[] second = EvidenceSamples.png();
            Evidence replacement = w.tx(e -> w.as(w.operatorA)
                    .evidence()
                    .replace(original.getId(), "新截图.png", new ByteArrayInputStream(second)));
            assertNotEquals(original.getStoredName(), replacement.getStoredName());
            assertArrayEquals(
                    first,
                    Files.readAllBytes(w.store.resolve(original.getStoredName())),
                    "the replaced file is kept as it was");
            Evidence old = w.em.find(Evidence.class, original.getId());
            assertTrue(old.isSuperseded());
            assertEquals(
                    original.getId(),
                    w.em.find(Evidence.class, replacement.getId()).getReplaces().getId());
            assertThrows(
                    BusinessRuleException.class,
                    () -> w.tx(e -> w.as(w.operatorA)
                            .evidence()
                            .replace(original.getId(), "再次.pdf", new ByteArrayInputStream(first))),
                    "only the current version");
            assertEquals(
                    List.of(replacement.getId()),
                    w.as(w.operatorA).selfChecks().currentEvidence(w.selfCheckOf(w.unitA)).stream()
                            .map(Evidence::getId)
                            .toList());
            assertEquals(
                    2, w.as(w.operatorA).selfChecks().evidenceHistory(answerId).size());

            EvidenceDownload own = w.as(w.operatorA).evidence().download(replacement.getId());
            assertArrayEquals(second, Files.readAllBytes(own.path()));
            assertEquals("image/png", own.mediaType());
            assertEquals("新截图.png", own.displayName());
            assertArrayEquals(
                    second,
                    Files.readAllBytes(w.as(w.assessor)
                            .evidence()
                            .download(replacement.getId())
                            .path()));
            assertThrows(
                    AccessDeniedException.class,
                    () -> w.as(w.operatorB).evidence().download(replacement.getId()));

            Evidence link = w.tx(e -> w.as(w.operatorA)
                    .evidence()
                    .addLink(answerId, "政府信息公开专栏", "https://www.example.gov.cn/zwgk/2026/q3.html"));
            assertEquals(
                    "https://www.example.gov.cn/zwgk/2026/q3.html",
                    w.as(w.assessor).evidence().download(link.getId()).url());
            for (String bad : List.of("javascript:alert(1)", "file:///etc/passwd", "ftp://x.cn/a", "not a url")) {
                assertThrows(
                        BusinessRuleException.class,
                        () -> w.tx(e -> w.as(w.operatorA).evidence().addLink(answerId, "x", bad)),
                        bad);
            }

            Files.write(w.store.resolve(replacement.getStoredName()), EvidenceSamples.gif());
            BusinessRuleException corrupt = assertThrows(
                    BusinessRuleException.class,
                    () -> w.as(w.assessor).evidence().download(replacement.getId()));
            assertEquals("selfcheck.evidence.corrupt", corrupt.getMessageKey(), "a changed file is not served");
        }
    }
}
