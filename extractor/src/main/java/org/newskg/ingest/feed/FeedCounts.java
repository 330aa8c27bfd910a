package org.newskg.ingest.feed;

/** What one watcher run did, feed by feed and page by page. */
public final class FeedCounts {
    int feeds, notModified, feedsFailed, newItems, fetched, disallowed, notHtml, duplicates, pageFailures, deferred;

    public int feeds() { return feeds; }
    /** Feeds that answered 304 to a conditional GET. */
    public int notModified() { return notModified; }
    public int feedsFailed() { return feedsFailed; }
    /** Items not fetched before, in feeds fetched or remembered as pending. */
    public int newItems() { return newItems; }
    /** Pages fetched and archived. */
    public int fetched() { return fetched; }
    /** Pages (or feeds) robots.txt keeps us from; they are asked for again in later runs, in case it allows them then. */
    public int disallowed() { return disallowed; }
    public int notHtml() { return notHtml; }
    /** Pages whose payload an earlier page of this archive had (the same article under another URL): not archived again. */
    public int duplicates() { return duplicates; }
    public int pageFailures() { return pageFailures; }
    /** Items left for the next run by the per-run cap. */
    public int deferred() { return deferred; }

    public String line() {
        return String.format("%d feeds (%d not modified, %d failed), %d new items: %d pages fetched and archived, %d disallowed by robots.txt, "
                + "%d not HTML, %d duplicate payloads, %d failed, %d left for the next run by the cap", feeds, notModified, feedsFailed, newItems,
                fetched, disallowed, notHtml, duplicates, pageFailures, deferred);
    }
}
