package org.newskg.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One article per line: {@code id, url, outlet, published, title, author, body}. A bad line fails alone. */
final class JsonlArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonlArticleReader() {}

    static List<IngestItem> read(String text, Path source, long maxBytes) {
        List<IngestItem> items = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            String where = source + ":" + (i + 1);
            try {
                items.add(new IngestItem.Ok(parse(line, source, where, maxBytes)));
            } catch (IngestException e) {
                items.add(new IngestItem.Failed(where, null, e.reason()));
            }
        }
        return items;
    }

    private static Article parse(String line, Path source, String where, long maxBytes) throws IngestException {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IngestException(where, "malformed JSON line (" + e.getOriginalMessage() + ")");
        }
        if (n == null || !n.isObject()) throw new IngestException(where, "a JSON Lines article must be an object");
        String id = text(n, "id").orElseThrow(() -> new IngestException(where, "missing \"id\""));
        String body = text(n, "body").or(() -> text(n, "text"))
                .orElseThrow(() -> new IngestException(where, "article " + id + " has no \"body\""));
        if (body.isBlank()) throw new IngestException(where, "article " + id + " has an empty body");
        if (body.length() > maxBytes) throw new IngestException(where, "article " + id + " is too large: " + body.length() + " characters");
        ArticleMetadata md = new ArticleMetadata(text(n, "outlet").or(() -> text(n, "publisher")), text(n, "url"),
                text(n, "published").or(() -> text(n, "publication_date")), text(n, "title"), text(n, "author"),
                Optional.of(source), "jsonl");
        return new Article(id, body, md);
    }

    private static Optional<String> text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return Optional.empty();
        return Optional.of(v.isTextual() ? v.asText() : v.toString());
    }
}
