package dev.itss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PrintOptions;

/**
 * The demo's HTML report in a real browser: headless Chromium and its driver from the
 * distribution's packages ({@code chromium}, {@code chromium-driver}, with {@code fonts-noto-cjk}
 * for the Chinese report), driven through Selenium with the driver's path given, so nothing is
 * downloaded. Each report, in each language, at a desktop and a phone width: no console error, a
 * page with its title, sections and charts, no text overflowing its box and no horizontal
 * scrolling; then printed to A4. The screenshots and PDFs stay in {@code target/browser/} as the
 * build's artefacts.
 *
 * <p>Without Chromium the test is skipped, unless {@code ITSS_BROWSER_TEST=required} (as
 * {@code .ci/run} sets it after installing the packages): then a missing browser fails.
 */
class BrowserReportIT {
    private static final Path OUT = Path.of("target/browser");
    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        Path chromium = firstExisting(System.getenv().getOrDefault("ITSS_CHROMIUM", "/usr/bin/chromium"), "/usr/bin/chromium-browser");
        Path driver = firstExisting(System.getenv().getOrDefault("ITSS_CHROMEDRIVER", "/usr/bin/chromedriver"), "/usr/lib/chromium/chromedriver");
        boolean required = "required".equals(System.getenv("ITSS_BROWSER_TEST"));
        if (chromium == null || driver == null) {
            assertThat(required).as("ITSS_BROWSER_TEST=required but Chromium or its driver is missing (apt-get install chromium chromium-driver fonts-noto-cjk)").isFalse();
            Assumptions.abort("no Chromium here: install chromium, chromium-driver and fonts-noto-cjk to run the browser test");
        }
        Files.createDirectories(OUT);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // as root Chromium needs --no-sandbox; --headless=new renders as the browser does, fonts included
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @CsvSource({"demo-en,en,demo", "demo-zh-CN,zh-CN,demo", "review-monthly-zh-CN,zh-CN,review", "verify-en,en,verify"})
    void theReportRendersWithoutErrorsOrOverflowAndPrints(String name, String lang, String command) throws IOException {
        Path html = OUT.resolve(name + ".html").toAbsolutePath();
        String hospital = "../itss-examples/src/main/resources/dev/itss/examples/hospital";
        String[] args = switch (command) {
            case "review" -> new String[] {"review", "--level", "monthly", "--history", hospital, "--format", "html", "--lang", lang, "--output", html.toString()};
            case "verify" -> new String[] {"verify", "--plan", hospital + "/history/2026-Q2/plan.yaml", "--snapshot", hospital + "/snapshot.yaml",
                    "--format", "html", "--lang", lang, "--output", html.toString()};
            default -> new String[] {"demo", "--format", "html", "--lang", lang, "--output", html.toString()};
        };
        ItssCommandTest.Run run = ItssCommandTest.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();

        for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(390, 844))) {
            browser.manage().window().setSize(size);
            browser.get(html.toUri().toString());
            String where = name + " at " + size.width + "px";

            List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
            assertThat(errors).as(where + ": console errors").isEmpty();

            JavascriptExecutor js = browser;
            assertThat(browser.getTitle()).as(where).isNotBlank();
            assertThat((Long) js.executeScript("return document.querySelectorAll('h1').length")).as(where + ": a title").isEqualTo(1L);
            assertThat((Long) js.executeScript("return document.querySelectorAll('main h2, main h3').length")).as(where + ": sections").isGreaterThan(3L);
            assertThat((Long) js.executeScript("return document.body.innerText.trim().length")).as(where + ": text").isGreaterThan(1000L);
            if (command.equals("demo")) {
                assertThat((Long) js.executeScript("return document.querySelectorAll('svg').length")).as(where + ": charts").isGreaterThanOrEqualTo(4L);
                // a chart drew its shapes and has a size on the page
                assertThat((Long) js.executeScript("return document.querySelectorAll('svg rect').length")).as(where).isGreaterThan(10L);
                assertThat((Double) js.executeScript("return Number(document.querySelector('svg').getBoundingClientRect().height)")).as(where).isGreaterThan(50.0);
            }
            // text overflowing its box: an element whose content is wider than itself, or reaching past the window
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> overflow = (List<Map<String, Object>>) js.executeScript("""
                    const out = [];
                    const width = document.documentElement.clientWidth;
                    // a table wider than a phone scrolls in its own box (overflow-x: auto): that box is meant to, its content is inside it
                    const scrolls = e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
                    const inScroller = e => { for (let p = e.parentElement; p; p = p.parentElement) { if (scrolls(p)) return true; } return false; };
                    // full-width punctuation kept at a line's end by the Chinese line-breaking rules may overhang by a few pixels
                    const slack = 4;
                    for (const e of document.querySelectorAll('body *')) {
                      if (e.closest('svg') || inScroller(e)) continue;
                      const r = e.getBoundingClientRect();
                      const style = getComputedStyle(e);
                      const clips = ['hidden', 'clip', 'auto', 'scroll'].includes(style.overflowX);
                      const parent = e.parentElement.getBoundingClientRect();
                      const outOfParent = e.parentElement !== document.body && r.width > 0 && r.right > parent.right + slack;
                      if ((e.scrollWidth > e.clientWidth + slack && e.clientWidth > 0 && !clips) || r.right > width + 1 || outOfParent) {
                        out.push({tag: e.tagName, cls: e.className, text: (e.innerText || '').slice(0, 60), right: r.right, scroll: e.scrollWidth, client: e.clientWidth});
                      }
                    }
                    return out;""");
            assertThat(overflow).as(where + ": elements overflowing").isEmpty();
            assertThat((Long) js.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .as(where + ": horizontal scrolling").isLessThanOrEqualTo(0L);

            Files.write(OUT.resolve(name + "-" + size.width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        }
        // printed on A4: more than one page, the first page ending where the report says (the page break after the first page)
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        byte[] pdf = Base64.getDecoder().decode(browser.print(a4).getContent());
        Files.write(OUT.resolve(name + ".pdf"), pdf);
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).as(name + ": a PDF of several pages").startsWith("%PDF").containsPattern("/Count [2-9]|/Count [1-9][0-9]");
    }

    private static Path firstExisting(String... paths) {
        for (String path : paths) {
            if (Files.isExecutable(Path.of(path))) {
                return Path.of(path);
            }
        }
        return null;
    }
}
