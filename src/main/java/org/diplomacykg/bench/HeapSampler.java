package org.diplomacykg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap in use during a run, sampled every few milliseconds by a daemon thread (used heap includes garbage not yet
 * collected, so it is an upper bound of what the run needs), and the heap still in use after a full collection at the end
 * (what the run keeps: flat over N when nothing accumulates).
 */
final class HeapSampler implements AutoCloseable {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    HeapSampler() {
        peak = used();
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            long u = used();
            if (u > peak) {
                peak = u;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    long peak() {
        return Math.max(peak, used());
    }

    static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** Heap in use after a full collection. */
    static long retained() {
        System.gc();
        return used();
    }

    /** The JVM's heap limit ({@code -Xmx}). */
    static long max() {
        return MEMORY.getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
