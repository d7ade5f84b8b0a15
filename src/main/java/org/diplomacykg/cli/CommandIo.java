package org.diplomacykg.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The prologue every command shares, mixed in with {@code @Mixin}: its spec, where it prints, and its two ways of
 * stopping short, bad usage (exit 2, picocli prints the message and the usage) and failure (exit 1, one line on stderr).
 * (The empty {@code @Command} is what makes picocli take a class with no option as a mixin; it adds nothing to the help.)
 * Mixins with options of their own extend it ({@link ConverterOptions}), so that a command mixes in one prologue.
 */
@Command
class CommandIo {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    CommandLine commandLine() {
        return spec.commandLine();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Bad usage, exit 2: throw it. */
    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** A failure, exit 1: prints {@code line} on stderr and gives 1 to return. */
    int fail(String line) {
        err().println(line);
        err().flush();
        return 1;
    }
}
