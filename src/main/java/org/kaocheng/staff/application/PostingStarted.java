package org.kaocheng.staff.application;

import java.time.LocalDate;
import org.kaocheng.staff.domain.PostType;

/**
 * Fired inside the transaction whenever a posting starts (appointment, transfer arrival,
 * concurrent post), so that other capabilities can react, e.g. training creates the induction
 * requirement of a new designated officer.
 */
public record PostingStarted(Long postingId, Long staffId, Long unitId, PostType postType, LocalDate startDate) {}
