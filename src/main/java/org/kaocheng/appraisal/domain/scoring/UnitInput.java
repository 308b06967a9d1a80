package org.kaocheng.appraisal.domain.scoring;

/** A unit to score and the ranking group it is ranked in (null: a group of its own). */
public record UnitInput(Long unitId, String unitCode, String unitName, Long groupId) {}
