package org.newskg.ingest.warc;

import java.util.Map;
import java.util.TreeMap;

/** What a WARC held, record by record: every record lands in exactly one count. */
public final class WarcCounts {
    long records, articles, failed, revisits, notOk, notHtml, duplicates, repeatedUrls;
    /** Not a kind of record: digests on records read whose algorithm this JVM does not know, so they were not checked. */
    long digestsNotChecked;
    final Map<String, Long> other = new TreeMap<>();

    public long records() { return records; }
    public long articles() { return articles; }
    public long failed() { return failed; }
    public long revisits() { return revisits; }
    /** HTTP responses whose status is not 200. */
    public long notOk() { return notOk; }
    /** Status 200, but not text/html or application/xhtml+xml. */
    public long notHtml() { return notHtml; }
    /** A payload whose digest an earlier response had (the same page under another URL, or captured twice). */
    public long duplicates() { return duplicates; }
    /** The same URL again with another payload: the first capture read is kept. */
    public long repeatedUrls() { return repeatedUrls; }
    /** Records that are neither responses nor revisits, by WARC-Type (request, warcinfo, metadata...). */
    public Map<String, Long> other() { return Map.copyOf(other); }
    public long digestsNotChecked() { return digestsNotChecked; }

    void add(WarcCounts c) {
        records += c.records; articles += c.articles; failed += c.failed; revisits += c.revisits; notOk += c.notOk;
        notHtml += c.notHtml; duplicates += c.duplicates; repeatedUrls += c.repeatedUrls;
        digestsNotChecked += c.digestsNotChecked;
        c.other.forEach((k, v) -> other.merge(k, v, Long::sum));
    }

    public String line() {
        StringBuilder s = new StringBuilder().append(records).append(" records: ").append(articles).append(" articles, ")
                .append(failed).append(" failed; skipped ").append(revisits).append(" revisits, ").append(notOk)
                .append(" not status 200, ").append(notHtml).append(" not HTML, ").append(duplicates)
                .append(" duplicate payloads, ").append(repeatedUrls).append(" repeated URLs");
        other.forEach((k, v) -> s.append(", ").append(v).append(' ').append(k));
        if (digestsNotChecked > 0) s.append("; ").append(digestsNotChecked).append(" digests not checked (unknown algorithm)");
        return s.toString();
    }

    @Override public String toString() { return line(); }
}
