package org.diplomacykg.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publisher's page furniture inside an article body (">>Read: ..." links, newsletter prompts, photo credits),
 * recognised by patterns kept as data: whole lines, or ({@code inline:}) spans anywhere. {@link #mask} blanks those lines with spaces, so the NLP stage does not read them
 * while every character offset into the body stays the same.
 */
public final class Boilerplate {
    private final List<Pattern> lines;
    private final List<Pattern> inline;

    /**
     * @param lines  patterns a whole line must match
     * @param inline patterns masked wherever they occur ("© Photothek / Gaertner" after a caption)
     */
    public Boilerplate(List<Pattern> lines, List<Pattern> inline) {
        this.lines = List.copyOf(lines);
        this.inline = List.copyOf(inline);
    }

    public static Boilerplate none() {
        return new Boilerplate(List.of(), List.of());
    }

    /** Reads one regular expression a line; blank lines and lines starting with # are skipped. */
    public static Boilerplate load(Path file) {
        List<Pattern> out = new ArrayList<>();
        List<Pattern> inline = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String p = line.strip();
                boolean anywhere = p.startsWith("inline:");
                Pattern compiled = Pattern.compile(anywhere ? p.substring(7).strip() : p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                (anywhere ? inline : out).add(compiled);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new Boilerplate(out, inline);
    }

    /** The article with its boilerplate lines replaced by spaces (same length, same offsets). */
    public Article mask(Article a) {
        String body = a.body();
        StringBuilder sb = new StringBuilder(body);
        Matcher line = Pattern.compile("(?m)^[ \\t]*(.+?)[ \\t]*$").matcher(body);
        boolean changed = false;
        while (line.find()) {
            String text = line.group(1).replace('\u2019', '\'');
            for (Pattern p : lines) {
                if (p.matcher(text).matches()) {
                    for (int i = line.start(1); i < line.end(1); i++) {
                        sb.setCharAt(i, ' ');
                    }
                    changed = true;
                    break;
                }
            }
        }
        for (Pattern p : inline) {
            Matcher m = p.matcher(body);
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    if (sb.charAt(i) != '\n') {
                        sb.setCharAt(i, ' ');
                    }
                }
                changed = true;
            }
        }
        return changed ? new Article(a.id(), a.fileName(), a.title(), a.publisher(), a.date(), a.language(), a.url(),
                a.header(), sb.toString()) : a;
    }
}
