package org.newskg.spark;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestException;
import org.newskg.ingest.Manifest;
import org.newskg.pipeline.Pipeline;

/**
 * What an executor JVM builds once and shares between its tasks: the extraction pipeline (OpenNLP models, schemes,
 * SHACL shapes: seconds to load and hundreds of megabytes) and the ingest with the run's manifest. Spark gives a task
 * no hook that runs once per executor, so this is a per-JVM holder, the one place the job keeps static state: a task
 * thread asks, the first builds. {@link Pipeline#process} is safe on several task threads, each with its own analyzer.
 */
final class ExecutorState {
    private static FutureTask<Pipeline> pipeline;
    private static final Map<String, Ingest> INGESTS = new HashMap<>();

    private ExecutorState() {}

    static Pipeline pipeline() {
        FutureTask<Pipeline> f;
        boolean first;
        synchronized (ExecutorState.class) {
            first = pipeline == null;
            if (first) pipeline = new FutureTask<>(ExecutorState::build);
            f = pipeline;
        }
        if (first) f.run();
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the pipeline was built", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the extraction pipeline could not be built: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Starts building the pipeline on a thread of its own, where the driver is also the executor (local mode): the
     * models load (several seconds) while Spark starts and lists the inputs, instead of after.
     */
    static void buildInBackground() {
        synchronized (ExecutorState.class) {
            if (pipeline != null) return;
            pipeline = new FutureTask<>(ExecutorState::build);
        }
        Thread t = new Thread(pipeline, "newskg-pipeline");
        t.setDaemon(true);
        t.start();
    }

    // One worker thread: Spark's task threads are the workers here, and the pipeline's own pool stays idle.
    private static Pipeline build() { return Pipeline.builder().threads(1).build(); }

    /** The ingest for a run's manifest, parsed once per JVM (a manifest can list millions of articles). */
    static synchronized Ingest ingest(RunInputs inputs) throws IngestException {
        String key = inputs.key();
        Ingest in = INGESTS.get(key);
        if (in == null) {
            Manifest m = inputs.manifestBytes() == null ? Manifest.empty() : Manifest.ofBytes(inputs.manifestName(), inputs.manifestBytes());
            in = Ingest.withManifest(m).maxBytes(inputs.maxBytes());
            INGESTS.clear();
            INGESTS.put(key, in);
        }
        return in;
    }
}
