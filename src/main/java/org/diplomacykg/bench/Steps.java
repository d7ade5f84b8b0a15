package org.diplomacykg.bench;

/**
 * How a benchmark reports that a long step advances; the command line shows it as a progress bar or log lines.
 * Keeps this package free of the terminal.
 */
public interface Steps {
    /** One running step: {@link #run()} once per unit done, {@link #close()} at its end. */
    interface Step extends Runnable, AutoCloseable {
        @Override
        void close();
    }

    Step start(String task, long total, String unit);

    /** Reports nothing. */
    static Steps none() {
        return (task, total, unit) -> new Step() {
            @Override
            public void run() { }

            @Override
            public void close() { }
        };
    }
}
