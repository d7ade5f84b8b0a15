package org.diplomacykg.server;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

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
import org.diplomacykg.store.UnionDefaultGraphView;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running SPARQL and linked-data server over one dataset: embedded Fuseki (Jetty) with the Fuseki query UI.
 * <p>
 * Takes a {@link DatasetGraph} whose data sits in named graphs (one per article, plus the metadata, ontology and
 * gazetteer graphs) and a {@link ServerConfig}; gives, under {@code /{dataset}}:
 * <ul>
 * <li>SPARQL query at {@code sparql}, {@code query} and the dataset URL itself (GET and POST, every result
 *     format Fuseki writes, by {@code Accept} or by the names clients send in {@code format=} / {@code output=});
 *     the default graph is the union of the named graphs; a GET of {@code sparql} or {@code query} without a query
 *     answers the SPARQL 1.1 Service Description ({@link DkgQueryProcessor});</li>
 * <li>Graph Store Protocol, read only, at {@code get} and the dataset URL (GET {@code ?graph=…}, {@code ?default},
 *     or the whole dataset);</li>
 * <li>SPARQL Update at {@code update}, only with {@link ServerConfig#update()} (LOAD refused, {@link DkgUpdateProcessor});</li>
 * </ul>
 * and at the server root: the landing page ({@code /}), the query UI ({@code /ui/}, {@link UiServlet}), every IRI under
 * {@link ServerConfig#base()} with its page and data ({@code /id/…} → 303 → {@code /page/…} or {@code /data/…},
 * {@link LinkedDataServlet}), the ontology at its IRI ({@code /ontology}, {@link OntologyServlet}), the VoID description
 * ({@code /.well-known/void}), the dumps ({@code /dumps/}), the JSON-LD context ({@code /context.jsonld},
 * {@link ContextServlet}), and the read-only {@code /$/server}, {@code /$/ping},
 * {@code /$/stats}, {@code /$/validate/query} the UI calls. There is no upload and no admin ({@code /$/datasets},
 * backups, compaction, tasks). Each query gets {@link ServerConfig#timeout()} (HTTP 503 past it) and at most
 * {@link ServerConfig#maxRows()} rows; {@code SERVICE} to other hosts is refused (HTTP 4xx, no connection made) unless
 * {@link ServerConfig#allowService()}; script (JavaScript) functions are refused. Cross-origin reads are allowed from
 * any origin, without credentials, and no write method.
 * <p>
 * HTTP: answers are gzipped for clients that send {@code Accept-Encoding: gzip} (Jetty's {@link GzipHandler}; not the
 * dumps, which are gzip files already), with {@code Vary: Accept-Encoding} kept beside a servlet's own {@code Vary}
 * ({@link AcceptEncodingVaryFilter}); the documents made from the data (data documents, pages, ontology, VoID, JSON-LD
 * context) carry {@code ETag} and {@code Last-Modified} and answer conditional GETs with 304
 * ({@link ConditionalGetFilter}); the dumps are sent by Jetty's {@code ResourceServlet} with ranges and conditional
 * GET ({@link DumpServlet}).
 * <p>
 * Needs jena-fuseki-main and, for the UI, jena-fuseki-ui on the classpath (without it the server runs without UI).
 * The caller keeps ownership of the dataset: {@link #close()} stops the server but does not close the dataset.
 */
public final class DkgServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DkgServer.class);

    /** Where jena-fuseki-ui keeps the query UI. */
    private static final String UI_FOLDER = "webapp";
    private static final String UI_INDEX_RESOURCE = UI_FOLDER + "/index.html";
    /** How long VoID, service description and landing page figures are reused before being counted again. */
    private static final Duration STATISTICS_TTL = Duration.ofSeconds(60);

    private final FusekiServer fuseki;
    private final ServerConfig cfg;

    private DkgServer(FusekiServer fuseki, ServerConfig cfg) {
        this.fuseki = fuseki;
        this.cfg = cfg;
    }

    /**
     * The read-only view of an in-memory dataset that the endpoint queries: its default graph is the union of the
     * named graphs ({@link UnionDefaultGraphView#create}). For running the same queries in-process (tests, tools) as
     * the endpoint answers them.
     */
    public static DatasetGraph unionView(DatasetGraph dsg) {
        return UnionDefaultGraphView.create(dsg);
    }

    /**
     * Builds and starts the server; returns once it is listening.
     *
     * @param dsg the data, served through a view whose default graph is the union of the named graphs (for TDB2,
     *            queries use TDB2's own union default graph); read only unless {@link ServerConfig#update()}
     * @param cfg where to listen and what to allow
     * @throws org.apache.jena.fuseki.FusekiException if the server cannot start (for example, the port is taken)
     * @throws IllegalArgumentException if {@link ServerConfig#ontology()} exists but is not a readable ontology
     */
    public static DkgServer start(DatasetGraph dsg, ServerConfig cfg) {
        return start(dsg, cfg, null);
    }

    /**
     * As {@link #start(DatasetGraph, ServerConfig)}, with a second dataset at {@code /{dataset}-inferred}
     * ({@link #inferredEndpointUrl()}): {@code inferred}, the asserted named graphs plus the graph of inferred triples
     * (see {@code org.diplomacykg.reason.Inference#withInferred}), always read only, with the union of its named graphs as
     * default graph and the same time limit, row cap and SERVICE policy as the asserted dataset, which stays as it is.
     *
     * @param inferred the dataset with inferred triples, or {@code null} for none
     */
    public static DkgServer start(DatasetGraph dsg, ServerConfig cfg, DatasetGraph inferred) {
        Objects.requireNonNull(dsg, "dsg");
        Objects.requireNonNull(cfg, "cfg");

        DatasetGraph served = UnionDefaultGraphView.served(dsg, cfg.unionDefaultGraph(), cfg.update());
        boolean unionByContext = cfg.unionDefaultGraph() && UnionDefaultGraphView.needsUnionContext(dsg);
        DatasetStatistics.Cache stats = new DatasetStatistics.Cache(dsg, cfg.base(), STATISTICS_TTL);
        DataVersion version = new DataVersion(Instant.now());
        DataService dataService = dataService(served, queryContext(cfg, unionByContext), cfg, stats, version);
        LinkedDataPaths paths = new LinkedDataPaths(cfg.base());

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
            // "" is the root alone; "/*" is every other path no servlet or dataset claims: the IRIs under the base.
            .addServlet("", new LandingServlet(cfg, dsg, stats))
            .addServlet("/*", new LinkedDataServlet(LinkedDataServlet.Mode.RESOURCE, dsg, paths))
            .addServlet(LinkedDataPaths.PAGE + "*", new LinkedDataServlet(LinkedDataServlet.Mode.PAGE, dsg, paths))
            .addServlet(LinkedDataPaths.DATA + "*", new LinkedDataServlet(LinkedDataServlet.Mode.DATA, dsg, paths))
            .addServlet(Descriptions.VOID_PATH, new VoidServlet(cfg, stats))
            .addServlet(DumpServlet.PATH_SPEC, new DumpServlet(cfg.dumps()))
            .addServlet(ContextServlet.PATH, new ContextServlet(cfg.base()))
            .addFilter("/*", new RequestSizeFilter(cfg.maxQueryBytes()))
            .addFilter("/*", new PublicReadCorsFilter("/" + cfg.datasetName() + "/update"))
            .addFilter("/*", new AcceptEncodingVaryFilter())
            .addFilter("/*", new ConditionalGetFilter(version, documentPaths()));
        if (inferred != null) {
            ServerConfig icfg = inferredConfig(cfg);
            builder.add(icfg.datasetName(), dataService(UnionDefaultGraphView.served(inferred, true, false), queryContext(icfg, false), icfg,
                                                        new DatasetStatistics.Cache(inferred, cfg.base(), STATISTICS_TTL), version));
        }
        if (DkgServer.class.getClassLoader().getResource(UI_INDEX_RESOURCE) != null)
            builder.addServlet(UiServlet.PATH_SPEC, new UiServlet(UI_FOLDER, cfg.queries(), cfg.base()));
        else
            LOG.warn("Query UI not found (resource {} is missing, jena-fuseki-ui not on the classpath?); serving SPARQL only",
                     UI_INDEX_RESOURCE);

        FusekiServer fuseki = builder.build();
        compress(fuseki.getJettyServer());
        bindTo(fuseki, cfg.host());
        fuseki.start();
        DkgServer server = new DkgServer(fuseki, cfg);
        LOG.info("SPARQL endpoint {} (query timeout {} ms, at most {} rows, SERVICE {}), UI {}", server.endpointUrl(),
                 cfg.timeout().toMillis(), cfg.maxRows(), cfg.allowService() ? "allowed" : "refused", server.uiUrl());
        if (cfg.update())
            LOG.warn("SPARQL Update is ON at {}: anyone who can reach this server can change or delete the data", server.updateUrl());
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

    /** The SPARQL endpoint of the dataset with inferred triples, e.g. {@code http://localhost:3030/diplomacy-inferred/sparql}. */
    public String inferredEndpointUrl() {
        return baseUrl() + inferredConfig(cfg).datasetName() + "/sparql";
    }

    /** The settings of the inferred dataset: those of the asserted one under the name {@code {dataset}-inferred}, never writable. */
    private static ServerConfig inferredConfig(ServerConfig cfg) {
        return cfg.withDatasetName(cfg.datasetName() + "-inferred").withUpdate(false);
    }

    /**
     * The ontology, e.g. {@code http://localhost:3030/ontology}: where this server answers the ontology IRI
     * {@code https://w3id.org/diplomacy-kg/ontology} (404 when no ontology file was found).
     */
    public String ontologyUrl() {
        return baseUrl() + OntologyServlet.PATH_SEGMENT;
    }

    /** The query UI, e.g. {@code http://localhost:3030/ui/}. */
    public String uiUrl() {
        return baseUrl() + UiServlet.PATH.substring(1) + "/";
    }

    /** The JSON-LD context, e.g. {@code http://localhost:3030/context.jsonld}: where the server answers {@code {base}context.jsonld}. */
    public String contextUrl() {
        return baseUrl() + ContextServlet.PATH.substring(1);
    }

    /** The landing page, the server root, e.g. {@code http://localhost:3030/}. */
    public String rootUrl() {
        return baseUrl();
    }

    /** The SPARQL Update endpoint, e.g. {@code http://localhost:3030/diplomacy/update}; it answers only with {@link ServerConfig#update()}. */
    public String updateUrl() {
        return baseUrl() + cfg.datasetName() + "/update";
    }

    /** The VoID description, e.g. {@code http://localhost:3030/.well-known/void}. */
    public String voidUrl() {
        return baseUrl() + Descriptions.VOID_PATH.substring(1);
    }

    /** Where this server answers a data IRI under the base, e.g. {@code http://localhost:3030/id/person/john-kerry}. */
    public String resourceUrl(String iri) {
        LinkedDataPaths paths = new LinkedDataPaths(cfg.base());
        if (!paths.isLocal(iri))
            throw new IllegalArgumentException(iri + " is not under the base " + cfg.base());
        return baseUrl() + paths.resourcePath(iri).substring(1);
    }

    /** The configuration the server runs with. */
    public ServerConfig config() {
        return cfg;
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
     * Query and read-only Graph Store endpoints, and, when configured, SPARQL Update at {@code update}; nothing else:
     * built by hand because {@code withStdServices(false)} would follow whatever {@code FusekiExt} adds to the read set.
     */
    private static DataService dataService(DatasetGraph dsg, Context cxt, ServerConfig cfg, DatasetStatistics.Cache stats,
                                           DataVersion version) {
        DataService.Builder b = DataService.newBuilder(dsg);
        DkgQueryProcessor query = new DkgQueryProcessor(cfg, stats);
        // Order matters: the UI sends its queries to the first query endpoint listed by /$/server.
        for (String name : new String[] {"sparql", "query", ""})
            b.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name).context(cxt).processor(query).build());
        for (String name : new String[] {"get", ""})
            b.addEndpoint(Endpoint.create().operation(Operation.GSP_R).endpointName(name).context(cxt).build());
        if (cfg.update())
            b.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update").context(cxt)
                .processor(new DkgUpdateProcessor(version)).build());
        return b.build();
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

    /** The documents made from the data on each request, which {@link ConditionalGetFilter} tags. */
    private static List<String> documentPaths() {
        return List.of(LinkedDataPaths.DATA + "*", LinkedDataPaths.PAGE + "*", OntologyServlet.PATH_SPEC, Descriptions.VOID_PATH,
                       ContextServlet.PATH);
    }

    /**
     * Wraps Fuseki's handler in Jetty's {@link GzipHandler}: GET and POST answers (SPARQL results over POST too) of a
     * compressible type, at least 32 bytes long, are gzipped when the request accepts it. Request bodies are not
     * inflated (GzipHandler's default), so the size limit of {@link RequestSizeFilter} holds. The dumps are left out:
     * they are gzip files, and a byte range of them must be a range of the file.
     */
    private static void compress(Server jetty) {
        GzipHandler gzip = new GzipHandler();
        gzip.setIncludedMethods("GET", "POST");
        gzip.setInflateBufferSize(-1);
        gzip.addExcludedPaths(DumpServlet.PATH_SPEC);
        gzip.setHandler(jetty.getHandler());
        jetty.setHandler(gzip);
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
