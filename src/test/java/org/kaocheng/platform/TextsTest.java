package org.kaocheng.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The shared checks of typed texts: required or optional, stripped, at most a column's length. */
class TextsTest {

    @Test
    void aRequiredTextIsStrippedOfSpacesFullWidthOnesTooAndHeldToItsLength() {
        assertEquals("会议纪要缺失", Texts.required("\u3000 会议纪要缺失 \u3000", 6, "x.required", "x.tooLong"));
        assertEquals(
                "x.required",
                assertThrows(BusinessRuleException.class, () -> Texts.required(" \u3000", 6, "x.required", "x.tooLong"))
                        .getMessageKey());
        BusinessRuleException tooLong = assertThrows(
                BusinessRuleException.class, () -> Texts.required("会议纪要缺失两次", 6, "x.required", "x.tooLong"));
        assertEquals("x.tooLong", tooLong.getMessageKey());
        assertArrayEquals(new Object[] {6}, tooLong.getArguments());
    }

    @Test
    void anOptionalTextIsNullWhenBlank() {
        assertNull(Texts.optional(null, 6, "x.tooLong"));
        assertNull(Texts.optional(" \u3000", 6, "x.tooLong"));
        assertEquals("地点", Texts.optional(" 地点 ", 6, "x.tooLong"));
        assertThrows(BusinessRuleException.class, () -> Texts.optional("一二三四五六七", 6, "x.tooLong"));
    }
}
