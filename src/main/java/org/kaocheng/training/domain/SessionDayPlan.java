package org.kaocheng.training.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** A day of a session as entered: the date and the start and end time. */
public record SessionDayPlan(LocalDate date, LocalTime start, LocalTime end) implements Serializable {}
