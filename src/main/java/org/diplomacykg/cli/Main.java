package org.diplomacykg.cli;

import org.diplomacykg.pipeline.Converter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code diplomacy-kg} command: convert articles, serve the graph. */
@Command(name = "diplomacy-kg",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns news articles about diplomacy into a knowledge graph and serves it over SPARQL.",
        subcommands = {ConvertCommand.class, ServeCommand.class, EvaluateCommand.class, ValidateCommand.class, BenchCommand.class, ExportCommand.class, LoadCommand.class, InferCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:failure (e.g. an article could not be converted)", "2:bad usage"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status, without exiting (for tests). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: convert or serve");
    }

    /** The converter version for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"diplomacy-kg " + Converter.version()};
        }
    }
}
