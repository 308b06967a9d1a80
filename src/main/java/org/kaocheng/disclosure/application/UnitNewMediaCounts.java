package org.kaocheng.disclosure.application;

/** A unit's accounts active on the check date and how many fail each check. */
public record UnitNewMediaCounts(Long unitId, String unitName, long accounts, long vetoFailed, long zombies) {}
