package org.diplomacykg.article;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from its file: the header fields and the body text.
 * Character offsets used as evidence anywhere in the project count UTF-16 code units from the start of {@link #body()}.
 *
 * @param id        the file name without its extension, e.g. {@code 000-us-seeks-rapprochement}
 * @param fileName  the file name the article was read from
 * @param title     header {@code title}
 * @param publisher header {@code publisher}
 * @param date      header {@code date}, the publication date that relative dates are resolved against
 * @param language  header {@code language} (ISO 639-1)
 * @param url       header {@code url}, if any
 * @param header    every header field, including ones this project does not interpret
 * @param body      the text after the {@code ---} line
 */
public record Article(String id, String fileName, String title, String publisher, LocalDate date,
                      String language, Optional<String> url, Map<String, String> header, String body) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(body, "body");
        url = url == null ? Optional.empty() : url;
        header = Map.copyOf(header);
    }
}
