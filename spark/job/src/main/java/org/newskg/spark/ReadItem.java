package org.newskg.spark;

import java.io.Serializable;

/**
 * What reading gave for one record of one file: an article, or the reason there is none (or, once per WARC file, its
 * record counts). {@code file} and {@code record} place it in the single-machine reading order.
 */
record ReadItem(int file, int record, boolean warc, ArticleRow article, Failure failure, Counts counts) implements Serializable {

    static ReadItem ok(int file, int record, boolean warc, ArticleRow a) { return new ReadItem(file, record, warc, a, null, null); }

    static ReadItem failed(int file, int record, boolean warc, Failure f) { return new ReadItem(file, record, warc, null, f, null); }

    /** The last item of a WARC file: what its records held ({@link org.newskg.ingest.warc.WarcCounts}). */
    static ReadItem counts(int file, Counts c) { return new ReadItem(file, Integer.MAX_VALUE, true, null, null, c); }

    boolean ok() { return article != null; }

    boolean isCounts() { return counts != null; }

    /** The article id, or the one the failure names (null when it names none). */
    String id() { return ok() ? article.id() : failure == null ? null : failure.article(); }

    /** Where the article was read from, as messages name it. */
    String source() { return ok() ? (article.source() == null ? "?" : article.source()) : failure == null ? "?" : failure.source(); }
}
