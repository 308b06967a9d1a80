package org.kaocheng.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Messages from the bundles with their arguments, in both languages. */
class MessagesTest {

    @Test
    void aYearReadsAsAYearInBothLanguages() {
        assertEquals(
                "已录入 2025 年节假日安排，请继续添加放假和调休日或导入文件。",
                Messages.text(Locale.SIMPLIFIED_CHINESE, "calendar.published", 2025));
        assertEquals(
                "The 2025 holiday schedule was withdrawn.", Messages.text(Locale.ENGLISH, "calendar.withdrawn", 2025));
    }

    @Test
    void anArgumentOfTheWrongKindStillGivesTheMessageInsteadOfFailingTheRequest() {
        // publishing a schedule passed its year as text to a number placeholder: the schedule was
        // saved, then the confirmation threw and the user saw the error page
        assertEquals("已撤销 2025 年节假日安排。", Messages.text(Locale.SIMPLIFIED_CHINESE, "calendar.withdrawn", "2025"));
    }

    @Test
    void aMissingValueReadsAsADashAndAMissingKeyAsItself() {
        assertEquals(
                "The — holiday schedule was withdrawn.",
                Messages.text(Locale.ENGLISH, "calendar.withdrawn", (Object) null));
        assertEquals("no.such.key", Messages.text(Locale.ENGLISH, "no.such.key"));
    }
}
