package org.kaocheng.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The annual report page in headless Chromium with the demo district: a unit operator sees their
 * own unit's report (complete, checks passed), changes a register figure and sees it in 表二; an
 * assessor sees the district's report as the sum of the units.
 */
class AnnualReportBrowserIT {

    private static final String LAST_YEAR = String.valueOf(LocalDate.now().getYear() - 1);

    @Test
    void theOperatorFillsTheirRegisterAndSeesTheReport() {
        try (Browser b = new Browser()) {
            b.login("operator", ItData.DEMO_PASSWORD).open("report/annual.xhtml");
            String text = b.text();
            assertTrue(text.contains("区教育局" + LAST_YEAR + "年政府信息公开工作年度报告"), text);
            assertTrue(text.contains("三、收到和处理政府信息公开申请情况"), text);
            assertTrue(text.contains("全部校验通过"), "the demo unit's report is complete: " + text);
            assertFalse(
                    b.driver().getPageSource().contains("id=\"annualForm:unit\""), "an operator has no unit choice");
            b.screenshot("annual-operator");
            b.type("registerForm:licensing_input", "987");
            b.click("registerForm:saveRegister");
            b.waitForText("#annualForm\\:checks", "全部校验通过");
            assertTrue(b.find("#t2").getText().contains("987"), b.find("#t2").getText());
            assertTrue(b.text().contains("已保存"), b.text());
        }
    }

    @Test
    void theAssessorSeesTheDistrict() {
        try (Browser b = new Browser()) {
            b.login("assessor", ItData.DEMO_PASSWORD).open("report/annual.xhtml");
            String text = b.text();
            assertTrue(text.contains(LAST_YEAR + "年全区政府信息公开工作年度报告"), text);
            assertTrue(text.contains("全部校验通过"), text);
            b.screenshot("annual-district");
        }
    }
}
