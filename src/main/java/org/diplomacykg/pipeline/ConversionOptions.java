package org.diplomacykg.pipeline;

import java.time.Duration;

/**
 * How a set of articles is converted: by how many worker threads (sharing one {@link Converter}; the output does not
 * depend on the number) and how long one article may take before it is given up as failed.
 */
public record ConversionOptions(int threads, Duration articleTimeout) {
    /** The default time one article may take: the slowest seed takes a few seconds. */
    public static final Duration DEFAULT_ARTICLE_TIMEOUT = Duration.ofSeconds(120);

    public ConversionOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
        }
        if (articleTimeout.isNegative() || articleTimeout.isZero()) {
            throw new IllegalArgumentException("the article time limit must be positive, not " + articleTimeout);
        }
    }

    /** One thread, the default time limit. */
    public static ConversionOptions defaults() {
        return new ConversionOptions(1, DEFAULT_ARTICLE_TIMEOUT);
    }
}
