package org.newskg.spark;

import java.io.Serializable;

/**
 * What became of one item read: an article graph (as N-Quads lines, with its load record), a failure, or nothing (a
 * page already read under its URL from another WARC file), with counts for the manifest.
 *
 * @param quads the article's named graph as N-Quads, without a final newline
 * @param record the article's load record in the metadata graph, as N-Quads
 */
record Outcome(String id, String quads, String record, Failure failure, Counts counts) implements Serializable {

    static Outcome extracted(String id, String quads, String record, long triples) {
        Counts c = Counts.of("articles", 1).plus(Counts.of("triples", triples));
        return new Outcome(id, quads, record, null, c);
    }

    static Outcome failed(Failure f, Counts c) { return new Outcome(f.article(), null, null, f, Counts.of("failed", 1).plus(c)); }

    static Outcome counted(Counts c) { return new Outcome(null, null, null, null, c); }

    boolean ok() { return quads != null; }

    boolean isFailure() { return failure != null; }
}
