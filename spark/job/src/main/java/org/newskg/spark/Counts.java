package org.newskg.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

import org.newskg.ingest.warc.WarcCounts;

/** Named counts that add up across partitions: what the job reports in its manifest. */
record Counts(TreeMap<String, Long> values) implements Serializable {

    static Counts empty() { return new Counts(new TreeMap<>()); }

    static Counts of(String name, long n) {
        TreeMap<String, Long> m = new TreeMap<>();
        m.put(name, n);
        return new Counts(m);
    }

    /** A WARC file's record counts, under {@code warc.} names. */
    static Counts of(WarcCounts c) {
        TreeMap<String, Long> m = new TreeMap<>();
        m.put("warc.records", c.records());
        m.put("warc.articles", c.articles());
        m.put("warc.failed", c.failed());
        m.put("warc.revisits", c.revisits());
        m.put("warc.notOk", c.notOk());
        m.put("warc.notHtml", c.notHtml());
        m.put("warc.duplicatePayloads", c.duplicates());
        m.put("warc.repeatedUrls", c.repeatedUrls());
        c.other().forEach((k, v) -> m.put("warc.other." + k, v));
        return new Counts(m);
    }

    Counts plus(Counts o) {
        TreeMap<String, Long> m = new TreeMap<>(values);
        o.values.forEach((k, v) -> m.merge(k, v, Long::sum));
        return new Counts(m);
    }

    long get(String name) { return values.getOrDefault(name, 0L); }

    Map<String, Long> asMap() { return values; }
}
