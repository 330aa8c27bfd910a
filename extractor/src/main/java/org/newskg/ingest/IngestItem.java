package org.newskg.ingest;

import java.util.Objects;

/** Either an article or the reason an input could not be read: a batch carries both and goes on. */
public sealed interface IngestItem {
    record Ok(Article article) implements IngestItem {
        public Ok { Objects.requireNonNull(article); }
    }

    record Failed(String source, String articleId, String reason) implements IngestItem {
        public String message() { return source + (articleId == null ? "" : " [" + articleId + "]") + ": " + reason; }
    }
}
