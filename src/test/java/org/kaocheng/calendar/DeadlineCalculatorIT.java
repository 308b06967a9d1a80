package org.kaocheng.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaocheng.it.ItServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The public deadline calculator in headless Chromium, without a login. */
class DeadlineCalculatorIT {

    private static final String BASE = ItServer.baseUrl();
    private WebDriver browser;

    @BeforeEach
    void open() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("kc-chrome"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void settle() {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(
                        b -> (Boolean)
                                ((JavascriptExecutor) b)
                                        .executeScript(
                                                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());"));
    }

    /** Fills the form by script, so that the date picker's pop-up never covers the button. */
    private void compute(String from, String workingDays) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("document.getElementById('deadlineForm:from_input').value = arguments[0];", from);
        js.executeScript("PrimeFaces.getWidgetById('deadlineForm:workingDays').setValue(arguments[0]);", workingDays);
        browser.findElement(By.id("deadlineForm:compute")).click();
        settle();
    }

    @Test
    void theCalculatorShowsTheDueDateWithTheHolidaysAndMakeUpDays() {
        browser.get(BASE + "public/deadline.xhtml");
        settle();
        assertFalse(browser.getCurrentUrl().contains("login"), "no login needed: " + browser.getCurrentUrl());

        compute("2024-02-05", "5");
        assertEquals(
                "2024-02-18", browser.findElement(By.id("dueDate")).getText().trim());
        assertTrue(browser.findElement(By.id("skippedHolidays")).getText().contains("2024-02-10"));
        assertTrue(browser.findElement(By.id("countedMakeUpDays")).getText().contains("2024-02-18"));
        assertTrue(browser.findElements(By.id("deadlineForm:provisional")).isEmpty());

        compute("2026-12-25", "10");
        assertEquals(
                "2027-01-08", browser.findElement(By.id("dueDate")).getText().trim());
        assertFalse(browser.findElements(By.id("deadlineForm:provisional")).isEmpty(), "2027 is unpublished");
    }
}
