package org.diplomacykg.browser;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.diplomacykg.TestData;
import org.diplomacykg.server.DkgServer;
import org.diplomacykg.server.ServerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The server in a real browser: headless Chromium from Debian's packages (installed by {@code .ci/run}) opens the query
 * UI, runs a query and reads a result row, opens the resource page of John Kerry at his IRI and follows a link.
 * Screenshots go to {@code target/screenshots/}. Skipped, saying why, when {@code /usr/bin/chromium} is missing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserEndToEndTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String KERRY = ServerConfig.DEFAULT_BASE + "id/person/john-kerry";
    private static final Duration WAIT = Duration.ofSeconds(40);

    private static DkgServer server;
    private static Chromium browser;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Chromium.BINARY),
            "/usr/bin/chromium is missing: install Debian's chromium (bash .ci/run does, as root) to run the browser test");
        server = DkgServer.start(TestData.seedDataset(), ServerConfig.defaults().withPort(0));
        browser = Chromium.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null)
            browser.close();
        if (server != null)
            server.close();
    }

    @Test
    @Order(0)
    void uiOffersTheProjectsQueriesAndHidesWhatCannotWork() throws Exception {
        // A fresh profile: the editor starts with the project's prefixes (a query once run is kept by the UI instead).
        browser.navigate(server.uiUrl() + "#/dataset/" + ServerConfig.DEFAULT_DATASET + "/query");
        String start = browser.await("the query editor", "(() => { const e = document.querySelector('.CodeMirror');"
            + " return e && e.CodeMirror ? e.CodeMirror.getValue() : ''; })()", v -> !v.isEmpty(), WAIT);
        assertTrue(start.startsWith("PREFIX dkg: <https://w3id.org/diplomacy-kg/ontology#>\nPREFIX id: <" + ServerConfig.DEFAULT_BASE + "id/>"), start);
        String badges = browser.evalString("[...document.querySelectorAll('span.badge')].map(b => b.innerText).join('|')");
        assertTrue(badges.contains("05-ministerial-place-per-source") && badges.contains("|dkg|"), badges);
        assertFalse(badges.contains("Selection of triples"), badges);
        // Nothing on the page leads to "add data", "edit" or "manage".
        String shown = browser.evalString("[...document.querySelectorAll('a, button')].filter(e => e.offsetParent !== null)"
            + ".map(e => e.innerText.trim()).join('|')");
        assertTrue(shown.contains("query") && shown.contains("info"), shown);
        for (String hidden : new String[] {"add data", "edit", "manage"})
            assertFalse(("|" + shown + "|").contains("|" + hidden + "|"), hidden + " shown: " + shown);
        // An example fills the editor with its file.
        browser.evalString("(() => { const b = [...document.querySelectorAll('span.badge')]"
            + ".find(b => b.innerText === '05-ministerial-place-per-source'); b.click(); return 'clicked'; })()");
        String example = Files.readString(Path.of("queries", "05-ministerial-place-per-source.rq"));
        browser.await("the example in the editor", "document.querySelector('.CodeMirror').CodeMirror.getValue()",
                      v -> v.strip().equals(example.strip()), WAIT);
        browser.screenshot(SCREENSHOTS.resolve("ui-examples.png"));
        // Leave the UI, so that the next test loads it afresh rather than changing this view's route.
        browser.navigate("about:blank");
    }

    @Test
    @Order(1)
    void uiRunsAQueryAndShowsTheRow() throws Exception {
        String query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT DISTINCT ?name WHERE { <" + KERRY + "> rdfs:label ?name }";
        browser.navigate(server.uiUrl() + "#/dataset/" + ServerConfig.DEFAULT_DATASET + "/query?query="
            + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
        // The editor shows the query from the link; its run button sends it to /ui/diplomacy/sparql.
        browser.await("the query editor with the query", "(() => { const e = document.querySelector('.CodeMirror');"
            + " return e && e.CodeMirror ? e.CodeMirror.getValue() : ''; })()", v -> v.contains("john-kerry"), WAIT);
        browser.await("the run button", "(() => { const b = document.querySelector('.yasqe_queryButton');"
            + " if (!b) return ''; b.click(); return 'clicked'; })()", "clicked"::equals, WAIT);
        String row = browser.await("a result row", "(() => { const cells = [...document.querySelectorAll('.yasr table tbody td')];"
            + " return cells.map(c => c.innerText).join(' | '); })()", v -> v.contains("John Kerry"), WAIT);
        assertTrue(row.contains("John Kerry"), row);
        browser.screenshot(SCREENSHOTS.resolve("ui-query-result.png"));
    }

    @Test
    @Order(2)
    void resourcePageOfJohnKerryAndAFollowedLink() throws Exception {
        // The IRI as this server answers it: a 303 to the page, which the browser follows.
        browser.navigate(server.resourceUrl(KERRY));
        browser.await("Kerry's page", "document.querySelector('h1') ? document.querySelector('h1').innerText : ''", "John Kerry"::equals, WAIT);
        assertEquals("/page/id/person/john-kerry", browser.evalString("location.pathname"));
        assertTrue(browser.evalString("document.body.innerText").contains("Links to this resource"));
        browser.screenshot(SCREENSHOTS.resolve("resource-john-kerry.png"));

        String href = browser.evalString("(() => { const a = document.querySelector('#properties a[href^=\"/page/id/state/\"]');"
            + " if (!a) return ''; const h = a.getAttribute('href'); a.click(); return h; })()");
        assertFalse(href.isEmpty(), "a link to a state on Kerry's page");
        browser.await("the linked page", "location.pathname", href::equals, WAIT);
        String title = browser.await("its title", "document.querySelector('h1') ? document.querySelector('h1').innerText : ''",
                                     t -> !t.isEmpty() && !t.equals("John Kerry"), WAIT);
        assertTrue(browser.evalString("document.body.innerText").contains("John Kerry"), "the state's page links back to Kerry");
        browser.screenshot(SCREENSHOTS.resolve("resource-followed-link.png"));
        assertFalse(title.isBlank());
    }
}
