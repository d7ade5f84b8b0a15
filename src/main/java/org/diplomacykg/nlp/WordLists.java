package org.diplomacykg.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A file of named word lists ({@code data/rules/date-words.tsv}, {@code event-words.tsv}): each line a list's name, a
 * tab, and words separated by spaces; a list may go on over several lines; {@code #} starts a comment line.
 */
public final class WordLists {
    private final Path file;
    private final Map<String, Set<String>> lists;

    private WordLists(Path file, Map<String, Set<String>> lists) {
        this.file = file;
        this.lists = lists;
    }

    /** Reads the file. */
    public static WordLists read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word lists " + file, e);
        }
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected a list's name, a tab and its words");
            }
            Set<String> words = lists.computeIfAbsent(cols[0].trim(), k -> new LinkedHashSet<>());
            for (String w : cols[1].trim().split("\\s+")) {
                words.add(w);
            }
        }
        return new WordLists(file, lists);
    }

    /** The words of a list; a list the file lacks is an error. */
    public Set<String> get(String name) {
        Set<String> words = lists.get(name);
        if (words == null) {
            throw new IllegalArgumentException(file + ": no word list '" + name + "'");
        }
        return Set.copyOf(words);
    }

    /** A list of {@code key/value} pairs as a map. */
    public Map<String, String> pairs(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String w : get(name)) {
            int slash = w.indexOf('/');
            if (slash <= 0 || slash == w.length() - 1) {
                throw new IllegalArgumentException(file + ": '" + w + "' in list '" + name + "' is not key/value");
            }
            out.put(w.substring(0, slash), w.substring(slash + 1));
        }
        return Map.copyOf(out);
    }
}
