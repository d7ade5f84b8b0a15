package org.diplomacykg.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the rule files of {@code data/rules/}: tab-separated or one-item-a-line text, {@code #} starts a comment line. */
public final class RuleFiles {
    private RuleFiles() {}

    /** The non-blank, non-comment lines of a rule file, each split at tabs. */
    public static List<String[]> rows(Path file, int columns) {
        List<String[]> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != columns) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected " + columns + " tab-separated columns, found " + cols.length);
            }
            for (int c = 0; c < cols.length; c++) {
                cols[c] = cols[c].trim();
            }
            out.add(cols);
        }
        return out;
    }
}
