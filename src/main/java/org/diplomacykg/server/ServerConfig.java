package org.diplomacykg.server;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

import org.diplomacykg.graph.IriMinter;

/**
 * How {@link DkgServer} listens and what it allows: an immutable value, validated on construction.
 *
 * @param host              interface to bind ("localhost" keeps the server off the network; "0.0.0.0" binds all)
 * @param port              TCP port; 0 takes a free port ({@link DkgServer#port()} then says which)
 * @param datasetName       URL segment of the dataset: endpoints live under {@code /datasetName/}
 * @param timeout           longest a SPARQL query may run before it is cancelled (HTTP 503)
 * @param allowService      whether SPARQL {@code SERVICE} may call other hosts; off by default because it
 *                          lets any client make the server open connections (server-side request forgery)
 * @param ontology          the ontology file served at the ontology IRI ({@code /ontology}), with
 *                          {@value #EVENT_CODES_FILE} from the same folder when that file exists; {@code null} serves
 *                          no ontology. A missing file is not an error: {@code /ontology} then answers 404.
 * @param base              base of the data IRIs; {@code base + "id/person/x"} is answered at {@code /id/person/x}
 * @param maxRows           most rows (solutions) a query returns: a query without {@code LIMIT}, or with a larger
 *                          one, is cut to this many
 * @param update            whether SPARQL Update is open at {@code /datasetName/update}; off by default: anyone who
 *                          can reach the server could then change or delete the data
 * @param unionDefaultGraph whether the default graph is the union of the named graphs (true, the server's mode);
 *                          false serves the dataset as it is (for conformance tests)
 * @param dumps             folder of the dump files served at {@code /dumps/}; {@code null} serves none
 * @param queries           folder of example queries ({@code *.rq}) listed on the landing page; {@code null} or
 *                          missing lists none
 * @param maxQueryBytes     the longest query string or request body the server reads, in bytes; a longer request is
 *                          answered 413 (see {@link RequestSizeFilter})
 */
