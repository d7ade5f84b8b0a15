package org.diplomacykg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.diplomacykg.server.DkgServer;
import org.diplomacykg.server.ServerConfig;
import org.diplomacykg.store.DatasetFiles;

/**
 * A server under test, in a JVM of its own so that each is measured from a cold start and neither shares a heap or a
 * JIT with the other or with the load generator: {@code dkg} is our {@link DkgServer}; {@code fuseki} a stock Fuseki main,
 * {@code FusekiServer.create().add("/ds", dataset).build()}, with nothing else but the same query time limit (ARQ's
 * {@code queryTimeout} in the dataset's context). Both listen on loopback only.
 * <p>
 * Arguments: {@code dkg|fuseki mem|tdb2 PATH TIMEOUT_SECONDS}: PATH is a TriG or N-Quads file read into memory, or a
 * TDB2 database folder. Prints {@code READY millis ENDPOINT} once it listens, then serves until its stdin closes.
 * <p>
 * Our server's default graph is the union of the named graphs (that is how the competency queries are written); so that
 * both servers answer the same queries the same way, the stock server gets the same union view of an in-memory dataset,
 * and TDB2's own {@code unionDefaultGraph} setting for a TDB2 database, which is how a stock Fuseki is configured for it.
 */
public final class BenchServer {
    private BenchServer() {}

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String kind = args[0];
        String store = args[1];
        Path path = Path.of(args[2]);
        Duration timeout = Duration.ofSeconds(Long.parseLong(args[3]));
        long t0 = System.nanoTime();
        DatasetGraph dsg = store.equals("tdb2") ? TDB2Factory.connectDataset(path.toString()).asDatasetGraph()
                : DatasetFiles.readInMemory(path);
        AutoCloseable server;
        String endpoint;
        if (kind.equals("dkg")) {
            DkgServer s = DkgServer.start(dsg, ServerConfig.defaults().withHost("127.0.0.1").withPort(0).withTimeout(timeout));
            server = s;
            endpoint = s.endpointUrl();
        } else {
            DatasetGraph served = dsg;
            if (store.equals("tdb2")) {
                dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            } else {
                served = DkgServer.unionView(dsg);
            }
            // The same time limit as ours: Fuseki reads ARQ's queryTimeout from the dataset's context.
            served.getContext().set(org.apache.jena.query.ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            FusekiServer f = FusekiServer.create().port(0).loopback(true).add("/ds", served).build().start();
            server = f::stop;
            endpoint = "http://127.0.0.1:" + f.getHttpPort() + "/ds/sparql";
        }
        out.println("READY " + (System.nanoTime() - t0) / 1_000_000 + " " + endpoint);
        // Serve until the parent closes our stdin (or dies).
        while (System.in.read() >= 0) {
            // ignore input
        }
        try {
            server.close();
        } catch (Exception e) {
            System.err.println("stop: " + e);
        }
        System.exit(0);
    }
}
