package org.kaocheng.selfcheck.domain;

import java.util.Locale;
import java.util.Set;

/**
 * The file types accepted as evidence, as recognised from their content (never from their
 * name), with the media type they are served as and the extensions a name may carry.
 */
public enum EvidenceFileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls"),
    PPT("application/vnd.ms-powerpoint", "ppt");

    private final String mediaType;
    private final Set<String> extensions;

    EvidenceFileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = Set.of(extensions);
    }

    public String getMediaType() {
        return mediaType;
    }

    public Set<String> getExtensions() {
        return extensions;
    }

    /** Whether a file name's extension fits this type (a PNG may not be called .pdf). */
    public boolean fitsName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
