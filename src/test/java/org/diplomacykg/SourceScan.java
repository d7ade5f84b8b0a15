package org.diplomacykg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The main sources as the tests that pin the architecture read them ({@code ArchitectureTest}, {@code OntologyTermsTest}):
 * each file with its stage (the package under {@code org.diplomacykg}) and its code without comments, so a class
 * named in Javadoc is no dependency. String literals are kept: a term spelt in a string is still a term.
 */
public final class SourceScan {
    /** Where the stages' packages are. */
    public static final Path MAIN = Path.of("src/main/java/org/diplomacykg");

    private SourceScan() {}

    /**
     * One source file.
     *
     * @param file  the path from the project root, with {@code /} separators
     * @param stage the package under {@code org.diplomacykg}: {@code article}, {@code nlp}, …
     * @param code  the text without comments (line breaks kept, so positions still name lines)
     */
    public record Source(String file, String stage, String code) {
        /** The line of the text at {@code index} of {@link #code}, from 1. */
        public int line(int index) {
            return (int) code.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
        }
    }

    /** Every {@code .java} file under {@link #MAIN}, sorted by path. */
    public static List<Source> main() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().map(SourceScan::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stages: the packages directly under {@link #MAIN}, by name. */
    public static List<String> stages() {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Source read(Path p) {
        try {
            String stage = MAIN.relativize(p).getName(0).toString();
            return new Source(p.toString().replace('\\', '/'), stage, withoutComments(Files.readString(p, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Java text without its {@code //} and {@code /* … *}{@code /} comments (each replaced by its line breaks), string,
     * text block and character literals kept as they are.
     */
    public static String withoutComments(String java) {
        StringBuilder out = new StringBuilder(java.length());
        int i = 0;
        int n = java.length();
        while (i < n) {
            char c = java.charAt(i);
            if (java.startsWith("//", i)) {
                while (i < n && java.charAt(i) != '\n')
                    i++;
            } else if (java.startsWith("/*", i)) {
                int end = java.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                java.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else if (java.startsWith("\"\"\"", i)) {
                int end = java.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                out.append(java, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && java.charAt(j) != c && java.charAt(j) != '\n')
                    j += java.charAt(j) == '\\' ? 2 : 1;
                j = Math.min(j + 1, n);
                out.append(java, i, j);
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
