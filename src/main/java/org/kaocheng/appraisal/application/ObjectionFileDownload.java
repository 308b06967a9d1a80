package org.kaocheng.appraisal.application;

import java.nio.file.Path;

/** An objection's file as the download servlet streams it (already checked against its SHA-256). */
public record ObjectionFileDownload(String name, String mediaType, long size, Path path) {}
