package org.diplomacykg.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link DkgServer} listens and what it allows: an immutable value, validated on construction.
 *
 * @param host         interface to bind ("localhost" keeps the server off the network; "0.0.0.0" binds all)
 * @param port         TCP port; 0 takes a free port ({@link DkgServer#port()} then says which)
 * @param datasetName  URL segment of the dataset: endpoints live under {@code /datasetName/}
 * @param timeout      longest a SPARQL query may run before it is cancelled (HTTP 503)
 * @param allowService whether SPARQL {@code SERVICE} may call other hosts; off by default because it
 *                     lets any client make the server open connections (server-side request forgery)
 * @param ontology     the ontology file served at the ontology IRI ({@code /ontology}), with
 *                     {@value #EVENT_CODES_FILE} from the same folder when that file exists; {@code null} serves
 *                     no ontology. A missing file is not an error: {@code /ontology} then answers 404.
 */
public record ServerConfig(String host, int port, String datasetName, Duration timeout, boolean allowService, Path ontology) {

    public static final String DEFAULT_HOST = "localhost";
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_DATASET = "diplomacy";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Relative to the working directory, as the other inputs of {@code serve} are. */
    public static final Path DEFAULT_ONTOLOGY = Path.of("ontology", "diplomacy.ttl");
    /** Read from the ontology's folder and served with it, when present. */
    public static final String EVENT_CODES_FILE = "event-codes.ttl";

    /** @throws IllegalArgumentException naming the bad setting */
    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(datasetName, "datasetName");
        Objects.requireNonNull(timeout, "timeout");
        if (host.isBlank())
            throw new IllegalArgumentException("host: must not be blank");
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("port: " + port + " is not in 0..65535");
        // One plain path segment: Fuseki would otherwise read part of the name as an endpoint.
        if (!datasetName.matches("[A-Za-z0-9._~-]+") || datasetName.equals("$"))
            throw new IllegalArgumentException("datasetName: '" + datasetName + "' must be one URL path segment (letters, digits, . _ ~ -)");
        // Fuseki dispatches to datasets before servlets: a dataset of that name would hide the ontology.
        if (ontology != null && datasetName.equals(OntologyServlet.PATH_SEGMENT))
            throw new IllegalArgumentException("datasetName: '" + datasetName + "' is the path of the ontology");
        if (timeout.isZero() || timeout.isNegative())
            throw new IllegalArgumentException("timeout: must be positive, got " + timeout);
    }

    /** Without an ontology setting: serves {@link #DEFAULT_ONTOLOGY}. */
    public ServerConfig(String host, int port, String datasetName, Duration timeout, boolean allowService) {
        this(host, port, datasetName, timeout, allowService, DEFAULT_ONTOLOGY);
    }

    /** localhost, port 3030, dataset "diplomacy", 30 s query limit, no SERVICE, ontology from {@code ontology/diplomacy.ttl}. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_DATASET, DEFAULT_TIMEOUT, false, DEFAULT_ONTOLOGY);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, datasetName, timeout, allowService, ontology);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, datasetName, timeout, allowService, ontology);
    }

    public ServerConfig withDatasetName(String newName) {
        return new ServerConfig(host, port, newName, timeout, allowService, ontology);
    }

    public ServerConfig withTimeout(Duration newTimeout) {
        return new ServerConfig(host, port, datasetName, newTimeout, allowService, ontology);
    }

    public ServerConfig withAllowService(boolean newAllowService) {
        return new ServerConfig(host, port, datasetName, timeout, newAllowService, ontology);
    }

    /** @param newOntology the ontology file, or {@code null} to serve none */
    public ServerConfig withOntology(Path newOntology) {
        return new ServerConfig(host, port, datasetName, timeout, allowService, newOntology);
    }
}