public record ServerConfig(String host, int port, String datasetName, Duration timeout, boolean allowService, Path ontology,
                           String base, long maxRows, boolean update, boolean unionDefaultGraph, Path dumps, Path queries,
                           long maxQueryBytes) {

    public static final String DEFAULT_HOST = "localhost";
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_DATASET = "diplomacy";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final String DEFAULT_BASE = IriMinter.DEFAULT_BASE;
    public static final long DEFAULT_MAX_ROWS = 100_000;
    /** 64 KB: far more than any query written by hand, far less than a request that could tie up the server. */
    public static final long DEFAULT_MAX_QUERY_BYTES = 64 * 1024;
    /** Relative to the working directory, as the other inputs of {@code serve} are. */
    public static final Path DEFAULT_ONTOLOGY = Path.of("ontology", "diplomacy.ttl");
    /** Relative to the working directory. */
    public static final Path DEFAULT_QUERIES = Path.of("queries");
    /** Read from the ontology's folder and served with it, when present. */
    public static final String EVENT_CODES_FILE = "event-codes.ttl";
    /**
     * First path segments the server answers itself; a dataset may not take them, because Fuseki dispatches to
     * datasets before anything else.
     */
    public static final Set<String> RESERVED_SEGMENTS = Set.of("id", "graph", "page", "data", "dumps", "ui", ".well-known", "context.jsonld");

    /** @throws IllegalArgumentException naming the bad setting */
    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(datasetName, "datasetName");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(base, "base");
        if (host.isBlank())
            throw new IllegalArgumentException("host: must not be blank");
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("port: " + port + " is not in 0..65535");
        // One plain path segment: Fuseki would otherwise read part of the name as an endpoint.
        if (!datasetName.matches("[A-Za-z0-9._~-]+") || datasetName.equals("$"))
            throw new IllegalArgumentException("datasetName: '" + datasetName + "' must be one URL path segment (letters, digits, . _ ~ -)");
        if (RESERVED_SEGMENTS.contains(datasetName))
            throw new IllegalArgumentException("datasetName: '" + datasetName + "' is a path the server uses itself ("
                + String.join(", ", RESERVED_SEGMENTS.stream().sorted().toList()) + ")");
        // Fuseki dispatches to datasets before servlets: a dataset of that name would hide the ontology.
        if (ontology != null && datasetName.equals(OntologyServlet.PATH_SEGMENT))
            throw new IllegalArgumentException("datasetName: '" + datasetName + "' is the path of the ontology");
        if (timeout.isZero() || timeout.isNegative())
            throw new IllegalArgumentException("timeout: must be positive, got " + timeout);
        if (maxRows <= 0)
            throw new IllegalArgumentException("maxRows: must be positive, got " + maxRows);
        if (maxQueryBytes <= 0)
            throw new IllegalArgumentException("maxQueryBytes: must be positive, got " + maxQueryBytes);
        checkBase(base);
    }

    private static void checkBase(String base) {
        URI u;
        try {
            u = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("base: '" + base + "' is not an IRI: " + e.getMessage());
        }
        if (!u.isAbsolute() || u.getRawAuthority() == null || !base.endsWith("/") || u.getRawQuery() != null || u.getRawFragment() != null)
            throw new IllegalArgumentException("base: '" + base + "' must be an absolute http(s) IRI ending with '/', without query or fragment");
    }

    /** Without the settings that came later: their defaults. */
    public ServerConfig(String host, int port, String datasetName, Duration timeout, boolean allowService, Path ontology) {
        this(host, port, datasetName, timeout, allowService, ontology, DEFAULT_BASE, DEFAULT_MAX_ROWS, false, true, null, DEFAULT_QUERIES,
            DEFAULT_MAX_QUERY_BYTES);
    }

    /** Without an ontology setting: serves {@link #DEFAULT_ONTOLOGY}. */
    public ServerConfig(String host, int port, String datasetName, Duration timeout, boolean allowService) {
        this(host, port, datasetName, timeout, allowService, DEFAULT_ONTOLOGY);
    }

    /**
     * localhost, port 3030, dataset "diplomacy", 30 s query limit, at most 100 000 rows, no SERVICE, no update, union
     * default graph, ontology from {@code ontology/diplomacy.ttl}, base {@value #DEFAULT_BASE}, no dumps, example
     * queries from {@code queries/}.
     */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_DATASET, DEFAULT_TIMEOUT, false, DEFAULT_ONTOLOGY);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, datasetName, timeout, allowService, ontology, base, maxRows, update, unionDefaultGraph, dumps, queries, maxQueryBytes);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, datasetName, timeout, allowService, ontology, base, maxRows, update, unionDefaultGraph, dumps, queries, maxQueryBytes);
    }

    public ServerConfig withDatasetName(String newName) {
        return new ServerConfig(host, port, newName, timeout, allowService, ontology, base, maxRows, update, unionDefaultGraph, dumps, queries, maxQueryBytes);
    }

    public ServerConfig withTimeout(Duration newTimeout) {
        return new ServerConfig(host, port, datasetName, newTimeout, allowService, ontology, base, maxRows, update, unionDefaultGraph, dumps, queries, maxQueryBytes);
    }

    public ServerConfig withAllowService(boolean newAllowService) {
        return new ServerConfig(host, port, datasetName, timeout, newAllowService, ontology, base, maxRows, update, unionDefaultGraph, dumps, queries, maxQueryBytes);
    }

    /** @param newOntology the ontology file, or {@code null} to serve none */
    public ServerConfig withOntology(Path newOntology) {
        return new ServerConfig(host, port, datasetName, timeout, allowService, newOntology, base, maxRows, update, unionDefaultGraph, dumps, queries, maxQueryBytes);
    }

    public ServerConfig withBase(String newBase) {
        return new ServerConfig(host, port, datasetName, timeout, allowService, ontology, newBase, maxRows, update, unionDefaultGraph, dumps, queries, maxQueryBytes);
    }

    public ServerConfig withMaxRows(long newMaxRows) {
        return new ServerConfig(host, port, datasetName, timeout, allowService, ontology, base, newMaxRows, update, unionDefaultGraph, dumps, queries, maxQueryBytes);
    }

    public ServerConfig withUpdate(boolean newUpdate) {
        return new ServerConfig(host, port, datasetName, timeout, allowService, ontology, base, maxRows, newUpdate, unionDefaultGraph, dumps, queries, maxQueryBytes);
    }

    /** {@code false} serves the dataset as it is: for the W3C conformance tests, not for the diplomacy graph. */
    public ServerConfig withUnionDefaultGraph(boolean newUnion) {
        return new ServerConfig(host, port, datasetName, timeout, allowService, ontology, base, maxRows, update, newUnion, dumps, queries, maxQueryBytes);
    }

    /** @param newDumps the folder of dump files, or {@code null} to serve none */
    public ServerConfig withDumps(Path newDumps) {
        return new ServerConfig(host, port, datasetName, timeout, allowService, ontology, base, maxRows, update, unionDefaultGraph, newDumps, queries, maxQueryBytes);
    }

    /** @param newQueries the folder of example queries, or {@code null} to list none */
    public ServerConfig withQueries(Path newQueries) {
        return new ServerConfig(host, port, datasetName, timeout, allowService, ontology, base, maxRows, update, unionDefaultGraph, dumps, newQueries, maxQueryBytes);
    }

    public ServerConfig withMaxQueryBytes(long newMaxQueryBytes) {
        return new ServerConfig(host, port, datasetName, timeout, allowService, ontology, base, maxRows, update, unionDefaultGraph, dumps, queries,
            newMaxQueryBytes);
    }
}
