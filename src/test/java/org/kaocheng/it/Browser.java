package org.kaocheng.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

    private static final java.util.concurrent.atomic.AtomicInteger STARTED =
            new java.util.concurrent.atomic.AtomicInteger();

    private WebDriver driver;
    private WebDriverWait wait;
    private final Path downloads;

    public Browser() {
        try {
            downloads = Files.createTempDirectory("kc-downloads");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        start();
    }

    private void start() {
        ChromeOptions options = new ChromeOptions();
        // Files the app sends as attachments land in a directory of this browser's own.
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory", downloads.toAbsolutePath().toString(),
                        "download.prompt_for_download", false,
                        "plugins.always_open_pdf_externally", true));
        options.setBinary(System.getProperty("kaocheng.it.chromium", "/usr/bin/chromium"));
        try {
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1400,1000",
                    "--lang=zh-CN",
                    "--user-data-dir=" + Files.createTempDirectory("kc-chromium"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // ChromeDriver's warnings, one file per browser, so that a crashed browser leaves its reason behind.
        Path logs = Path.of("target", "chromedriver-logs");
        try {
            Files.createDirectories(logs);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("kaocheng.it.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .withLogFile(logs.resolve("browser-" + STARTED.incrementAndGet() + ".log")
                        .toFile())
                .withLogLevel(org.openqa.selenium.chromium.ChromiumDriverLogLevel.WARNING)
                .build();
        driver = new ChromeDriver(service, options);
        // Generous: the machine the tests run on may be a slow, shared 2-core one.
        wait = new WebDriverWait(driver, Duration.ofSeconds(Integer.getInteger("kaocheng.it.waitSeconds", 30)));
    }

    public WebDriverWait waiter() {
        return wait;
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(ItServer.baseUrl() + (path.startsWith("/") ? path.substring(1) : path));
        settle();
        return this;
    }

    /**
     * Signs in on the login page. If Chromium itself dies while doing so (its renderer gone: "session
     * deleted as the browser has closed the connection", seen once in CI on a fresh browser's first
     * page), a new browser signs in again: signing in changes nothing, and the page has not been
     * used yet, so nothing of the test is repeated. A crash later in a test still fails it.
     */
    public Browser login(String username, String password) {
        try {
            return signIn(username, password);
        } catch (org.openqa.selenium.NoSuchSessionException e) {
            System.err.println("Chromium died while signing in (" + e.getRawMessage() + "); starting a new one");
            quitQuietly();
            start();
            return signIn(username, password);
        }
    }

    private void quitQuietly() {
        try {
            driver.quit();
        } catch (org.openqa.selenium.WebDriverException gone) {
            // already dead
        }
    }

    private Browser signIn(String username, String password) {
        open("login.xhtml");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        WebElement button = driver.findElement(By.id("loginButton"));
        button.click();
        // the form posts and a new page loads (the next one, or the login page with its message):
        // wait until the old page is gone, or settle() may see it still "complete" and a read of the
        // page then meets an element the new page has replaced (seen once in CI)
        wait.until(d -> {
            try {
                button.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true; // stale, or (mid-navigation) "node does not belong to the document"
            }
        });
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

    /**
     * Picks the option with the given visible label in a PrimeFaces selectOneMenu, and waits until
     * the menu shows it and its panel has closed: a click on an item while the panel still moves
     * can miss it (the first option then stays chosen), so the pick is tried again, up to three
     * times.
     */
    public Browser select(String clientId, String label) {
        By panelBy = By.id(clientId + "_panel");
        for (int attempt = 0; attempt < 3; attempt++) {
            if (!displayed(panelBy)) {
                click(clientId);
            }
            WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(panelBy));
            WebElement item = panel.findElements(By.cssSelector("li.ui-selectonemenu-item")).stream()
                    .filter(li -> label.equals(li.getAttribute("data-label"))
                            || li.getText().trim().equals(label))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no option " + label + " in " + clientId));
            wait.until(ExpectedConditions.elementToBeClickable(item)).click();
            settle();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5))
                        .until(d ->
                                label.equals(byId(clientId + "_label").getText().trim()) && !displayed(panelBy));
                return this;
            } catch (org.openqa.selenium.TimeoutException e) {
                // the click missed: pick again
            }
        }
        screenshot("failed-select");
        throw new AssertionError(label + " could not be chosen in " + clientId + ": the menu shows "
                + byId(clientId + "_label").getText());
    }

    private boolean displayed(By by) {
        try {
            List<WebElement> found = driver.findElements(by);
            return !found.isEmpty() && found.get(0).isDisplayed();
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return false;
        }
    }

    /**
     * Waits until the text of an element the selector finds contains the given text (AJAX
     * filters, lazy tables, messages).
     */
    public void waitForText(String cssSelector, String text) {
        try {
            wait.until(d -> texts(cssSelector).stream().anyMatch(t -> t.contains(text)));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-waitForText");
            List<String> found = texts(cssSelector);
            throw new AssertionError(
                    "'" + text + "' never appeared in " + cssSelector + ": "
                            + (found.isEmpty()
                                    ? "(no such element) on " + driver.getCurrentUrl() + ": " + text()
                                    : found),
                    e);
        }
        settle();
    }

    /**
     * Waits until the page shows the given message: a confirmation in the growl (for its six
     * seconds), a warning or an error in the messages area (every AJAX answer updates both).
     */
    public void waitForMessage(String text) {
        waitForText("#messages, .ui-growl", text);
    }

    /** The texts of the elements the selector finds (none while AJAX replaces them). */
    private List<String> texts(String cssSelector) {
        try {
            return driver.findElements(By.cssSelector(cssSelector)).stream()
                    .map(WebElement::getText)
                    .toList();
        } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
            return List.of();
        }
    }

    /** Clicks the element found by the XPath expression, once it is clickable. */
    public Browser clickXPath(String xpath) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(xpath))).click();
        settle();
        return this;
    }

    /** Answers yes in the page's global p:confirm dialog (the one shown). */
    public Browser confirmYes() {
        wait.until(d -> d.findElements(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).stream()
                        .filter(WebElement::isDisplayed)
                        .filter(WebElement::isEnabled)
                        .findFirst()
                        .orElse(null))
                .click();
        settle();
        return this;
    }

    /** Gives a file to a PrimeFaces p:fileUpload (its hidden file input), which uploads it at once (auto). */
    public Browser upload(String fileUploadClientId, Path file) {
        WebElement input =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id(fileUploadClientId + "_input")));
        input.sendKeys(file.toAbsolutePath().toString());
        settle();
        return this;
    }

    /**
     * Enters a date (yyyy-MM-dd) or a time (HH:mm) in a p:datePicker through the picker itself
     * (its widget's setDate, as a click in its calendar does): typed text is unreliable in
     * headless Chromium, where the picker's own key and blur handlers may drop it.
     */
    public Browser typeDate(String datePickerClientId, String value) {
        By by = By.id(datePickerClientId + "_input");
        wait.until(ExpectedConditions.elementToBeClickable(by));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !!PrimeFaces.getWidgetById(arguments[0]);", datePickerClientId)));
        String[] p = value.split("[-:]");
        String date = value.contains("-")
                ? "new Date(" + Integer.parseInt(p[0]) + ", " + (Integer.parseInt(p[1]) - 1) + ", "
                        + Integer.parseInt(p[2]) + ")"
                : "new Date(2000, 0, 1, " + Integer.parseInt(p[0]) + ", " + Integer.parseInt(p[1]) + ")";
        ((JavascriptExecutor) driver)
                .executeScript("PrimeFaces.getWidgetById(arguments[0]).setDate(" + date + ");", datePickerClientId);
        try {
            wait.until(d -> value.equals(d.findElement(by).getAttribute("value")));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-typeDate");
            throw new AssertionError(
                    datePickerClientId + " shows '" + driver.findElement(by).getAttribute("value") + "', not " + value,
                    e);
        }
        return this;
    }

    /** The browser's download directory. */
    public Path downloads() {
        return downloads;
    }

    /** Waits for a finished download whose name ends with the suffix and returns it. */
    public Path awaitDownload(String suffix) {
        try {
            return wait.until(d -> {
                try (java.util.stream.Stream<Path> files = Files.list(downloads)) {
                    return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                            .filter(f -> f.toFile().length() > 0)
                            .findFirst()
                            .orElse(null);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no " + suffix + " download in " + downloads, e);
        }
    }

    /** Empties the download directory, so that the next download is the only file. */
    public void clearDownloads() {
        try (java.util.stream.Stream<Path> files = Files.list(downloads)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The page's text; read again if the page was replaced while reading it. */
    public String text() {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
            settle();
            return driver.findElement(By.tagName("body")).getText();
        }
    }

    public String title() {
        return driver.getTitle();
    }

    /** Waits until the page is loaded and PrimeFaces has no AJAX request in flight. */
    public void settle() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
        wait.until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return !window.jQuery || jQuery.active === 0;")));
        // a report download shows "preparing" until the file has been sent (monitorDownload)
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !window.jQuery || !jQuery('#downloadStatus').is(':visible');")));
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
