package org.diplomacykg.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks one article file: a header of {@code key: value} lines ({@code title}, {@code publisher},
 * {@code date}, {@code language}, optional {@code url}, any others kept as they are), a line {@code ---}, then the text.
 * Every fault gives an {@link ArticleException} that names the file and says what is wrong.
 */
public final class ArticleReader {
    /** Larger files are refused: an article is a few kilobytes, and the NLP stage's cost grows with length. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    private static final List<String> REQUIRED = List.of("title", "publisher", "date", "language");
    private static final Set<String> LANGUAGES = Set.of("en");
    private static final Pattern HEADER_LINE = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\s*:\\s*(.*)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ArticleReader() {}

    /** Reads the file and checks it; the article's id is the file name without its extension. */
    public static Article read(Path file) throws ArticleException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ArticleException(file, "file is " + size + " bytes, larger than the limit of " + MAX_BYTES + " bytes (2 MB)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ArticleException(file, "cannot read file: " + e.getMessage(), e);
        }
        return parse(file, bytes);
    }

    /** Parses the bytes of an article that was read from {@code file} (used for messages and the id). */
    public static Article parse(Path file, byte[] bytes) throws ArticleException {
        if (bytes.length == 0) {
            throw new ArticleException(file, "file is empty");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new ArticleException(file, "file is binary (contains NUL bytes), not a text article");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ArticleException(file, "file is not valid UTF-8 text", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ArticleException(file, "file holds only white space");
        }
        Matcher sep = Pattern.compile("(?m)^---[ \\t]*\\r?$").matcher(text);
        if (!sep.find()) {
            throw new ArticleException(file, "header separator line '---' is missing");
        }
        Map<String, String> header = parseHeader(file, text.substring(0, sep.start()));
        int bodyStart = sep.end();
        if (bodyStart < text.length() && text.charAt(bodyStart) == '\r') {
            bodyStart++;
        }
        if (bodyStart < text.length() && text.charAt(bodyStart) == '\n') {
            bodyStart++;
        }
        String body = text.substring(bodyStart);
        if (body.isBlank()) {
            throw new ArticleException(file, "article has no body text after the '---' line");
        }
        for (String key : REQUIRED) {
            if (!header.containsKey(key) || header.get(key).isBlank()) {
                throw new ArticleException(file, "header field '" + key + "' is missing or empty");
            }
        }
        String dateText = header.get("date").trim();
        if (!ISO_DATE.matcher(dateText).matches()) {
            throw new ArticleException(file, "header date '" + dateText + "' is not a date of the form YYYY-MM-DD");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            throw new ArticleException(file, "header date '" + dateText + "' is not a valid calendar date", e);
        }
        String language = header.get("language").trim().toLowerCase(java.util.Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new ArticleException(file, "header language '" + language + "' is not supported (supported: " + LANGUAGES + ")");
        }
        String name = file.getFileName().toString();
        String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        Optional<String> url = Optional.ofNullable(header.get("url")).map(String::trim).filter(s -> !s.isEmpty());
        return new Article(id, name, header.get("title").trim(), header.get("publisher").trim(), date, language, url, header, body);
    }

    private static Map<String, String> parseHeader(Path file, String head) throws ArticleException {
        Map<String, String> header = new LinkedHashMap<>();
        String[] lines = head.split("\\r?\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            Matcher m = HEADER_LINE.matcher(line);
            if (!m.matches()) {
                throw new ArticleException(file, "header line " + (i + 1) + " is not of the form 'key: value': '" + abbreviate(line) + "'");
            }
            String key = m.group(1).toLowerCase(java.util.Locale.ROOT);
            if (header.containsKey(key)) {
                throw new ArticleException(file, "header field '" + key + "' appears twice (line " + (i + 1) + ")");
            }
            header.put(key, m.group(2).trim());
        }
        if (header.isEmpty()) {
            throw new ArticleException(file, "header is empty: expected title, publisher, date and language before '---'");
        }
        return header;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
