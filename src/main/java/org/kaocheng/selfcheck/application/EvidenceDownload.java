package org.kaocheng.selfcheck.application;

import java.nio.file.Path;
import org.kaocheng.selfcheck.domain.EvidenceKind;

/** What a download serves: a verified stored file, or the address of a linked page. */
public record EvidenceDownload(
        EvidenceKind kind, String displayName, String mediaType, long size, Path path, String url) {}
