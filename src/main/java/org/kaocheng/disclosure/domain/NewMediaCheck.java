package org.kaocheng.disclosure.domain;

import java.time.LocalDate;

/**
 * The update checks of 国办秘函〔2019〕19号 and local notices, at a check date C, for an account
 * active on C. The account's last sign of life is its last update on or before C, or its
 * opening day when it never posted.
 * <ul>
 * <li>Single veto (单项否决): no update in the {@code vetoDays} (14) days before the check, i.e.
 * the last sign of life is before C − 14 days. An update on C − 14 still counts.</li>
 * <li>Zombie (僵尸账号): silent for more than {@code zombieMonths} (3) months, i.e. the last sign
 * of life is before C minus 3 months.</li>
 * </ul>
 * The same thresholds feed the SQL of the lists ({@link #vetoSince}, {@link #zombieSince}).
 */
public record NewMediaCheck(LocalDate checkDate, LocalDate lastSignOfLife, boolean vetoFailed, boolean zombie) {

    public static LocalDate vetoSince(LocalDate checkDate, int vetoDays) {
        return checkDate.minusDays(vetoDays);
    }

    public static LocalDate zombieSince(LocalDate checkDate, int zombieMonths) {
        return checkDate.minusMonths(zombieMonths);
    }

    /** @param lastUpdate the last update on or before the check date, or null */
    public static NewMediaCheck of(
            LocalDate checkDate, LocalDate openedOn, LocalDate lastUpdate, int vetoDays, int zombieMonths) {
        LocalDate life = lastUpdate != null ? lastUpdate : openedOn;
        return new NewMediaCheck(
                checkDate,
                life,
                life.isBefore(vetoSince(checkDate, vetoDays)),
                life.isBefore(zombieSince(checkDate, zombieMonths)));
    }
}
