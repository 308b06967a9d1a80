package org.kaocheng.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kaocheng.disclosure.domain.TextKeys;

class TextKeysTest {

    @Test
    void titlesDifferingInSpacesAndFullWidthFormsHaveTheSameKey() {
        assertEquals(TextKeys.key("关于印发《XX区2024年政务公开工作要点》的通知"), TextKeys.key("关于印发 《ＸＸ区２０２４年政务公开工作要点》　的通知 "));
        assertEquals(TextKeys.key("关于做好2024年度“双随机、一公开”工作的通知"), TextKeys.key("关于做好2024年度\"双随机,一公开\"工作的通知"));
    }

    @Test
    void documentNumbersWithDifferentBracketsHaveTheSameKey() {
        assertEquals(TextKeys.key("X政办发〔2024〕3号"), TextKeys.key("X政办发[2024]3号"));
        assertEquals(TextKeys.key("x政办发（2024）3号"), TextKeys.key("X政办发(2024) 3号"));
        assertNotEquals(TextKeys.key("X政办发〔2024〕3号"), TextKeys.key("X政办发〔2024〕13号"));
    }

    @Test
    void similarSubjectsAreAlike() {
        assertTrue(TextKeys.similarity(TextKeys.key("2023年XX路道路维修经费"), TextKeys.key("XX路道路维修经费2023年")) > 0.7);
        assertTrue(TextKeys.similarity(TextKeys.key("道路维修经费"), TextKeys.key("2023年道路维修经费明细")) == 1.0);
        assertTrue(TextKeys.similarity(TextKeys.key("道路维修经费"), TextKeys.key("学校招生计划")) < 0.2);
    }
}
