package org.diplomacykg.server;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When the served data last changed: the moment the server started on it, or the last SPARQL Update since. It is the
 * {@code Last-Modified} of every document the server makes from the data ({@link ConditionalGetFilter}). Whole
 * seconds, as HTTP dates have them.
 */
final class DataVersion {

    private final AtomicLong seconds;

    /** @param loaded when the data was loaded (the server's start) */
    DataVersion(Instant loaded) {
        this.seconds = new AtomicLong(loaded.getEpochSecond());
    }

    /** The time of the last change, in epoch milliseconds (a whole second). */
    long lastModifiedMillis() {
        return seconds.get() * 1000;
    }

    /**
     * The data has (or may have) changed: the new time is a later second than any {@code Last-Modified} already sent,
     * so an {@code If-Modified-Since} a client copied from one no longer matches.
     */
    void changed() {
        long now = Instant.now().getEpochSecond();
        seconds.updateAndGet(s -> Math.max(now, s + 1));
    }
}
