package org.kaocheng.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kaocheng.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The public deadline calculator in headless Chromium, without a login. */
class DeadlineCalculatorIT {

    /** Fills the form by script, so that the date picker's pop-up never covers the button. */
    private static void compute(Browser b, String from, String workingDays) {
        JavascriptExecutor js = (JavascriptExecutor) b.driver();
        js.executeScript("document.getElementById('deadlineForm:from_input').value = arguments[0];", from);
        js.executeScript("PrimeFaces.getWidgetById('deadlineForm:workingDays').setValue(arguments[0]);", workingDays);
        b.click("deadlineForm:compute");
    }

    @Test
    void theCalculatorShowsTheDueDateWithTheHolidaysAndMakeUpDays() {
        try (Browser b = new Browser()) {
            b.open("public/deadline.xhtml");
            String url = b.driver().getCurrentUrl();
            assertFalse(url.contains("login"), "no login needed: " + url);

            compute(b, "2024-02-05", "5");
            assertEquals("2024-02-18", b.byId("dueDate").getText().trim());
            assertTrue(b.byId("skippedHolidays").getText().contains("2024-02-10"));
            assertTrue(b.byId("countedMakeUpDays").getText().contains("2024-02-18"));
            assertTrue(
                    b.driver().findElements(By.id("deadlineForm:provisional")).isEmpty());

            compute(b, "2026-12-25", "10");
            b.waitForText("#dueDate", "2027-01-08");
            assertFalse(
                    b.driver().findElements(By.id("deadlineForm:provisional")).isEmpty(), "2027 is unpublished");
        }
    }
}
