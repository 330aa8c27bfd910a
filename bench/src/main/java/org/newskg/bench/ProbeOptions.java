package org.newskg.bench;

import picocli.CommandLine.Option;

/** The latency benchmarks' shared options, parsed into a {@link LatencyProbe}. */
final class ProbeOptions {
    @Option(names = "--warmup", defaultValue = "2", description = "untimed runs of each query or view first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--runs", defaultValue = "10", description = "timed runs of each query or view, after the warm-up (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--budget", defaultValue = "60", description = "seconds of timed runs per query or view, after which it stops at 3 runs or more (default: ${DEFAULT-VALUE})")
    int budget;

    LatencyProbe probe() { return new LatencyProbe(warmup, runs, budget); }
}
