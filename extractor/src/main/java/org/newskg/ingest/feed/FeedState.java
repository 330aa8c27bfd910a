package org.newskg.ingest.feed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What a feed watcher remembers between runs, per feed: the validators for a conditional GET, the item links already
 * fetched (only those the feed still lists, so the file stays the size of the feeds), and the links still to fetch
 * (held back by the per-run cap or by a server error), which a 304 on the feed would otherwise hide.
 */
final class FeedState {
    static final class Feed {
        public String etag;
        public String lastModified;
        public List<String> seen = new ArrayList<>();
        public List<String> pending = new ArrayList<>();
    }

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
            return JSON.readValue(file.toFile(), FeedState.class);
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
