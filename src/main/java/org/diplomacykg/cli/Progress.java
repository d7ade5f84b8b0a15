package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress of a long run (converting many articles, a benchmark): on a terminal a bar redrawn in place with the
 * rate and the estimated time left; otherwise (CI, a pipe, a log file) a plain log line every {@value #LOG_EVERY_SECONDS}
 * seconds. Short runs show nothing: the first bar comes after {@value #QUIET_SECONDS} s, the first log line after
 * {@value #LOG_EVERY_SECONDS} s. {@link #step()} may be called from several threads.
 */
public final class Progress implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
    static final int QUIET_SECONDS = 1;
    static final int LOG_EVERY_SECONDS = 10;
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR_WIDTH = 30;

    private final String task;
    private final String unit;
    private final long total;
    private final PrintWriter terminal;
    private final long start;
    private final AtomicLong done = new AtomicLong();
    private long lastShown;
    private boolean shown;
    private int lastWidth;

    Progress(String task, long total, String unit, PrintWriter terminal, long startNanos) {
        this.task = task;
        this.total = total;
        this.unit = unit;
        this.terminal = terminal;
        this.start = startNanos;
        this.lastShown = startNanos;
    }

    /**
     * A progress of {@code total} units (0 when unknown): a bar when this JVM has a terminal
     * ({@code System.console() != null}), log lines otherwise.
     */
    public static Progress start(String task, long total, String unit) {
        java.io.Console console = System.console();
        return new Progress(task, total, unit, console == null ? null : console.writer(), System.nanoTime());
    }

    /** One more unit done. */
    public void step() {
        show(done.incrementAndGet());
    }

    /** {@code units} done so far in all (for a count kept elsewhere, such as bytes read); never goes back. */
    public void reached(long units) {
        show(done.accumulateAndGet(units, Math::max));
    }

    private void show(long d) {
        long now = System.nanoTime();
        synchronized (this) {
            long since = now - lastShown;
            boolean due = terminal != null
                    ? now - start >= QUIET_SECONDS * 1_000_000_000L && since >= REDRAW_NANOS
                    : since >= LOG_EVERY_SECONDS * 1_000_000_000L;
            if (due) {
                show(d, now);
            }
        }
    }

    public long done() {
        return done.get();
    }

    /** Ends the bar with a last line (or a last log line), if anything was shown. */
    @Override
    public synchronized void close() {
        if (!shown) {
            return;
        }
        long now = System.nanoTime();
        if (terminal != null) {
            show(done.get(), now);
            terminal.println();
            terminal.flush();
        } else {
            LOG.info("{}: {} {} done in {}", task, done.get(), unit, duration((now - start) / 1e9));
        }
    }

    private void show(long d, long now) {
        String line = line(task, d, total, unit, (now - start) / 1e9, terminal != null);
        shown = true;
        lastShown = now;
        if (terminal != null) {
            int pad = Math.max(0, lastWidth - line.length());
            terminal.print("\r" + line + " ".repeat(pad));
            terminal.flush();
            lastWidth = line.length();
        } else {
            LOG.info(line);
        }
    }

    /** "[=====>     ] 120/1000 articles (12%), 3.1/s, about 4m 40s left", or without the bar for a log line. */
    static String line(String task, long done, long total, String unit, double seconds, boolean bar) {
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder sb = new StringBuilder();
        if (bar && total > 0) {
            int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * done / total);
            sb.append('[').append("=".repeat(filled));
            if (filled < BAR_WIDTH) {
                sb.append('>').append(" ".repeat(BAR_WIDTH - filled - 1));
            }
            sb.append("] ");
        }
        sb.append(task).append(": ").append(done);
        if (total > 0) {
            sb.append('/').append(total);
        }
        sb.append(' ').append(unit);
        if (total > 0) {
            sb.append(String.format(Locale.ROOT, " (%d%%)", Math.min(100, 100 * done / total)));
        }
        sb.append(String.format(Locale.ROOT, ", %.1f/s", rate));
        if (total > 0 && done < total) {
            sb.append(rate > 0 ? ", about " + duration((total - done) / rate) + " left" : ", time left unknown");
        }
        return sb.toString();
    }

    /** "45s", "4m 40s", "2h 05m". */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m " + (s % 60) + "s";
        }
        return String.format(Locale.ROOT, "%dh %02dm", s / 3600, (s % 3600) / 60);
    }
}
