package org.diplomacykg.server;

import static org.diplomacykg.server.OntologyHtml.esc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.diplomacykg.graph.DKG;
import org.diplomacykg.store.Dumps;

/**
 * The landing page at {@code /}: what the dataset is, the SPARQL endpoint and its service description, the query UI
 * ({@code /ui/}), every example query of the queries folder with one-click links (open it in the UI, or run it on the
 * endpoint as a text table or CSV), the articles (entry points for browsing), the ontology, the VoID description and
 * the dumps. Queries are read from the folder on each request, so an edited query shows at once.
 */
final class LandingServlet extends HttpServlet {

    private static final int MAX_ARTICLES_LISTED = 200;

    private final transient ServerConfig cfg;
    private final transient DatasetGraph dsg;
    private final transient DatasetStatistics.Cache stats;

    LandingServlet(ServerConfig cfg, DatasetGraph dsg, DatasetStatistics.Cache stats) {
        this.cfg = cfg;
        this.dsg = dsg;
        this.stats = stats;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.html(resp, page(), true);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.html(resp, page(), false);
    }

    /** An example query: its file name, the question its header comment asks, and its text. */
    record Example(String file, String title, String query) {}

    String page() {
        String ds = "/" + cfg.datasetName();
        DatasetStatistics s = stats.get();
        StringBuilder out = new StringBuilder(16 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
           .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>diplomacy-kg</title>\n")
           .append("<link rel=\"alternate\" type=\"text/turtle\" href=\"").append(Descriptions.VOID_PATH).append("\">\n<style>\n")
           .append(PageStyle.CSS).append("</style>\n</head>\n<body>\n").append(PageStyle.NAV)
           .append("<h1>diplomacy-kg</h1>\n<p>Diplomatic events, the people and states taking part, their posts, quotes and "
               + "characterisations, extracted from news articles. Each article's claims are in a named graph of their own, every "
               + "claim with the sentence it came from; when sources disagree, both claims are kept.</p>\n");
        out.append("<p>").append(s.quads()).append(" statements in ").append(s.quadsPerGraph().size()).append(" graphs; ")
           .append(s.entities()).append(" entities.</p>\n");

        out.append("<h2>Use it</h2>\n<ul>\n")
           .append("<li><a href=\"/ui/\">Query UI</a> (Fuseki; dataset <code>").append(esc(ds)).append("</code>)</li>\n")
           .append("<li>SPARQL endpoint: <a href=\"").append(esc(ds)).append("/sparql\"><code>").append(esc(ds))
           .append("/sparql</code></a> (GET or POST; a GET without a query gives its service description)")
           .append(cfg.update() ? "; SPARQL Update at <code>" + esc(ds) + "/update</code>" : "; read only").append("</li>\n")
           .append("<li>Ontology: <a href=\"/ontology\"><code>").append(esc(DKG.ONTOLOGY_IRI)).append("</code></a></li>\n")
           .append("<li>Dataset description (VoID): <a href=\"").append(Descriptions.VOID_PATH).append("\"><code>")
           .append(Descriptions.VOID_PATH).append("</code></a></li>\n")
           .append("<li>Every IRI under <code>").append(esc(cfg.base())).append("</code> answers here: <code>")
           .append(esc(cfg.base())).append("id/…</code> at <code>/id/…</code> (HTML for browsers, RDF for programs)</li>\n");
        List<Path> dumps = Dumps.list(cfg.dumps());
        if (dumps.isEmpty()) {
            out.append("<li>Dumps: none written yet (<code>export</code>)</li>\n");
        } else {
            out.append("<li>Dumps: ");
            for (Path d : dumps)
                out.append("<a href=\"/dumps/").append(esc(d.getFileName().toString())).append("\">")
                   .append(esc(d.getFileName().toString())).append("</a> ");
            out.append("</li>\n");
        }
        out.append("</ul>\n");

        List<Example> examples = examples(cfg.queries());
        if (!examples.isEmpty()) {
            out.append("<h2>Example queries</h2>\n<table>\n<tr><th>Query</th><th>Question</th><th>Run</th></tr>\n");
            for (Example e : examples) {
                String q = URLEncoder.encode(e.query(), StandardCharsets.UTF_8);
                out.append("<tr><td><code>").append(esc(e.file())).append("</code></td><td>").append(esc(e.title()))
                   .append("</td><td><a class=\"run-ui\" href=\"/ui/#/dataset/").append(esc(cfg.datasetName())).append("/query?query=")
                   .append(esc(q)).append("\">in the UI</a> · <a class=\"run-text\" href=\"").append(esc(ds)).append("/sparql?format=text&amp;query=")
                   .append(esc(q)).append("\">table</a> · <a href=\"").append(esc(ds)).append("/sparql?format=csv&amp;query=")
                   .append(esc(q)).append("\">CSV</a></td></tr>\n");
            }
            out.append("</table>\n");
        }
        articles(out);
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void articles(StringBuilder out) {
        List<String[]> rows = Txn.calculateRead(dsg, () -> {
            Model all = ModelFactory.createModelForGraph(dsg.getUnionGraph());
            List<String[]> list = new ArrayList<>();
            for (Resource a : all.listSubjectsWithProperty(RDF.type, DKG.Article).toList()) {
                if (!a.isURIResource() || list.size() >= MAX_ARTICLES_LISTED)
                    continue;
                list.add(new String[] {a.getURI(), text(a, DCTerms.title), text(a, DKG.publisherName), text(a, DCTerms.date)});
            }
            list.sort((x, y) -> (x[3] + x[0]).compareTo(y[3] + y[0]));
            return list;
        });
        if (rows.isEmpty())
            return;
        LinkedDataPaths paths = new LinkedDataPaths(cfg.base());
        out.append("<h2>Articles</h2>\n<ul>\n");
        for (String[] r : rows) {
            out.append("<li>");
            out.append(paths.href(r[0]).map(h -> "<a href=\"" + esc(h) + "\">" + esc(r[1].isEmpty() ? r[0] : r[1]) + "</a>")
                .orElse(esc(r[1])));
            out.append(" <span class=\"src\">").append(esc(r[2])).append(r[3].isEmpty() ? "" : ", " + esc(r[3])).append("</span></li>\n");
        }
        out.append("</ul>\n");
    }

    private static String text(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s != null && s.getObject().isLiteral() ? s.getString() : "";
    }

    /** Every {@code *.rq} of the folder, by file name; its title is the first paragraph of its header comment. */
    static List<Example> examples(Path dir) {
        if (dir == null || !Files.isDirectory(dir))
            return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            List<Example> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String q = Files.readString(f, StandardCharsets.UTF_8);
                out.add(new Example(f.getFileName().toString(), title(q), q));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the example queries in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** "# Q05. Where, … held,\n# according to each source?\n#\n…" gives "Where, … held, according to each source?". */
    static String title(String query) {
        StringBuilder t = new StringBuilder();
        for (String line : query.split("\n", -1)) {
            String l = line.strip();
            if (!l.startsWith("#"))
                break;
            String c = l.substring(1).strip();
            if (c.isEmpty()) {
                if (t.length() > 0)
                    break;
                continue;
            }
            if (t.length() > 0)
                t.append(' ');
            t.append(c);
        }
        return t.toString().replaceFirst("^Q\\d+\\.\\s*", "");
    }
}
