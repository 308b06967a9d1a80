package org.kaocheng.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's chromium and chromium-driver) driving the deployed app as a
 * person would. Waits for PrimeFaces AJAX to settle instead of sleeping.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("kaocheng.it.chromium", "/usr/bin/chromium"));
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=zh-CN",
                    "--user-data-dir=" + Files.createTempDirectory("kc-chromium"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("kaocheng.it.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(ItServer.baseUrl() + (path.startsWith("/") ? path.substring(1) : path));
        settle();
        return this;
    }

    public Browser login(String username, String password) {
        open("login.xhtml");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("loginButton")).click();
        settle();
        return this;
    }

    public WebElement find(String cssSelector) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    /** An element whose JSF client id is given (colons escaped for CSS). */
    public WebElement byId(String clientId) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(clientId)));
    }

    public Browser click(String clientId) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(clientId))).click();
        settle();
        return this;
    }

    public Browser type(String clientId, String text) {
        WebElement input = byId(clientId);
        input.clear();
        // Formatted inputs (p:inputNumber) keep their value on clear(): select it and type over it.
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        input.sendKeys(text);
        return this;
    }

    /** Picks the option with the given visible label in a PrimeFaces selectOneMenu. */
    public Browser select(String clientId, String label) {
        click(clientId);
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(clientId + "_panel")));
        panel.findElements(By.cssSelector("li.ui-selectonemenu-item")).stream()
                .filter(li -> label.equals(li.getAttribute("data-label")) || li.getText().trim().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no option " + label + " in " + clientId)).click();
        settle();
        return this;
    }

    /** Waits until the element's text contains the given text (AJAX filters, lazy tables). */
    public void waitForText(String cssSelector, String text) {
        try {
            wait.until(d -> d.findElement(By.cssSelector(cssSelector)).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("'" + text + "' never appeared in " + cssSelector + ": "
                    + driver.findElement(By.cssSelector(cssSelector)).getText(), e);
        }
        settle();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    /** Waits until the page is loaded and PrimeFaces has no AJAX request in flight. */
    public void settle() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.jQuery || jQuery.active === 0;")));
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
