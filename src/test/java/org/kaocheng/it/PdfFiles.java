package org.kaocheng.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/** Reads downloaded PDFs the way a person would see them: their text, through poppler's pdftotext. */
public final class PdfFiles {

    private PdfFiles() {}

    /** The text of the PDF (pdftotext from poppler-utils, UTF-8); fails if it is not a PDF. */
    public static String text(Path pdf) {
        try {
            byte[] head = new byte[5];
            try (var in = Files.newInputStream(pdf)) {
                in.readNBytes(head, 0, 5);
            }
            if (!"%PDF-".equals(new String(head, StandardCharsets.ISO_8859_1))) {
                throw new AssertionError(pdf + " is not a PDF");
            }
            Process p = new ProcessBuilder(
                            System.getProperty("kaocheng.it.pdftotext", "pdftotext"),
                            "-enc",
                            "UTF-8",
                            pdf.toAbsolutePath().toString(),
                            "-")
                    .redirectErrorStream(true)
                    .start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("pdftotext failed on " + pdf + ": " + new String(out, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text without any white space, for values a layout may break across lines (checksums). */
    public static String compactText(Path pdf) {
        return text(pdf).replaceAll("\\s+", "");
    }

    public static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
