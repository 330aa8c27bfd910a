package org.newskg.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An article as one line of the input JSON Lines format ({@code id, url, outlet, published, title, author, body}),
 * what {@link JsonlArticleReader} reads back into the same article: same id, body and metadata, so the same graph.
 * Absent fields are {@code null}, so every line has the same keys in the same order.
 */
public final class ArticleJsonl {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleJsonl() {}

    public static String line(Article a) {
        Map<String, String> m = new LinkedHashMap<>();
        ArticleMetadata md = a.metadata();
        m.put("id", a.id());
        m.put("url", or(md.url()));
        m.put("outlet", or(md.outlet()));
        m.put("published", or(md.published()));
        m.put("title", or(md.title()));
        m.put("author", or(md.author()));
        m.put("body", a.body());
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write article " + a.id() + " as JSON", e);
        }
    }

    private static String or(Optional<String> v) { return v.orElse(null); }
}
