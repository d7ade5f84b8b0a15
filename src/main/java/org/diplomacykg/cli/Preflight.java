package org.diplomacykg.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine;

/**
 * Checks that {@code serve} and {@code infer} make before any work, since converting the articles takes minutes: a
 * path that names nothing is bad usage (a {@link CommandLine.ParameterException}, exit 2); a place that cannot be
 * written or a port in use is a failure the command reports in one line (exit 1).
 */
final class Preflight {

    /**
     * Where {@code serve} and {@code infer} build the dataset from the articles: the one {@code --data} that may be
     * missing (it is made); any other must name an existing file.
     */
    static final String DEFAULT_DATA = "data/build/diplomacy.trig";

    private Preflight() {}

    /**
     * Bad usage when {@code --data} names a folder, or a file that does not exist other than {@link #DEFAULT_DATA}: a
     * wrong path must not be filled by a conversion.
     */
    static void builtDataset(CommandLine cmd, Path data) {
        if (Files.isDirectory(data))
            throw new CommandLine.ParameterException(cmd, "--data " + data + ": a folder, not a dataset file");
        if (!Files.exists(data) && !data.toAbsolutePath().normalize().equals(Path.of(DEFAULT_DATA).toAbsolutePath().normalize()))
            throw new CommandLine.ParameterException(cmd, "--data " + data + ": no such file (build it with `convert -o " + data
                + "`, or leave --data out to use " + DEFAULT_DATA + ", made from the articles when missing)");
    }

    /** Bad usage when {@code file} is not an existing file. */
    static void existingFile(CommandLine cmd, String option, Path file) {
        if (!Files.isRegularFile(file))
            throw new CommandLine.ParameterException(cmd, option + " " + file + ": " + (Files.isDirectory(file) ? "a folder, not a file" : "no such file"));
    }

    /** Bad usage when {@code dir} is not an existing folder. */
    static void existingFolder(CommandLine cmd, String option, Path dir) {
        if (!Files.isDirectory(dir))
            throw new CommandLine.ParameterException(cmd, option + " " + dir + ": " + (Files.exists(dir) ? "a file, not a folder" : "no such folder"));
    }

    /** Why the command could not write the file {@code file}, made with any missing parent folders; empty when it can. */
    static Optional<String> cannotWriteFile(String option, Path file) {
        return cannotWriteIn(option, file, file.toAbsolutePath().normalize().getParent());
    }

    /** Why the command could not write into the folder {@code dir}, made with any missing parents; empty when it can. */
    static Optional<String> cannotWriteFolder(String option, Path dir) {
        return cannotWriteIn(option, dir, dir.toAbsolutePath().normalize());
    }

    /** The nearest existing one of {@code folder} and its parents must be a writable folder. */
    private static Optional<String> cannotWriteIn(String option, Path path, Path folder) {
        Path p = folder;
        while (p != null && !Files.exists(p))
            p = p.getParent();
        if (p == null || Files.isDirectory(p) && Files.isWritable(p))
            return Optional.empty();
        return Optional.of("cannot write " + option + " " + path + ": " + p + (Files.isDirectory(p) ? " is not writable" : " is a file, not a folder"));
    }

    /**
     * Why a server could not listen on {@code host:port} (the port is in use, say), found by binding it for a moment;
     * empty when it can, or when the port is 0 (a free one is taken).
     *
     * @throws CommandLine.ParameterException when {@code host} names no address
     */
    static Optional<String> cannotListen(CommandLine cmd, String host, int port) {
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved())
            throw new CommandLine.ParameterException(cmd, "--host " + host + ": no such host");
        if (port == 0)
            return Optional.empty();
        try (ServerSocket socket = new ServerSocket()) {
            // As Jetty binds: a port left in TIME_WAIT by a stopped server is free, one another program listens on is not.
            socket.setReuseAddress(true);
            socket.bind(address);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("port " + port + " on " + host + " cannot be used: " + e.getMessage()
                + " (choose another with --port, or --port 0 for a free one)");
        }
    }
}
