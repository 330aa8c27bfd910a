package org.newskg.cli;

import org.newskg.pipeline.Pipeline;
import picocli.CommandLine.Option;

/** The options of commands that run the extraction pipeline. */
final class PipelineOptions {
    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;

    Pipeline build() {
        Pipeline.Builder b = Pipeline.builder();
        if (threads != null) b.threads(threads);
        return b.build();
    }
}
