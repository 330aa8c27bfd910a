package org.newskg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newskg.extract.Extractor;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestItem;
import org.newskg.ingest.Manifest;
import org.newskg.pipeline.Pipeline;
import org.newskg.vocab.NKG;

/**
 * The two sides a test compares: what a single run of the command line's code gives for some inputs (graphs by name,
 * load records, failures), and what the job wrote.
 */
record Expected(Map<String, Graph> graphs, Set<List<String>> records, Set<List<String>> failures) {

    /** Ingest and pipeline as {@code newskg load --bulk} runs them, in this JVM. */
    static Expected singleRun(List<String> inputs, Optional<Path> manifest) throws Exception {
        Manifest m = manifest.isPresent() ? Manifest.read(manifest.get()) : Manifest.empty();
        List<IngestItem> items = Ingest.withManifest(m).read(inputs);
        Map<String, Graph> graphs = new TreeMap<>();
        Set<List<String>> records = new HashSet<>(), failures = new HashSet<>();
        try (Pipeline p = Pipeline.builder().threads(2).build()) {
            p.processAll(items, r -> {
                if (r.ok()) {
                    graphs.put(r.graph().get().graphIri(), r.graph().get().graph());
                    records.add(List.of(r.articleId(), r.contentHash(), Extractor.VERSION));
                } else {
                    failures.add(List.of(r.source(), r.articleId() == null ? "" : r.articleId(), String.join("; ", r.errors())));
                }
            });
        }
        return new Expected(graphs, records, failures);
    }

    /** The job's output folder read back. */
    static Expected output(Path out) throws IOException {
        DatasetGraph articles = DatasetGraphFactory.createGeneral(), meta = DatasetGraphFactory.createGeneral();
        parts(out.resolve("articles"), articles);
        parts(out.resolve("records"), meta);
        Map<String, Graph> graphs = new TreeMap<>();
        articles.listGraphNodes().forEachRemaining(n -> graphs.put(n.getURI(), articles.getGraph(n)));
        Set<List<String>> records = new HashSet<>();
        Graph g = meta.getGraph(org.apache.jena.graph.NodeFactory.createURI(NKG.META_GRAPH));
        g.find(Node.ANY, NKG.articleId.asNode(), Node.ANY).forEachRemaining(t -> records.add(List.of(
                t.getObject().getLiteralLexicalForm(),
                g.find(t.getSubject(), NKG.contentHash.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm(),
                g.find(t.getSubject(), NKG.extractorVersion.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm())));
        Set<List<String>> failures = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out.resolve("failures.jsonl"))) {
            if (line.isBlank()) continue;
            Map<?, ?> f = json.readValue(line, Map.class);
            failures.add(List.of((String) f.get("source"), (String) f.get("article"), (String) f.get("reason")));
        }
        return new Expected(graphs, records, failures);
    }

    private static void parts(Path dir, DatasetGraph into) throws IOException {
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".nq.gz")).sorted().forEach(files::add);
        }
        for (Path p : files) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(into);
            }
        }
    }

    /** Names of the graphs where the two differ (missing on one side, or not isomorphic). */
    List<String> graphDifferences(Expected other) {
        List<String> out = new ArrayList<>();
        Set<String> names = new java.util.TreeSet<>(graphs.keySet());
        names.addAll(other.graphs.keySet());
        for (String n : names) {
            Graph a = graphs.get(n), b = other.graphs.get(n);
            if (a == null || b == null || !a.isIsomorphicWith(b)) out.add(n);
        }
        return out;
    }
}
