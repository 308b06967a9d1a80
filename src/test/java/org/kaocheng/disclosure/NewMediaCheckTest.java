package org.kaocheng.disclosure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kaocheng.disclosure.domain.MediaPlatform;
import org.kaocheng.disclosure.domain.NewMediaAccount;
import org.kaocheng.disclosure.domain.NewMediaCheck;
import org.kaocheng.disclosure.domain.UpdateSource;

/** Check on 2024-06-15: the veto threshold is 06-01 (15 − 14 days), the zombie one 03-15 (− 3 months). */
class NewMediaCheckTest {

    private static final LocalDate CHECK = LocalDate.of(2024, 6, 15);
    private static final LocalDate OPENED = LocalDate.of(2023, 1, 1);

    @Test
    void anUpdateFourteenDaysBeforeTheCheckStillCounts() {
        assertFalse(
                NewMediaCheck.of(CHECK, OPENED, LocalDate.of(2024, 6, 1), 14, 3).vetoFailed());
    }

    @Test
    void noUpdateInTheFourteenDaysBeforeTheCheckIsASingleVeto() {
        NewMediaCheck c = NewMediaCheck.of(CHECK, OPENED, LocalDate.of(2024, 5, 31), 14, 3);
        assertTrue(c.vetoFailed());
        assertFalse(c.zombie());
    }

    @Test
    void silentForMoreThanThreeMonthsIsAZombie() {
        assertFalse(
                NewMediaCheck.of(CHECK, OPENED, LocalDate.of(2024, 3, 15), 14, 3)
                        .zombie(),
                "exactly 3 months");
        NewMediaCheck c = NewMediaCheck.of(CHECK, OPENED, LocalDate.of(2024, 3, 14), 14, 3);
        assertTrue(c.zombie());
        assertTrue(c.vetoFailed());
    }

    @Test
    void aNewAccountWithoutPostsIsJudgedFromItsOpeningDay() {
        assertFalse(
                NewMediaCheck.of(CHECK, LocalDate.of(2024, 6, 5), null, 14, 3).vetoFailed());
        assertTrue(
                NewMediaCheck.of(CHECK, LocalDate.of(2024, 1, 5), null, 14, 3).zombie());
    }

    @Test
    void theAccountChecksOnlyUpdatesUpToTheCheckDateAndNothingWhenClosed() {
        NewMediaAccount a = new NewMediaAccount(
                new org.kaocheng.unit.domain.Unit(
                        "U", "单位", org.kaocheng.unit.domain.UnitCategory.DEPARTMENT, null, null),
                MediaPlatform.WECHAT,
                "XX发布",
                OPENED);
        a.recordUpdate(LocalDate.of(2024, 5, 20), UpdateSource.POST);
        a.recordUpdate(LocalDate.of(2024, 6, 20), UpdateSource.POST);
        assertTrue(a.check(CHECK, 14, 3).vetoFailed(), "the 06-20 post is after the check");
        a.close(LocalDate.of(2024, 6, 10));
        assertNull(a.check(CHECK, 14, 3));
    }
}
