package org.diplomacykg.server;

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
 */
public record ServerConfig(String host, int port, String datasetName, Duration timeout, boolean allowService) {

    public static final String DEFAULT_HOST = "localhost";
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_DATASET = "diplomacy";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

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
        if (timeout.isZero() || timeout.isNegative())
            throw new IllegalArgumentException("timeout: must be positive, got " + timeout);
    }

    /** localhost, port 3030, dataset "diplomacy", 30 s query limit, no SERVICE. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_DATASET, DEFAULT_TIMEOUT, false);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, datasetName, timeout, allowService);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, datasetName, timeout, allowService);
    }

    public ServerConfig withDatasetName(String newName) {
        return new ServerConfig(host, port, newName, timeout, allowService);
    }

    public ServerConfig withTimeout(Duration newTimeout) {
        return new ServerConfig(host, port, datasetName, newTimeout, allowService);
    }

    public ServerConfig withAllowService(boolean newAllowService) {
        return new ServerConfig(host, port, datasetName, timeout, newAllowService);
    }
}
