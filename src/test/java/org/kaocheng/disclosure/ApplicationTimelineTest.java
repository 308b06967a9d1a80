package org.kaocheng.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaocheng.disclosure.domain.AnswerOutcome;
import org.kaocheng.disclosure.domain.ApplicantType;
import org.kaocheng.disclosure.domain.ApplicationEventKind;
import org.kaocheng.disclosure.domain.ApplicationState;
import org.kaocheng.disclosure.domain.ApplicationTimeline;
import org.kaocheng.disclosure.domain.ApplicationTimeline.Facts;
import org.kaocheng.disclosure.domain.ApplicationTimeline.Pause;
import org.kaocheng.disclosure.domain.ApplicationTimeline.Result;
import org.kaocheng.disclosure.domain.ApplicationTimeline.Rules;
import org.kaocheng.disclosure.domain.InfoApplication;
import org.kaocheng.disclosure.domain.ReceiptChannel;
import org.kaocheng.platform.BusinessRuleException;

/**
 * The application clock (Art. 30–33) on the real 2024/2025 schedules, every due date worked out
 * by hand in the comments.
 */
class ApplicationTimelineTest {

    private static final CalendarFixture CAL = CalendarFixture.CHINA_2024_2026;
    private static final Rules RULES = Rules.STATUTORY;

