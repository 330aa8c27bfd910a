package org.newskg.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.derive.DerivedLayer;
import org.newskg.ingest.DemoCorpus;
import org.newskg.load.Loader;
import org.newskg.pipeline.Pipeline;
import org.newskg.serve.NewsKgServer;
import org.newskg.store.SchemeGraphs;
import org.newskg.store.Tdb2Store;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer in real headless Chromium (Debian's, from {@code ../shared/browser/install-chromium.sh}, given by
 * CHROME_BIN and CHROMEDRIVER so that Selenium downloads nothing), over the demo corpus loaded into TDB2 on disk
 * and served by {@link NewsKgServer} on 127.0.0.1. Every request the pages make is read from Chrome's performance
 * log, and none may leave 127.0.0.1. The screenshots land in target/explorer-screenshots/ (and in the folder named
 * by {@code -Dnewskg.screenshots}, e.g. {@code ../docs}, to refresh the README's).
 */
class ExplorerBrowserTest {
    static final String CLAIM_IN_THREE_OUTLETS = "/id/claim/person/katherine-ruiz/d5e94b6065435aa6";

    static Tdb2Store store;
    static NewsKgServer server;
    static WebDriver driver;
    static String base;
    static final List<String> requested = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        String bin = System.getenv("CHROME_BIN");
        String drv = System.getenv("CHROMEDRIVER");
        Assumptions.assumeTrue(bin != null && drv != null && new File(bin).canExecute() && new File(drv).canExecute(),
                "skipped: no browser; set CHROME_BIN and CHROMEDRIVER (eval \"$(bash ../shared/browser/install-chromium.sh)\")");
        Path db = Path.of("target", "explorer-demo-db");
        deleteTree(db);
        store = Tdb2Store.open(db);
        SchemeGraphs.install(store);
        try (Pipeline p = Pipeline.builder().build()) {
            Loader.builder().store(store).pipeline(p).derivation(DerivedLayer.create()).build().load(DemoCorpus.read(Files.createTempDirectory("newskg-demo")));
        }
        server = NewsKgServer.builder().dataset(store.dataset()).port(0).build().start();
        base = "http://127.0.0.1:" + server.port();

        ChromeOptions o = new ChromeOptions();
        o.setBinary(bin);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--hide-scrollbars", "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(drv)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    /** Every URL the browser asked for during the test, from Chrome's DevTools Network events. */
    @AfterEach
    void collectRequests() {
        ObjectMapper json = new ObjectMapper();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode m;
            try {
                m = json.readTree(e.getMessage()).path("message");
            } catch (IOException x) {
                throw new IllegalStateException("unreadable DevTools event: " + e.getMessage(), x);
            }
            if (m.path("method").asText().equals("Network.requestWillBeSent")) requested.add(m.path("params").path("request").path("url").asText());
        }
    }

    @AfterAll
    static void noRequestLeftTheMachine() {
        if (driver == null) return;
        assertFalse(requested.isEmpty(), "the performance log recorded no request at all");
        for (String u : requested) {
            if (u.startsWith("data:") || u.startsWith("blob:")) continue;
            assertEquals("127.0.0.1", URI.create(u).getHost(), "a page asked for something outside 127.0.0.1: " + u);
        }
    }

    @Test
    void searchingANameOpensThePersonPageWhoseGraphExpandsOnClick() throws IOException {
        driver.get(base + "/");
        ready();
        WebElement search = driver.findElement(By.id("search"));
        search.sendKeys("kate");
        WebElement hit = waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#suggestions a[href='/id/person/katherine-ruiz']")));
        // Found by a name as printed, shown by the store-wide label (skos:prefLabel, the name most articles print).
        assertTrue(hit.getText().contains("Katherine Ruiz"), hit.getText());
        hit.click();
        ready();
        assertEquals("Katherine Ruiz", driver.findElement(By.tagName("h1")).getText());
        String names = driver.findElement(By.cssSelector(".chips")).getText();
        // The names as printed (nkg:nameInArticle, counted by the derived layer's nkg:PrintedName), each with its
        // number of articles.
        assertTrue(names.contains("Katherine Ruiz×4") && names.contains("Kate Ruiz×1"), names);
        // Titled forms ("Sen. Katherine Ruiz", "Ms. Ruiz") are the node's alternative labels, not names as printed.
        assertFalse(names.contains("Sen.") || names.contains("Ms."), names);
        assertTrue(driver.getPageSource().contains("Democratic Party"), "the party membership is on the page");

        int before = graphNodes(2);
        // A click on an outlet node expands it: the persons that outlet quotes join the graph.
        js("var cy = window.newskgGraph; cy.nodes('[kind = \"outlet\"]').first().emit('tap');");
        int after = graphNodes(before + 1);
        assertTrue(after > before, before + " -> " + after);
        assertTrue((Boolean) js("return window.newskgGraph.elements('.faded').length > 0;"), "the rest is dimmed");
        screenshot("explorer-person.png");
    }

    @Test
    void aClaimCarriedByThreeOutletsShowsEachVersionAndLinksToTheHighlightedSpan() throws IOException {
        driver.get(base + "/");
        ready();
        driver.findElement(By.cssSelector("a[href='" + CLAIM_IN_THREE_OUTLETS + "']")).click();
        ready();
        List<WebElement> versions = driver.findElements(By.cssSelector(".version"));
        // One version per article that carries the utterance; three outlets carry it, one of them twice.
        assertTrue(versions.size() >= 3, "versions: " + versions.size());
        Set<String> outlets = new HashSet<>();
        for (WebElement v : versions) outlets.add(v.findElement(By.tagName("h3")).getText());
        // Three outlets print the whole quote; a partial quote of it elsewhere is the same utterance and shows too.
        assertTrue(outlets.containsAll(Set.of("Meridian Wire", "Ridgeline Post", "The Bayport Courier")), outlets.toString());
        assertFalse(driver.findElements(By.cssSelector(".version .diff")).isEmpty(), "the words that differ are highlighted");
        screenshot("explorer-claim.png");

        WebElement courier = versions.stream().filter(v -> v.getText().contains("The Bayport Courier")).findFirst().orElseThrow();
        String quoted = courier.findElement(By.cssSelector(".quote")).getText().replaceAll("^[“\"]|[”\"]$", "");
        courier.findElement(By.cssSelector("a.span-link")).click();
        ready();
        assertTrue(driver.getCurrentUrl().contains("/id/article/bayport-courier-2026-03-10-election-hearing#a-"), driver.getCurrentUrl());
        WebElement mark = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.attr.target")));
        assertEquals(quoted, mark.getText());
        assertTrue(mark.getAttribute("title").startsWith("Katherine Ruiz — direct quote"), mark.getAttribute("title"));
        screenshot("explorer-article.png");
    }

    @Test
    void everyViewOpensItsSparqlInFusekisEditorWhichStaysAtItsAddress() {
        driver.get(base + "/id/person/katherine-ruiz");
        ready();
        String href = driver.findElement(By.cssSelector(".sparql a.fuseki")).getAttribute("href");
        assertTrue(href.startsWith(base + "/#/dataset/newskg/query?query="), href);
        collectRequests();
        // Fuseki's UI is not ours: its editor asks prefix.cc for prefixes, so its requests are left out of the check.
        driver.get(href);
        WebElement editor = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        waitFor().until(d -> editor.getText().contains("katherine-ruiz"));
        assertTrue(editor.getText().contains("nkg:"), editor.getText());
        // The UI found its server: the editor's endpoint is the dataset's.
        waitFor().until(d -> String.valueOf(js("var i = document.querySelector('input[placeholder], .form-control'); "
                + "return [...document.querySelectorAll('input')].map(x => x.value).join(' ');")).contains("/newskg/"));
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.get(base + "/");
        ready();
    }

    @Test
    void theExplorerHomeListsTheBusiestNodes() {
        driver.get(base + "/");
        ready();
        assertTrue(driver.findElement(By.cssSelector("a[href='/id/person/katherine-ruiz']")).isDisplayed());
        assertTrue(driver.findElement(By.cssSelector("a[href='" + CLAIM_IN_THREE_OUTLETS + "']")).getText().contains("I have read every page"));
    }

    private static void ready() {
        waitFor().until(d -> {
            Object r = ((JavascriptExecutor) d).executeScript("return document.body.getAttribute('data-ready');");
            return r != null;
        });
        assertEquals("true", js("return document.body.getAttribute('data-ready');"), () -> driver.findElement(By.id("app")).getText());
    }

    private static int graphNodes(int atLeast) {
        waitFor().until(d -> {
            Object n = js("var g = document.getElementById('graph'); return g && g.getAttribute('data-nodes');");
            return n != null && Integer.parseInt(n.toString()) >= atLeast;
        });
        return Integer.parseInt(js("return document.getElementById('graph').getAttribute('data-nodes');").toString());
    }

    private static Object js(String script) { return ((JavascriptExecutor) driver).executeScript(script); }

    private static WebDriverWait waitFor() { return new WebDriverWait(driver, Duration.ofSeconds(20)); }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
        Path dir = Path.of("target", "explorer-screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), png);
        String docs = System.getProperty("newskg.screenshots");
        if (docs != null) {
            Files.createDirectories(Path.of(docs));
            Files.write(Path.of(docs, name), png);
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }
}
