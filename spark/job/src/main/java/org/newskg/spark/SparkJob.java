package org.newskg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.jena.graph.Graph;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.newskg.derive.ArticleFacts;
import org.newskg.derive.DerivedLayer;
import org.newskg.extract.Extractor;
import org.newskg.ingest.IngestException;
import org.newskg.ingest.IngestItem;
import org.newskg.ingest.Manifest;
import org.newskg.load.SparkOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The job: list the inputs, read each file on an executor (a WARC file streamed in a task of its own, small files
 * in groups), spread the articles over partitions by id, settle duplicate ids as a single run does, extract with the
 * pipeline each executor loads once, derive the derived layer's blocks and days from the articles' facts grouped by
 * key and the co-quotation pairs from the blocks, and write what {@code newskg load --bulk --from-spark} reads:
 * <pre>
 * OUT/articles/part-NNNNN.nq.gz   the article graphs (N-Quads, gzip), one partition each
 * OUT/records/part-NNNNN.nq.gz    their load records in the metadata graph
 * OUT/derived/part-NNNNN.nq.gz    the derived layer's block, day and pair graphs (unless told not to derive)
 * OUT/failures.jsonl              one line per failed article or file, as {@code newskg load --failures} writes them
 * OUT/_newskg.json                counts, versions and the inputs: the manifest of the output
 * </pre>
 */
public final class SparkJob {
    private static final Logger LOG = LoggerFactory.getLogger(SparkJob.class);
    /** The manifest of an output: its presence says the job finished. */
    public static final String MANIFEST = SparkOutput.MANIFEST;
    public static final String FORMAT = SparkOutput.FORMAT;
    /** Small files read by one task: enough to amortize a task, few enough that reading spreads over the cluster. */
    static final int FILES_PER_TASK = 1000;
    static final long BYTES_PER_TASK = 64L << 20;

    private SparkJob() {}

