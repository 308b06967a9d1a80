package org.kaocheng.disclosure.application;

import java.time.LocalDate;

/** A year of new-media supervision: the check on {@code checkDay} and the accounts closed in the year. */
public record NewMediaYear(
        LocalDate checkDay, long accountsChecked, long vetoFailed, long zombiesFound, long closed, long zombiesClosed)
        implements java.io.Serializable {

    public LocalDate getCheckDay() {
        return checkDay;
    }

    public long getAccountsChecked() {
        return accountsChecked;
    }

    public long getVetoFailed() {
        return vetoFailed;
    }

    public long getZombiesFound() {
        return zombiesFound;
    }

    public long getClosed() {
        return closed;
    }

    public long getZombiesClosed() {
        return zombiesClosed;
    }
}
