package org.diplomacykg.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the article files named on the command line: files as given, folders as their {@code *.txt} files, sorted by name. */
public final class ArticleSource {
    private ArticleSource() {}

    /**
     * The article files under the given paths.
     *
     * @throws IllegalArgumentException when a path does not exist
     */
    public static List<Path> files(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt"))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else if (Files.exists(p)) {
                out.add(p);
            } else {
                throw new IllegalArgumentException(p + ": no such file or folder");
            }
        }
        return out;
    }
}
