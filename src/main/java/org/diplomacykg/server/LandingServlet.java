package org.diplomacykg.server;

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

    /** An article to start browsing from: a link to its page (or its title when it has none) and its byline. */
    record ArticleRow(Shown link, String byline) {}

    /** An example query with its links: open it in the UI, run it as a text table, as CSV. */
    record ExampleRow(Example example, String ui, String table, String csv) {}

    /**
     * What the landing page shows.
     *
     * @param dataset the dataset's path ({@code /diplomacy})
     * @param dumps   the dump files' names
     */
    record View(String dataset, long quads, int graphs, long entities, boolean update, String ontologyIri, String voidPath,
                String base, List<String> dumps, List<ExampleRow> examples, List<ArticleRow> articles) {}

    String page() {
        return Pages.render("landing.jte", view());
    }

    View view() {
        String ds = "/" + cfg.datasetName();
        DatasetStatistics s = stats.get();
        List<ExampleRow> examples = examples(cfg.queries()).stream().map(e -> {
            String q = URLEncoder.encode(e.query(), StandardCharsets.UTF_8);
            return new ExampleRow(e, "/ui/#/dataset/" + cfg.datasetName() + "/query?query=" + q,
                ds + "/sparql?format=text&query=" + q, ds + "/sparql?format=csv&query=" + q);
        }).toList();
        return new View(ds, s.quads(), s.quadsPerGraph().size(), s.entities(), cfg.update(), DKG.ONTOLOGY_IRI,
            Descriptions.VOID_PATH, cfg.base(), Dumps.list(cfg.dumps()).stream().map(d -> d.getFileName().toString()).toList(),
            examples, articles());
    }

    private List<ArticleRow> articles() {
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
        LinkedDataPaths paths = new LinkedDataPaths(cfg.base());
        return rows.stream().map(r -> {
            String text = r[1].isEmpty() ? r[0] : r[1];
            Shown link = paths.href(r[0]).map(h -> Shown.link(text, h, null)).orElse(Shown.text(r[1]));
            return new ArticleRow(link, r[2] + (r[3].isEmpty() ? "" : ", " + r[3]));
        }).toList();
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