    private static LocalDate d(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static Result run(Facts facts, String today) {
        return ApplicationTimeline.compute(facts, RULES, d(today), CAL);
    }

    /** Received Mon 2024-03-04, nothing else happens. */
    private static Facts plain(String answered) {
        return new Facts(
                d("2024-03-04"),
                null,
                null,
                List.of(),
                0,
                d(answered),
                answered == null ? null : AnswerOutcome.GRANTED);
    }

    // Received Mon 03-04: 03-05..03-08 (1-4), 03-11..03-15 (5-9), 03-18..03-22 (10-14),
    // 03-25..03-29 (15-19), 04-01 (20): due Mon 2024-04-01.

    @Test
    void answeredOnTheTwentiethWorkingDayIsOnTime() {
        Result r = run(plain("2024-04-01"), "2024-05-01");
        assertEquals(d("2024-04-01"), r.due());
        assertEquals(ApplicationState.ANSWERED_ON_TIME, r.state());
        assertEquals(d("2024-03-04"), r.startOn());
    }

    @Test
    void answeredTheDayAfterIsLateByOne() {
        Result r = run(plain("2024-04-02"), "2024-05-01");
        assertEquals(ApplicationState.ANSWERED_LATE, r.state());
        assertEquals(1, r.lateBy());
    }

    @Test
    void openWithSixWorkingDaysLeftIsOpenAndWithFiveIsDueSoon() {
        // 03-22 -> 04-01: 03-25..03-29, 04-01 = 6; 03-25 -> 04-01 = 5.
        assertEquals(ApplicationState.OPEN, run(plain(null), "2024-03-22").state());
        assertEquals(ApplicationState.DUE_SOON, run(plain(null), "2024-03-25").state());
        assertEquals(ApplicationState.DUE_SOON, run(plain(null), "2024-04-01").state());
    }

    @Test
    void unansweredAfterTheDueDayIsOverdue() {
        Result r = run(plain(null), "2024-04-03");
        assertEquals(ApplicationState.OVERDUE, r.state());
        assertEquals(2, r.lateBy(), "04-02, 04-03");
    }

    @Test
    void correctionRestartsTheTwentyDaysFromTheCorrectedApplication() {
        // Corrected application Wed 03-20: 03-21, 03-22 (1, 2), 03-25..03-29 (3-7), 04-01..04-03 (8-10),
        // Qingming 04-04..04-06, Sun 04-07 make-up (11), 04-08..04-12 (12-16), 04-15..04-18 (17-20).
        Facts f = new Facts(d("2024-03-04"), d("2024-03-08"), d("2024-03-20"), List.of(), 0, null, null);
        Result r = run(f, "2024-04-10");
        assertEquals(d("2024-03-20"), r.startOn());
        assertEquals(d("2024-04-18"), r.due());
        assertEquals(ApplicationState.OPEN, r.state(), "04-10 -> 04-18: 04-11, 04-12, 04-15..04-18 = 6 left");
        assertEquals(ApplicationState.DUE_SOON, run(f, "2024-04-11").state(), "5 left");
    }

    @Test
    void correctionRequestedAfterSevenWorkingDaysIsFlagged() {
        // 7 working days from 03-04: 03-05..03-08 (1-4), 03-11..03-13 (5-7): last day 2024-03-13.
        Result inTime = run(new Facts(d("2024-03-04"), d("2024-03-13"), null, List.of(), 0, null, null), "2024-03-20");
        assertEquals(d("2024-03-13"), inTime.correctionDeadline());
        assertFalse(inTime.correctionLate());
        Result late = run(new Facts(d("2024-03-04"), d("2024-03-14"), null, List.of(), 0, null, null), "2024-03-20");
        assertTrue(late.correctionLate());
    }

    @Test
    void noClockRunsWhileTheCorrectionIsAwaited() {
        Result r = run(new Facts(d("2024-03-04"), d("2024-03-08"), null, List.of(), 0, null, null), "2024-06-01");
        assertEquals(ApplicationState.AWAITING_CORRECTION, r.state());
        assertNull(r.due());
    }

    @Test
    void anApplicantWhoNeverCorrectsHasGivenUp() {
        Result r = run(
                new Facts(
                        d("2024-03-04"),
                        d("2024-03-08"),
                        null,
                        List.of(),
                        0,
                        d("2024-03-25"),
                        AnswerOutcome.OTHER_NO_CORRECTION),
                "2024-06-01");
        assertEquals(ApplicationState.GIVEN_UP, r.state());
    }

    @Test
    void thirdPartyConsultationDaysAreNotCounted() {
        // Consultation 03-11 -> reply 03-22: (03-11, 03-22] = 03-12..03-15, 03-18..03-22 = 9 days paused.
        // 20 + 9 = 29 from 03-04: 04-01 (20), 04-02, 04-03 (21, 22), Qingming, Sun 04-07 (23),
        // 04-08..04-12 (24-28), 04-15 (29): due 2024-04-15.
        Facts f = new Facts(
                d("2024-03-04"),
                null,
                null,
                List.of(new Pause(d("2024-03-11"), d("2024-03-22"))),
                0,
                d("2024-04-15"),
                AnswerOutcome.PARTLY_GRANTED);
        Result r = run(f, "2024-05-01");
        assertEquals(9, r.pausedDays());
        assertEquals(d("2024-04-15"), r.due());
        assertEquals(ApplicationState.ANSWERED_ON_TIME, r.state());
    }

    @Test
    void aRunningConsultationPausesTheApplication() {
        Facts f = new Facts(d("2024-03-04"), null, null, List.of(new Pause(d("2024-03-11"), null)), 0, null, null);
        Result r = run(f, "2024-05-20");
        assertEquals(ApplicationState.PAUSED, r.state());
        assertNull(r.due());
    }

    @Test
    void anAnswerEndsARunningConsultation() {
        // Paused (03-11, 03-13] = 2 days; due = 20 + 2 from 03-04 = 04-03; answered 03-13: on time.
        Facts f = new Facts(
                d("2024-03-04"),
                null,
                null,
                List.of(new Pause(d("2024-03-11"), null)),
                0,
                d("2024-03-13"),
                AnswerOutcome.GRANTED);
        Result r = run(f, "2024-05-20");
        assertEquals(2, r.pausedDays());
        assertEquals(d("2024-04-03"), r.due());
        assertEquals(ApplicationState.ANSWERED_ON_TIME, r.state());
    }

    @Test
    void waitingForTheFeeIsNotCounted() {
        // Fee notice 03-11, paid 03-13: 2 days; 20 + 2 from 03-04: 04-02 (21), 04-03 (22).
        Facts f = new Facts(
                d("2024-03-04"), null, null, List.of(new Pause(d("2024-03-11"), d("2024-03-13"))), 0, null, null);
        assertEquals(d("2024-04-03"), run(f, "2024-03-20").due());
    }

    @Test
    void anExtensionAddsItsWorkingDaysAndALaterAnswerIsLate() {
        // 40 from 03-04: 04-15 (29, see above), 04-16..04-19 (30-33), 04-22..04-26 (34-38),
        // Sun 04-28 make-up (39), Mon 04-29 (40): due 2024-04-29.
        Facts onTime = new Facts(d("2024-03-04"), null, null, List.of(), 20, d("2024-04-29"), AnswerOutcome.GRANTED);
        assertEquals(d("2024-04-29"), run(onTime, "2024-06-01").due());
        assertEquals(
                ApplicationState.ANSWERED_ON_TIME, run(onTime, "2024-06-01").state());
        // Answered Mon 05-06 after Labour Day (05-01..05-05): 04-30 (1), 05-06 (2).
        Facts late = new Facts(d("2024-03-04"), null, null, List.of(), 20, d("2024-05-06"), AnswerOutcome.GRANTED);
        Result r = run(late, "2024-06-01");
        assertEquals(ApplicationState.ANSWERED_LATE, r.state());
        assertEquals(2, r.lateBy());
    }

    @Test
    void lateAnswerAcrossSpringFestival2024() {
        // Received Mon 01-22: 01-23..01-26 (1-4), 01-29..02-02 (5-9), Sun 02-04 make-up (10), 02-05..02-09 (11-15),
        // holiday 02-10..02-17, Sun 02-18 make-up (16), 02-19..02-22 (17-20): due Thu 2024-02-22.
        // Answered Mon 02-26: 02-23 (1), 02-26 (2).
        Facts f = new Facts(d("2024-01-22"), null, null, List.of(), 0, d("2024-02-26"), AnswerOutcome.GRANTED);
        Result r = run(f, "2024-03-01");
        assertEquals(d("2024-02-22"), r.due());
        assertEquals(ApplicationState.ANSWERED_LATE, r.state());
        assertEquals(2, r.lateBy());
    }

    @Test
    void anApplicationOpenOnTheLastDayOfTheYearIsCarriedOver() {
        // Received Fri 2024-12-20: 12-23..12-27 (1-5), 12-30, 12-31 (6, 7), 01-02, 01-03 (8, 9),
        // 01-06..01-10 (10-14), 01-13..01-17 (15-19), 01-20 (20): due 2025-01-20.
        Facts f = new Facts(d("2024-12-20"), null, null, List.of(), 0, d("2025-01-10"), AnswerOutcome.GRANTED);
        assertEquals(d("2025-01-20"), run(f, "2025-02-01").due());
        assertTrue(ApplicationTimeline.openAtEndOf(d("2024-12-31"), d("2024-12-20"), d("2025-01-10")));
        assertFalse(ApplicationTimeline.openAtEndOf(d("2025-12-31"), d("2024-12-20"), d("2025-01-10")));
        assertFalse(
                ApplicationTimeline.openAtEndOf(d("2024-12-31"), d("2024-12-20"), d("2024-12-31")),
                "answered on 31 December is not carried over");
        assertTrue(ApplicationTimeline.openAtEndOf(d("2024-12-31"), d("2024-12-20"), null));
    }

    // --- the entity's rules -------------------------------------------------------------------

    private static InfoApplication application(ReceiptChannel channel) {
        return new InfoApplication(
                null,
                channel,
                d("2024-03-01"),
                d("2024-03-04"),
                d("2024-03-05"),
                ApplicantType.NATURAL_PERSON,
                "张三",
                null,
                "2023年道路维修经费");
    }

    @Test
    void theDateOfReceiptFollowsTheChannel() {
        assertEquals(d("2024-03-01"), application(ReceiptChannel.IN_PERSON).getReceivedOn(), "submitted");
        assertEquals(
                d("2024-03-04"), application(ReceiptChannel.REGISTERED_POST).getReceivedOn(), "signed for");
        assertEquals(d("2024-03-05"), application(ReceiptChannel.INTERNET).getReceivedOn(), "confirmed");
        assertEquals(d("2024-03-05"), application(ReceiptChannel.FAX).getReceivedOn(), "confirmed");
        assertEquals(
                d("2024-03-05"), application(ReceiptChannel.ORDINARY_LETTER).getReceivedOn(), "confirmed");
        assertThrows(
                BusinessRuleException.class,
                () -> new InfoApplication(
                        null,
                        ReceiptChannel.REGISTERED_POST,
                        d("2024-03-01"),
                        null,
                        null,
                        ApplicantType.NATURAL_PERSON,
                        "张三",
                        null,
                        "x"));
    }

    @Test
    void theDateOfReceiptCannotMovePastAStepAlreadyRecorded() {
        InfoApplication a = application(ReceiptChannel.REGISTERED_POST); // signed for 03-04
        a.requestCorrection(d("2024-03-08"));
        a.setReceipt(ReceiptChannel.INTERNET, d("2024-03-01"), d("2024-03-04"), d("2024-03-08"));
        assertEquals(d("2024-03-08"), a.getReceivedOn(), "the step may start on the day of receipt");
        BusinessRuleException refused = assertThrows(
                BusinessRuleException.class,
                () -> a.setReceipt(ReceiptChannel.INTERNET, d("2024-03-01"), d("2024-03-04"), d("2024-03-11")));
        assertEquals("disclosure.application.stepBeforeReceipt", refused.getMessageKey());
        assertEquals("2024-03-08", refused.getArguments()[0]);
        assertEquals(d("2024-03-08"), a.getReceivedOn(), "unchanged");
        assertEquals(ReceiptChannel.INTERNET, a.getChannel());
    }

    @Test
    void theEntityFeedsItsEventsIntoTheTimeline() {
        // Registered post signed for Mon 03-04; correction 03-08, corrected 03-20 (due 04-18, see above),
        // then a consultation 04-08 -> 04-10 (2 days: 04-09, 04-10): due 04-18 + 2 = 04-22.
        InfoApplication a = application(ReceiptChannel.REGISTERED_POST);
        a.requestCorrection(d("2024-03-08"));
        a.receiveCorrection(d("2024-03-20"));
        a.startConsultation(d("2024-04-08"));
        a.endPause(ApplicationEventKind.CONSULTATION, d("2024-04-10"));
        Result r = a.timeline(RULES, d("2024-04-15"), CAL); // 04-16..04-19, 04-22: 5 left
        assertEquals(d("2024-04-22"), r.due());
        assertEquals(ApplicationState.DUE_SOON, r.state());
    }

    @Test
    void onlyOneCorrectionAndAtMostTwentyDaysOfExtension() {
        InfoApplication a = application(ReceiptChannel.IN_PERSON);
        a.requestCorrection(d("2024-03-04"));
        assertThrows(BusinessRuleException.class, () -> a.requestCorrection(d("2024-03-05")));
        a.approveExtension(d("2024-03-20"), 15, "办公室主任", 20);
        assertThrows(BusinessRuleException.class, () -> a.approveExtension(d("2024-03-21"), 6, "办公室主任", 20));
        a.approveExtension(d("2024-03-21"), 5, "办公室主任", 20);
        assertEquals(20, a.extensionDays());
        assertThrows(BusinessRuleException.class, () -> a.approveExtension(d("2024-03-22"), 1, " ", 20));
    }

    @Test
    void nothingIsRecordedBeforeReceiptOrAfterTheAnswer() {
        InfoApplication a = application(ReceiptChannel.IN_PERSON);
        assertThrows(BusinessRuleException.class, () -> a.startConsultation(d("2024-02-28")));
        a.answer(d("2024-03-10"), AnswerOutcome.GRANTED);
        assertThrows(BusinessRuleException.class, () -> a.notifyFee(d("2024-03-11"), BigDecimal.TEN));
    }

    @Test
    void givingUpNeedsAnOutstandingCorrection() {
        InfoApplication a = application(ReceiptChannel.IN_PERSON);
        assertThrows(BusinessRuleException.class, () -> a.giveUp(d("2024-03-20")));
        a.requestCorrection(d("2024-03-04"));
        a.giveUp(d("2024-03-20"));
        assertEquals(AnswerOutcome.OTHER_NO_CORRECTION, a.getOutcome());
        assertEquals(
                ApplicationState.GIVEN_UP,
                a.timeline(RULES, d("2024-04-01"), CAL).state());
    }
}