    public static JobSummary run(JavaSparkContext sc, JobConfig cfg) throws IOException {
        long t0 = System.nanoTime();
        Configuration conf = sc.hadoopConfiguration();
        Path out = new Path(cfg.out());
        FileSystem outFs = out.getFileSystem(conf);
        if (outFs.exists(out)) throw new IllegalArgumentException(cfg.out() + ": the output folder exists; give a new one (the job never mixes two runs)");

        List<InputFile> files = InputFiles.list(cfg.inputs(), conf);
        RunInputs inputs = inputs(cfg, conf);
        int partitions = cfg.partitions() > 0 ? cfg.partitions() : Math.max(1, sc.defaultParallelism() * 4);
        LOG.info("newskg spark: {} input files in {} reading tasks, articles over {} partitions", files.size(), tasks(files).size(), partitions);

        boolean derive = cfg.derive();
        Broadcast<RunInputs> in = sc.broadcast(inputs);
        Broadcast<HadoopConf> hadoop = sc.broadcast(new HadoopConf(conf));
        JavaRDD<List<InputFile>> groups = sc.parallelize(tasks(files), Math.max(1, tasks(files).size()));
        JavaRDD<ReadItem> read = groups.flatMap(g -> readAll(g, in.value(), hadoop.value().get()));
        JavaPairRDD<ArticleKey, ReadItem> keyed = read.mapToPair(i -> new Tuple2<>(ArticleKey.of(i), i));
        JavaRDD<Outcome> outcomes = keyed.repartitionAndSortWithinPartitions(new ArticleKey.ById(partitions), new ArticleKey.Order())
                .mapPartitions(it -> new Extraction(it, ExecutorState.pipeline(), derive));
        outcomes.persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            Counts counts = outcomes.map(Outcome::counts).fold(Counts.empty(), Counts::plus);
            outcomes.filter(Outcome::ok).map(Outcome::quads).saveAsTextFile(cfg.out() + "/" + SparkOutput.ARTICLES, GzipCodec.class);
            outcomes.filter(Outcome::ok).map(Outcome::record).saveAsTextFile(cfg.out() + "/" + SparkOutput.RECORDS, GzipCodec.class);
            outcomes.filter(Outcome::isFailure).map(o -> JSON.writeValueAsString(o.failure().json())).coalesce(1)
                    .saveAsTextFile(cfg.out() + "/failures");
            long blocks = 0;
            double deriveSeconds = 0;
            if (cfg.derive()) {
                // Each article's facts, by block or day key, meet in one task per key and are derived by the code
                // that `newskg derive` runs on a store's facts: the same graph, wherever the facts were gathered.
                long td = System.nanoTime();
                LongAccumulator derived = sc.sc().longAccumulator("blocks");
                JavaRDD<DerivedKey> keys = outcomes.filter(Outcome::ok).flatMapToPair(o -> o.facts().iterator()).groupByKey(partitions)
                        .map(b -> derive(b._1(), b._2()));
                keys.persist(StorageLevel.MEMORY_AND_DISK_SER());
                try {
                    // The pairs count, per article, the other agents quoted there as their own blocks resolved them:
                    // the blocks' quotedIn links by article, then each agent's partners by the agent's block.
                    JavaRDD<String> pairs = keys.filter(k -> !k.quotedIn().isEmpty())
                            .flatMapToPair(k -> k.quotedIn().stream().map(q -> new Tuple2<>(q._1(), new Tuple2<>(k.key(), q._2()))).iterator())
                            .groupByKey(partitions)
                            .flatMapToPair(a -> partners(a._2()).iterator())
                            .groupByKey(partitions)
                            .map(b -> pairQuads(b._1(), b._2()))
                            .filter(q -> !q.isEmpty());
                    keys.map(k -> {
                        if (!k.quads().isEmpty() && !ArticleFacts.isDay(k.key())) derived.add(1);
                        return k.quads();
                    }).filter(q -> !q.isEmpty()).union(pairs).saveAsTextFile(cfg.out() + "/" + SparkOutput.DERIVED, GzipCodec.class);
                } finally {
                    keys.unpersist(false);
                }
                rename(outFs, new Path(out, SparkOutput.DERIVED), ".gz", SparkOutput.PART_SUFFIX);
                blocks = derived.value();
                deriveSeconds = (System.nanoTime() - td) / 1e9;
            }
            rename(outFs, new Path(out, SparkOutput.ARTICLES), ".gz", SparkOutput.PART_SUFFIX);
            rename(outFs, new Path(out, SparkOutput.RECORDS), ".gz", SparkOutput.PART_SUFFIX);
            Path failures = new Path(out, "failures");
            outFs.rename(new Path(failures, "part-00000"), new Path(out, SparkOutput.FAILURES));
            outFs.delete(failures, true);
            double seconds = (System.nanoTime() - t0) / 1e9;
            Map<String, Long> all = new java.util.TreeMap<>(counts.asMap());
            if (cfg.derive()) {
                all.put("derive.blocks", blocks);
                all.put("derive.blocksMillis", Math.round(deriveSeconds * 1000));
            }
            JobSummary s = new JobSummary(counts.get("articles"), counts.get("failed"), counts.get("triples"), all, seconds);
            writeManifest(outFs, out, cfg, files.size(), partitions, sc.defaultParallelism(), s);
            return s;
        } finally {
            outcomes.unpersist(false);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One block's or day's derived graph, from the facts of every article under its key. */
    static DerivedKey derive(String key, Iterable<byte[]> encoded) {
        Graph g = ArticleFacts.derive(key, encoded);
        List<Tuple2<String, String>> quotedIn = new ArrayList<>();
        for (var e : ArticleFacts.quotedIn(g)) quotedIn.add(new Tuple2<>(e.getKey(), e.getValue()));
        return new DerivedKey(key, g.isEmpty() ? "" : Extraction.nquads(DerivedLayer.blockGraph(key), g), quotedIn);
    }

    /** The agents quoted in one article, as (block, agent): each agent with each other one, keyed by the agent's block. */
    static List<Tuple2<String, Tuple2<String, String>>> partners(Iterable<Tuple2<String, String>> quoted) {
        // Each (block, agent) once and each partner once: the query counts distinct articles per pair.
        java.util.Set<Tuple2<String, String>> once = new java.util.LinkedHashSet<>();
        java.util.Set<String> agents = new java.util.TreeSet<>();
        quoted.forEach(q -> {
            once.add(q);
            agents.add(q._2());
        });
        List<Tuple2<String, Tuple2<String, String>>> out = new ArrayList<>();
        for (Tuple2<String, String> p : once) {
            for (String q : agents) if (!q.equals(p._2())) out.add(new Tuple2<>(p._1(), new Tuple2<>(p._2(), q)));
        }
        return out;
    }

    /** A block's pair graph as N-Quads from its (agent, partner) pairs, one per article quoting both. */
    static String pairQuads(String block, Iterable<Tuple2<String, String>> pairs) {
        Map<String, Map<String, Integer>> partnersOf = new java.util.TreeMap<>();
        for (Tuple2<String, String> pq : pairs) partnersOf.computeIfAbsent(pq._1(), k -> new java.util.TreeMap<>()).merge(pq._2(), 1, Integer::sum);
        Graph g = ArticleFacts.pairsGraph(partnersOf);
        return g.isEmpty() ? "" : Extraction.nquads(ArticleFacts.pairsGraphIri(block), g);
    }

    /** The manifest's bytes, read once on the driver; its problems are reported here, as the command line does. */
    private static RunInputs inputs(JobConfig cfg, Configuration conf) throws IOException {
        if (cfg.manifest().isEmpty()) return RunInputs.of(null, null, cfg.maxBytes());
        Path p = new Path(cfg.manifest().get());
        byte[] bytes;
        try (InputStream s = p.getFileSystem(conf).open(p)) {
            bytes = s.readAllBytes();
        }
        String name = p.toUri().getScheme() == null ? cfg.manifest().get() : p.toUri().getPath();
        try {
            Manifest m = Manifest.ofBytes(name, bytes);
            for (IngestItem.Failed f : m.problems()) LOG.warn("newskg: warning: {}", f.message());
        } catch (IngestException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return RunInputs.of(name, bytes, cfg.maxBytes());
    }

    /** Reading tasks: each WARC file alone (it streams), other files in groups in reading order. */
    static List<List<InputFile>> tasks(List<InputFile> files) {
        List<List<InputFile>> out = new ArrayList<>();
        List<InputFile> group = new ArrayList<>();
        long bytes = 0;
        for (InputFile f : files) {
            if (f.warc()) {
                out.add(List.of(f));
                continue;
            }
            if (!group.isEmpty() && (group.size() >= FILES_PER_TASK || bytes + f.size() > BYTES_PER_TASK)) {
                out.add(group);
                group = new ArrayList<>();
                bytes = 0;
            }
            group.add(f);
            bytes += f.size();
        }
        if (!group.isEmpty()) out.add(group);
        return out;
    }

    private static Iterator<ReadItem> readAll(List<InputFile> group, RunInputs inputs, Configuration conf) throws IngestException {
        var ingest = ExecutorState.ingest(inputs);
        Iterator<InputFile> files = group.iterator();
        return new Iterator<>() {
            Iterator<ReadItem> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && files.hasNext()) current = FileReading.read(files.next(), ingest, inputs.maxBytes(), conf);
                return current.hasNext();
            }

            @Override
            public ReadItem next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                return current.next();
            }
        };
    }

    /** Spark names gzip parts {@code part-NNNNN.gz}; Jena's loaders tell the syntax by the name, so they become {@code .nq.gz}. */
    private static void rename(FileSystem fs, Path dir, String from, String to) throws IOException {
        for (FileStatus st : fs.listStatus(dir)) {
            String n = st.getPath().getName();
            if (n.startsWith("part-") && n.endsWith(from) && !n.endsWith(to))
                fs.rename(st.getPath(), new Path(dir, n.substring(0, n.length() - from.length()) + to));
        }
    }

    private static void writeManifest(FileSystem fs, Path out, JobConfig cfg, int files, int partitions, int parallelism, JobSummary s)
            throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("extractorVersion", Extractor.VERSION);
        m.put("derivedVersion", DerivedLayer.VERSION);
        m.put("inputs", cfg.inputs());
        m.put("manifest", cfg.manifest().orElse(null));
        m.put("inputFiles", files);
        m.put("partitions", partitions);
        m.put("parallelism", parallelism);
        m.put("articles", s.articles());
        m.put("failed", s.failed());
        m.put("triples", s.triples());
        m.put("counts", s.counts());
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("articles", "articles/part-*.nq.gz");
        parts.put("records", "records/part-*.nq.gz");
        if (cfg.derive()) parts.put("derived", "derived/part-*.nq.gz");
        parts.put("failures", "failures.jsonl");
        m.put("parts", parts);
        m.put("seconds", Math.round(s.seconds() * 10) / 10.0);
        try (OutputStream o = fs.create(new Path(out, MANIFEST), false)) {
            o.write(JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(m));
            o.write('\n');
        }
    }
}
