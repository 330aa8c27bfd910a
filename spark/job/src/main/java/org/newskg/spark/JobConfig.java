package org.newskg.spark;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.newskg.ingest.Ingest;

/**
 * One run of the job: inputs and manifest on any Hadoop file system, the output folder, and how finely the articles
 * are spread ({@code partitions}, 0 for four per core the cluster offers), and whether the job derives the derived
 * layer's blocks ({@code derive}).
 */
public record JobConfig(List<String> inputs, String out, Optional<String> manifest, long maxBytes, int partitions, boolean derive) {

    public JobConfig {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(manifest, "manifest");
        if (inputs.isEmpty()) throw new IllegalArgumentException("no inputs");
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        if (partitions < 0) throw new IllegalArgumentException("partitions must be 0 (automatic) or more, got " + partitions);
    }

    public static JobConfig of(List<String> inputs, String out) {
        return new JobConfig(inputs, out, Optional.empty(), Ingest.DEFAULT_MAX_BYTES, 0, true);
    }

    public JobConfig withManifest(String m) { return new JobConfig(inputs, out, Optional.of(m), maxBytes, partitions, derive); }

    public JobConfig withPartitions(int n) { return new JobConfig(inputs, out, manifest, maxBytes, n, derive); }

    public JobConfig withMaxBytes(long n) { return new JobConfig(inputs, out, manifest, n, partitions, derive); }

    /** Without the derived layer's blocks: {@code load --from-spark} then derives the whole layer itself. */
    public JobConfig withoutDerivation() { return new JobConfig(inputs, out, manifest, maxBytes, partitions, false); }
}
