package org.kaocheng.selfcheck.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Recognises an evidence file's type from its content (magic bytes and, for Office files,
 * their container structure). Anything else is unknown and refused: executables (ELF, PE),
 * scripts, HTML, plain archives.
 */
public final class EvidenceFileTypes {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = {'G', 'I', 'F', '8', '7', 'a'};
    private static final byte[] GIF89 = {'G', 'I', 'F', '8', '9', 'a'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    private EvidenceFileTypes() {}

    /** The type of the file's content, or empty if it is not one the product accepts. */
    public static Optional<EvidenceFileType> detect(Path file) throws IOException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        byte[] start = Arrays.copyOf(head, read);
        if (startsWith(start, PDF)) {
            return Optional.of(EvidenceFileType.PDF);
        }
        if (startsWith(start, PNG)) {
            return Optional.of(EvidenceFileType.PNG);
        }
        if (startsWith(start, JPEG)) {
            return Optional.of(EvidenceFileType.JPEG);
        }
        if (startsWith(start, GIF87) || startsWith(start, GIF89)) {
            return Optional.of(EvidenceFileType.GIF);
        }
        if (startsWith(start, ZIP)) {
            return ooxml(file);
        }
        if (startsWith(start, OLE2)) {
            return ole2(file);
        }
        return Optional.empty();
    }

    /** An OOXML document is a zip with [Content_Types].xml and the part folder of its kind. */
    private static Optional<EvidenceFileType> ooxml(Path file) {
        Set<String> names = new HashSet<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                names.add(entries.nextElement().getName());
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(EvidenceFileType.DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(EvidenceFileType.XLSX);
        }
        if (names.contains("ppt/presentation.xml")) {
            return Optional.of(EvidenceFileType.PPTX);
        }
        return Optional.empty();
    }

    /** A legacy Office file is an OLE2 container with the stream of its kind. */
    private static Optional<EvidenceFileType> ole2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            Set<String> entries = fs.getRoot().getEntryNames();
            if (entries.contains("WordDocument")) {
                return Optional.of(EvidenceFileType.DOC);
            }
            if (entries.contains("Workbook") || entries.contains("Book")) {
                return Optional.of(EvidenceFileType.XLS);
            }
            if (entries.contains("PowerPoint Document")) {
                return Optional.of(EvidenceFileType.PPT);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
