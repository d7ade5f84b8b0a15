package org.diplomacykg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.diplomacykg.server.DumpServlet.DumpFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages the server writes itself share one layout (head, style sheet, navigation), and the dump listing. */
class PagesTest {

    @Test
    void everyPageHasTheOneLayout() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> RDFParser.fromString(ResourceHtmlTest.TRIG, Lang.TRIG).parse(dsg));
        LinkedDataPaths paths = new LinkedDataPaths(ResourceHtmlTest.B);
        String resource = Txn.calculateRead(dsg, () -> ResourceHtml.render(
            ResourceDescription.describe(dsg, ResourceHtmlTest.B + "id/event/m", 100), dsg, paths));
        Model m = ModelFactory.createDefaultModel();
        Resource o = m.createResource("https://example.org/onto").addProperty(org.apache.jena.vocabulary.RDF.type,
            org.apache.jena.vocabulary.OWL2.Ontology);
        String ontology = OntologyHtml.render(m, o);
        String dumps = Pages.render("dumps.jte", List.<DumpFile>of());
        String style = between(resource, "<style>", "</style>");
        assertTrue(style.contains("mark{") && style.contains("section.term{"), "one style sheet for all pages: " + style);
        for (String page : List.of(resource, ontology, dumps)) {
            assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"), page);
            assertEquals(style, between(page, "<style>", "</style>"), "the same style sheet");
            assertEquals(1, page.split("<nav class=\"top\">", -1).length - 1, "one navigation bar: " + page);
            assertTrue(page.contains("<a href=\"/ontology\">Ontology</a>"), page);
            assertFalse(page.contains("<script"), "no scripts: " + page);
            assertTrue(page.stripTrailing().endsWith("</body>\n</html>"), page);
        }
        assertTrue(resource.contains("<title>The meeting — diplomacy-kg</title>"), resource);
        assertTrue(resource.contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"/data/id/event/m.ttl\">"), resource);
    }

    @Test
    void dumpListingNamesEachFileWithItsSize(@TempDir Path dir) throws Exception {
        Path nq = Files.writeString(dir.resolve("diplomacy.nq.gz"), "12345");
        Path sums = Files.writeString(dir.resolve("SHA256SUMS"), "ab");
        assertEquals(List.of(new DumpFile("diplomacy.nq.gz", 5), new DumpFile("SHA256SUMS", 2), new DumpFile("gone", -1)),
            DumpServlet.listing(List.of(nq, sums, dir.resolve("gone"))));
        String page = Pages.render("dumps.jte", DumpServlet.listing(List.of(nq, sums)));
        assertTrue(page.contains("<li><a href=\"/dumps/diplomacy.nq.gz\">diplomacy.nq.gz</a> <span class=\"src\">5 bytes</span></li>"), page);
        assertTrue(page.contains("sha256sum -c SHA256SUMS"), page);
        String empty = Pages.render("dumps.jte", List.<DumpFile>of());
        assertTrue(empty.contains("No dump has been written"), empty);
        assertFalse(empty.contains("<ul>"), empty);
    }

    @Test
    void landingPageOffersEveryExampleQueryToRun() throws Exception {
        ServerConfig cfg = ServerTestLib.testConfig();
        DatasetGraph dsg = ServerTestLib.twoGraphs();
        LandingServlet landing = new LandingServlet(cfg, dsg, new DatasetStatistics.Cache(dsg, cfg.base(), java.time.Duration.ofMinutes(1)));
        LandingServlet.View v = landing.view();
        assertEquals("/" + ServerConfig.DEFAULT_DATASET, v.dataset());
        assertFalse(v.update());
        assertEquals(3, v.quads());
        List<Path> files;
        try (var list = Files.list(cfg.queries())) {
            files = list.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
        assertEquals(files.stream().map(f -> f.getFileName().toString()).toList(), v.examples().stream().map(e -> e.example().file()).toList());
        LandingServlet.ExampleRow first = v.examples().get(0);
        String prefix = "/" + ServerConfig.DEFAULT_DATASET + "/sparql?format=text&query=";
        assertTrue(first.table().startsWith(prefix), first.table());
        assertEquals(Files.readString(files.get(0)), java.net.URLDecoder.decode(first.table().substring(prefix.length()), "UTF-8"));
        String html = landing.page();
        assertTrue(html.contains("; read only</li>"), html);
        assertTrue(html.contains("<a class=\"run-text\" href=\"" + prefix.replace("&", "&amp;")), "the link, escaped: " + html);
    }

    private static String between(String s, String from, String to) {
        int a = s.indexOf(from);
        assertTrue(a >= 0, from + " in " + s);
        return s.substring(a + from.length(), s.indexOf(to, a));
    }
}
