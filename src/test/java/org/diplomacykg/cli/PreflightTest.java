package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.diplomacykg.CliRun;
import org.diplomacykg.store.DatasetFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} and {@code infer} stop before converting anything, with one line naming what is wrong: a {@code --data}
 * (or other input) that names no file is bad usage (exit 2), a port in use or a place that cannot be written a failure
 * (exit 1). The runs do not load the NLP pipeline, and their output must not show a conversion starting. The serve runs
 * that expect a path error are also given a port in use, so that a missed check ends at the server's start instead of
 * serving forever.
 */
class PreflightTest {
    @TempDir
    Path dir;

    /** A port another program listens on. */
    private ServerSocket busy;

    @BeforeEach
    void takePort() throws IOException {
        busy = new ServerSocket(0, 1, InetAddress.getByName("localhost"));
    }

    @AfterEach
    void freePort() throws IOException {
        busy.close();
    }

    @Test
    void serveWithMissingDataExits2NamingItWithoutConverting() {
        Path missing = dir.resolve("missing.trig");
        CliRun.Result r = serve("--data", missing.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(firstLine(r.err()).contains("--data " + missing + ": no such file"), r.err());
        assertNotConverted(r);
        assertFalse(Files.exists(missing), "nothing built at a wrong path");
    }

    @Test
    void serveWithDataInAMissingFolderExits2() {
        Path missing = dir.resolve("no/such/folder/kg.trig");
        CliRun.Result r = serve("--data", missing.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(firstLine(r.err()).contains(missing + ": no such file"), r.err());
        assertNotConverted(r);
        assertFalse(Files.exists(dir.resolve("no")), "no folder made");
    }

    @Test
    void serveWithAFolderAsDataExits2() {
        CliRun.Result r = serve("--data", dir.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(firstLine(r.err()).contains("--data " + dir + ": a folder"), r.err());
        assertNotConverted(r);
    }

    /** The data is stale, so serve would convert the articles first: the port in use is found before. */
    @Test
    void serveOnABusyPortExits1BeforeConverting() throws IOException {
        Path data = staleData();
        FileTime before = Files.getLastModifiedTime(data);
        CliRun.Result r = serve("--data", data.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertTrue(r.err().startsWith("serve: port " + busy.getLocalPort() + " on localhost cannot be used"), r.err());
        assertTrue(r.err().contains("in use"), r.err());
        assertNotConverted(r);
        assertEquals(before, Files.getLastModifiedTime(data), "the data is not built again");
    }

    /** A new TDB2 database is filled by converting: the port in use is found before, and no database is made. */
    @Test
    void serveWithANewTdbOnABusyPortExits1BeforeConverting() {
        Path tdb = dir.resolve("tdb");
        CliRun.Result r = serve("--tdb", tdb.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().startsWith("serve: port " + busy.getLocalPort()), r.err());
        assertNotConverted(r);
        assertFalse(Files.exists(tdb), "no database made");
    }

    /** After a conversion serve writes the dumps: a --dumps under a file is found before converting. */
    @Test
    void serveWithDumpsUnderAFileExits1BeforeConverting() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Path dumps = file.resolve("dumps");
        CliRun.Result r = CliRun.runWithoutNlp("serve", "--port", "0", "--data", staleData().toString(), "--dumps", dumps.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals("serve: cannot write --dumps " + dumps + ": " + file + " is a file, not a folder", r.err().strip());
        assertNotConverted(r);
    }

    @Test
    void inferWithMissingDataExits2NamingItWithoutConverting() {
        Path missing = dir.resolve("no/such/folder/kg.trig");
        Path out = dir.resolve("inferred.ttl");
        CliRun.Result r = CliRun.runWithoutNlp("infer", "--reasoning", "rdfs", "--data", missing.toString(), "-o", out.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(firstLine(r.err()).contains("--data " + missing + ": no such file"), r.err());
        assertNotConverted(r);
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(dir.resolve("no")));
    }

    @Test
    void inferWithMissingExperimentsOrRulesExits2() throws IOException {
        Path data = freshData();
        Path queries = dir.resolve("no-queries");
        CliRun.Result r = CliRun.runWithoutNlp("infer", "--experiments", queries.toString(), "--data", data.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(firstLine(r.err()).contains("--experiments " + queries + ": no such folder"), r.err());

        Path rules = dir.resolve("none.rules");
        r = CliRun.runWithoutNlp("infer", "--reasoning", "rules", "--inference-rules", rules.toString(), "--data", data.toString(),
                                 "-o", dir.resolve("x.ttl").toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(firstLine(r.err()).contains("--inference-rules " + rules + ": no such file"), r.err());
    }

    @Test
    void inferWithAnOutputUnderAFileExits1() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Path out = file.resolve("inferred.ttl");
        CliRun.Result r = CliRun.runWithoutNlp("infer", "--reasoning", "rdfs", "--data", freshData().toString(), "-o", out.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals("infer: cannot write -o " + out + ": " + file + " is a file, not a folder", r.err().strip());
    }

    /** {@code serve} with the busy port, so that it can never start serving. */
    private CliRun.Result serve(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "serve";
        all[1] = "--port";
        all[2] = Integer.toString(busy.getLocalPort());
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.runWithoutNlp(all);
    }

    /** A small built dataset, newer than every input of the converter. */
    private Path freshData() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.add(NodeFactory.createURI("https://w3id.org/diplomacy-kg/graph/article/x"), NodeFactory.createURI("https://w3id.org/diplomacy-kg/id/person/a"),
                RDFS.Nodes.label, NodeFactory.createLiteralString("A"));
        Path data = dir.resolve("built.trig");
        DatasetFiles.writeTrig(dsg, data);
        return data;
    }

    /** A built dataset older than the articles: serve would convert them again. */
    private Path staleData() throws IOException {
        Path data = freshData();
        Files.setLastModifiedTime(data, FileTime.fromMillis(0));
        return data;
    }

    private static void assertNotConverted(CliRun.Result r) {
        assertFalse(r.out().contains("converting"), r.out());
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("");
    }
}
