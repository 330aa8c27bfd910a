package org.newskg.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.jena.graph.Graph;
import org.newskg.derive.ArticleFacts;
import org.newskg.extract.Extractor;
import org.newskg.ingest.Ingest;
import org.newskg.pipeline.ArticleResult;
import org.newskg.pipeline.Pipeline;
import org.newskg.rdf.QuadsWriter;
import org.newskg.store.ArticleStore;
import org.newskg.store.LoadRecords;
import scala.Tuple2;

/**
 * One partition of articles, sorted by id and then by reading order: the first article of each id goes through the
 * pipeline; a later one with the same id fails as {@code newskg load} fails it, naming where the first came from,
 * unless both came from WARC files, where one URL gives one id and a single run's reader skips the second capture.
 * Lazy, one item at a time, so a partition of any size runs in the memory of one article.
 */
final class Extraction implements Iterator<Outcome> {
    private final Iterator<Tuple2<ArticleKey, ReadItem>> in;
    private final Pipeline pipeline;
    private final boolean derive;
    private String lastId;
    private ReadItem first;

    /** With {@code derive}, each article's facts for the derived layer (its blocks' and its day's) are read from its graph beside it. */
    Extraction(Iterator<Tuple2<ArticleKey, ReadItem>> in, Pipeline pipeline, boolean derive) {
        this.in = in;
        this.pipeline = pipeline;
        this.derive = derive;
    }

    @Override
    public boolean hasNext() { return in.hasNext(); }

    @Override
    public Outcome next() {
        if (!in.hasNext()) throw new NoSuchElementException();
        ReadItem item = in.next()._2();
        if (item.isCounts()) return Outcome.counted(item.counts());
        if (!item.ok()) return Outcome.failed(item.failure(), Counts.empty());
        if (!item.article().id().equals(lastId)) {
            lastId = item.article().id();
            first = item;
            return extract(item);
        }
        if (first.warc() && item.warc())
            return Outcome.counted(Counts.of("warc.articles", -1).plus(Counts.of("warc.repeatedUrls", 1)));
        String from = first.warc() ? Ingest.EARLIER_WARC : first.source();
        return Outcome.failed(new Failure(item.source(), item.id(), Ingest.duplicateId(from)), Counts.of("duplicateIds", 1));
    }

    private Outcome extract(ReadItem item) {
        ArticleResult r = pipeline.process(item.article().article());
        if (!r.ok()) return Outcome.failed(new Failure(r.source(), r.articleId(), String.join("; ", r.errors())), Counts.empty());
        Graph g = r.graph().get().graph();
        String iri = r.graph().get().graphIri();
        List<Tuple2<String, byte[]>> facts = new ArrayList<>();
        long t = System.nanoTime();
        if (derive) for (var p : ArticleFacts.encoded(iri, g)) facts.add(new Tuple2<>(p.getKey(), p.getValue()));
        Outcome o = Outcome.extracted(r.articleId(), nquads(iri, g),
                nquads(LoadRecords.META.getURI(), LoadRecords.of(new ArticleStore.LoadRecord(r.articleId(), r.contentHash(), Extractor.VERSION))),
                facts, g.size());
        // Microseconds the derived layer's facts cost beside extraction, summed in the manifest's counts.
        return derive ? o.plus(Counts.of("derive.factsMicros", (System.nanoTime() - t) / 1000)) : o;
    }

    /** A graph as N-Quads lines, written by the command line's writer, without the last newline. */
    static String nquads(String graphIri, Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (QuadsWriter w = new QuadsWriter(QuadsWriter.Format.NQ, out)) {
            w.write(graphIri, g);
        }
        String s = out.toString(StandardCharsets.UTF_8);
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
