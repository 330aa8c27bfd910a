package org.newskg.spark;

import java.io.Serializable;
import java.util.List;

import scala.Tuple2;

/**
 * What became of one item read: an article graph (as N-Quads lines, with its load record), a failure, or nothing (a
 * page already read under its URL from another WARC file), with counts for the manifest.
 *
 * @param quads the article's named graph as N-Quads, without a final newline
 * @param record the article's load record in the metadata graph, as N-Quads
 * @param facts the article's facts for each block it names, by block key, encoded ({@code ArticleFacts.Part})
 */
record Outcome(String id, String quads, String record, List<Tuple2<String, byte[]>> facts, Failure failure, Counts counts)
        implements Serializable {

    static Outcome extracted(String id, String quads, String record, List<Tuple2<String, byte[]>> facts, long triples) {
        Counts c = Counts.of("articles", 1).plus(Counts.of("triples", triples));
        return new Outcome(id, quads, record, List.copyOf(facts), null, c);
    }

    static Outcome failed(Failure f, Counts c) { return new Outcome(f.article(), null, null, List.of(), f, Counts.of("failed", 1).plus(c)); }

    static Outcome counted(Counts c) { return new Outcome(null, null, null, List.of(), null, c); }

    Outcome plus(Counts more) { return new Outcome(id, quads, record, facts, failure, counts.plus(more)); }

    boolean ok() { return quads != null; }

    boolean isFailure() { return failure != null; }
}
