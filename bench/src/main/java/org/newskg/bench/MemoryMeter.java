package org.newskg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Time and memory of one benchmark step, the one meter every benchmark uses. Peak heap: the sum of the heap pools'
 * peaks since the step began, after a collection, so it includes garbage not yet collected and is an upper bound.
 * Peak RSS: the kernel's high-water mark, reset through /proc/self/clear_refs; it includes files mapped into
 * memory (TDB2's). Live heap: the heap in use right after a full collection, what a reader holds on to whatever
 * the collector's pace.
 */
public final class MemoryMeter {
    private final long t0;

    private MemoryMeter() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // Then the RSS figure is the process's high-water mark so far.
        }
        t0 = System.nanoTime();
    }

    /** Starts a step: collects, resets the peaks, starts the clock. */
    public static MemoryMeter start() { return new MemoryMeter(); }

    public double seconds() { return (System.nanoTime() - t0) / 1e9; }

    /** The sum of the heap pools' peaks: an upper bound on the heap in use at any one time. */
    public static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        return sum;
    }

    /** The process's resident set high-water mark, or 0 where /proc is not there. */
    public static long peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) << 10).orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Heap in use once garbage is collected. */
    public static long liveHeap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
