package org.diplomacykg.server;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running, read-only SPARQL server over one dataset: embedded Fuseki (Jetty) with the Fuseki query UI.
 * <p>
 * Takes a {@link DatasetGraph} whose data sits in named graphs (one per article, plus the metadata,
 * ontology and gazetteer graphs) and a {@link ServerConfig}; gives, under {@code /{dataset}}:
 * <ul>
 * <li>SPARQL query at {@code sparql}, {@code query} and the dataset URL itself (GET and POST, every result
 *     format Fuseki writes); the default graph is the union of the named graphs;</li>
 * <li>Graph Store Protocol, read only, at {@code get} and the dataset URL (GET {@code ?graph=…}, {@code ?default},
 *     or the whole dataset);</li>
 * </ul>
 * and at the server root the query UI ({@code /}), {@code /$/server}, {@code /$/ping}, {@code /$/stats},
 * {@code /$/validate/query} and the ontology at its IRI ({@code /ontology}: HTML or RDF by content negotiation, see
 * {@link OntologyServlet}), all read only. There is no SPARQL Update, no upload, no admin ({@code /$/datasets},
 * backups, compaction, tasks). Each query gets {@link ServerConfig#timeout()} (HTTP 503 past it); {@code SERVICE}
 * to other hosts is refused (HTTP 4xx, no connection made) unless {@link ServerConfig#allowService()}; script
 * (JavaScript) functions are refused. Cross-origin reads are allowed from any origin, without credentials.
 * <p>
 * Needs jena-fuseki-main and, for the UI, jena-fuseki-ui on the classpath (without it the server runs without UI).
 * The caller keeps ownership of the dataset: {@link #close()} stops the server but does not close the dataset.
 */
public final class DkgServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DkgServer.class);

    /** Where jena-fuseki-ui keeps the query UI; the resource's folder becomes the static file base. */
    private static final String UI_INDEX_RESOURCE = "webapp/index.html";

    private final FusekiServer fuseki;
    private final ServerConfig cfg;

    private DkgServer(FusekiServer fuseki, ServerConfig cfg) {
        this.fuseki = fuseki;
        this.cfg = cfg;
    }

    /**
     * The read-only view of an in-memory dataset that the endpoint queries: its default graph is the union of the
     * named graphs. For running the same queries in-process (tests, tools) as the endpoint answers them.
     */
    public static DatasetGraph unionView(DatasetGraph dsg) {
        return UnionDefaultGraphView.create(dsg);
    }

    /**
     * Builds and starts the server; returns once it is listening.
     *
     * @param dsg the data, served through a read-only view whose default graph is the union of the named
     *            graphs (for TDB2, queries use TDB2's own union default graph)
     * @param cfg where to listen and what to allow
     * @throws org.apache.jena.fuseki.FusekiException if the server cannot start (for example, the port is taken)
     * @throws IllegalArgumentException if {@link ServerConfig#ontology()} exists but is not a readable ontology
     */
    public static DkgServer start(DatasetGraph dsg, ServerConfig cfg) {
        Objects.requireNonNull(dsg, "dsg");
        Objects.requireNonNull(cfg, "cfg");

        DatasetGraph served = UnionDefaultGraphView.create(dsg);
        DataService dataService = readOnlyService(served, queryContext(cfg, UnionDefaultGraphView.needsUnionContext(dsg)));

        FusekiServer.Builder builder = FusekiServer.create()
            // No modules from the classpath: FMod_UI would pull in FMod_Admin (dataset create/delete, backups).
            .fusekiModules(FusekiModules.empty())
            .port(cfg.port())
            .add(cfg.datasetName(), dataService)
            .enablePing(true)
            // The UI reads /$/stats/{dataset} when it opens a dataset; it is read only.
            .enableStats(true)
            .addServlet("/$/server", new ActionServerStatus())
            .addServlet("/$/validate/query", new QueryValidator())
            .addServlet(OntologyServlet.PATH_SPEC, new OntologyServlet(OntologyDocument.load(cfg.ontology())))
            .addFilter("/*", new PublicReadCorsFilter());
        uiLocation().ifPresentOrElse(builder::staticFileBase,
            () -> LOG.warn("Query UI not found (resource {} is missing, jena-fuseki-ui not on the classpath?); serving SPARQL only",
                           UI_INDEX_RESOURCE));

        FusekiServer fuseki = builder.build();
        bindTo(fuseki, cfg.host());
        fuseki.start();
        DkgServer server = new DkgServer(fuseki, cfg);
        LOG.info("SPARQL endpoint {} (query timeout {} ms, SERVICE {}), UI {}", server.endpointUrl(),
                 cfg.timeout().toMillis(), cfg.allowService() ? "allowed" : "refused", server.uiUrl());
        return server;
    }

    /** The port the server listens on (the free port chosen when the configured port was 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The SPARQL query endpoint, e.g. {@code http://localhost:3030/diplomacy/sparql}. */
    public String endpointUrl() {
        return baseUrl() + cfg.datasetName() + "/sparql";
    }

    /**
     * The ontology, e.g. {@code http://localhost:3030/ontology}: where this server answers the ontology IRI
     * {@code https://w3id.org/diplomacy-kg/ontology} (404 when no ontology file was found).
     */
    public String ontologyUrl() {
        return baseUrl() + OntologyServlet.PATH_SEGMENT;
    }

    /** The query UI, e.g. {@code http://localhost:3030/}. */
    public String uiUrl() {
        return baseUrl();
    }

    /** Blocks until the server stops (by {@link #close()} from another thread, or JVM shutdown). */
    public void join() {
        fuseki.join();
    }

    /** Stops the server. The dataset stays open. */
    @Override
    public void close() {
        fuseki.stop();
    }

    /**
     * Query and read-only Graph Store endpoints, and nothing else: built by hand because
     * {@code withStdServices(false)} would follow whatever {@code FusekiExt} adds to the read set.
     */
    private static DataService readOnlyService(DatasetGraph dsg, Context cxt) {
        DataService.Builder b = DataService.newBuilder(dsg);
        // Order matters: the UI sends its queries to the first query endpoint listed by /$/server.
        for (String name : new String[] {"sparql", "query", ""})
            b.addEndpoint(endpoint(Operation.Query, name, cxt));
        for (String name : new String[] {"get", ""})
            b.addEndpoint(endpoint(Operation.GSP_R, name, cxt));
        return b.build();
    }

    private static Endpoint endpoint(Operation op, String name, Context cxt) {
        return Endpoint.create().operation(op).endpointName(name).context(cxt).build();
    }

    /**
     * Settings for every query. Endpoint context rather than dataset context: Fuseki merges it last, so it
     * wins over whatever the dataset (say, a TDB2 assembler file) or the JVM-wide ARQ context says, and the
     * caller's dataset is not changed.
     */
    private static Context queryContext(ServerConfig cfg, boolean unionByContext) {
        Context cxt = new Context();
        // A string, because Fuseki reads this setting with getAsString (overall limit in ms).
        cxt.set(ARQ.queryTimeout, Long.toString(cfg.timeout().toMillis()));
        cxt.set(ARQ.httpServiceAllowed, cfg.allowService());
        // Script functions also need the JVM property jena:scripting=true; an empty allow list refuses every
        // function even if someone sets it.
        cxt.set(ARQ.symCustomFunctionScriptAllowList, "");
        if (unionByContext)
            cxt.set(TDB2.symUnionDefaultGraph, true);
        return cxt;
    }

    /** The UI folder as Fuseki's static file base: a {@code jar:} URI, or a directory when unpacked. */
    private static Optional<String> uiLocation() {
        URL index = DkgServer.class.getClassLoader().getResource(UI_INDEX_RESOURCE);
        if (index == null)
            return Optional.empty();
        String url = index.toExternalForm();
        String folder = url.substring(0, url.length() - "index.html".length());
        if (folder.startsWith("jar:"))
            return Optional.of(folder);
        try {
            return Optional.of(Path.of(index.toURI()).getParent().toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            LOG.warn("Query UI at {} is neither in a jar nor a directory; serving SPARQL only", url, e);
            return Optional.empty();
        }
    }

    /** FusekiServer.Builder can only bind to all interfaces or to localhost; set the host on Jetty itself. */
    private static void bindTo(FusekiServer fuseki, String host) {
        for (Connector c : fuseki.getJettyServer().getConnectors())
            if (c instanceof ServerConnector sc)
                sc.setHost(host);
    }

    private String baseUrl() {
        String host = cfg.host();
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]"))
            host = "localhost";
        else if (host.contains(":") && !host.startsWith("["))
            host = "[" + host + "]";
        return "http://" + host + ":" + port() + "/";
    }
}
