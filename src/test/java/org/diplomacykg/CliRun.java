package org.diplomacykg;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.diplomacykg.cli.Main;

/** Runs the command line in this JVM as a user would, capturing what it prints (for the tests of every command). */
public final class CliRun {
    private CliRun() {}

    /** The exit status and what the command printed on stdout and stderr. */
    public record Result(int status, String out, String err) {}

    /** {@code Main.run(args)} with stdout and stderr captured; the NLP pipeline is the JVM's one, loaded first. */
    public static Result run(String... args) {
        TestData.converter();
        return runWithoutNlp(args);
    }

    /** As {@link #run}, without loading the NLP pipeline first: for runs that must stop before converting anything. */
    public static Result runWithoutNlp(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
