package org.newskg.ingest.feed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What a feed watcher remembers between runs. Per feed: the validators for a conditional GET, and the links still to
 * fetch (held back by the per-run cap, a server error or robots.txt), which a 304 on the feed would otherwise hide.
 * For the whole archive, that is for the store it feeds: every page URL fetched, from whichever feed, and the digest
 * of every payload archived, so a page listed by two feeds, or by a feed added later, or served again under another
 * URL, is fetched or archived once. These two grow with the archive, by about 100 bytes a page against the tens of
 * kilobytes the page takes in the archive.
 */
final class FeedState {
    static final class Feed {
        public String etag;
        public String lastModified;
        /** Before the seen-set was the store's: the links this feed had fetched. Read, folded into {@link #fetched}, not written. */
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        public List<String> seen = new ArrayList<>();
        public List<String> pending = new ArrayList<>();
    }

    /** Page URLs fetched (feed links and the redirect targets they led to), over all feeds and runs. */
    public Set<String> fetched = new TreeSet<>();
    /** {@code sha1:BASE32} of every payload archived, as in WARC-Payload-Digest. */
    public Set<String> payloads = new TreeSet<>();

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public Map<String, Feed> feeds = new TreeMap<>();
    /**
     * The archive's length when this state was saved. Anything past it was appended by a run that died before saving
     * (perhaps half a record, which would end every later read of the archive there); the next run cuts it off and
     * fetches those pages again, so archive and state stay in step. -1: not known yet.
     */
    public long archiveBytes = -1;

    static FeedState read(Path file) throws IOException {
        if (!Files.exists(file)) return new FeedState();
        try {
            FeedState s = JSON.readValue(file.toFile(), FeedState.class);
            for (Feed f : s.feeds.values()) {
                s.fetched.addAll(f.seen);
                f.seen = new ArrayList<>();
            }
            return s;
        } catch (IOException e) {
            throw new IOException(file + ": unreadable feed state (" + e.getMessage() + "); move it away to start afresh", e);
        }
    }

    /** Written beside and moved over the old file, so a crash leaves the old state or the new, never half of one. */
    void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), this);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    Feed feed(String url) { return feeds.computeIfAbsent(url, u -> new Feed()); }
}
