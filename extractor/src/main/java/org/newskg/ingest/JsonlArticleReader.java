package org.newskg.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One article per line: {@code id, url, outlet, published, title, author, body}. A bad line fails alone. */
final class JsonlArticleReader {
    /**
     * Room for the fields besides the body on a line: a line longer than the article limit plus this is refused
     * before it is parsed. Jackson's own cap on a string (20 MB) is lifted, since lines that reach it are bounded
     * by that check and its message ("malformed JSON line") would hide that the article is simply too large.
     */
    static final long LINE_OVERHEAD = 64 << 10;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build()).build());

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
        long lineBytes = TextDecoder.utf8Length(line);
        if (lineBytes > maxBytes + LINE_OVERHEAD)
            throw new IngestException(where, peekId(line).map(id -> "article " + id + " is ").orElse("line is ")
                    + TextDecoder.tooLarge(lineBytes, maxBytes));
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IngestException(where, "malformed JSON line (" + e.getOriginalMessage() + ")");
        }
        if (n == null || !n.isObject()) throw new IngestException(where, "a JSON Lines article must be an object");
        String id = text(n, "id").orElseThrow(() -> new IngestException(where, "missing \"id\""));
        if (id.isBlank()) throw new IngestException(where, "blank \"id\"");
        String body = text(n, "body").or(() -> text(n, "text"))
                .orElseThrow(() -> new IngestException(where, "article " + id + " has no \"body\""));
        if (body.isBlank()) throw new IngestException(where, "article " + id + " has an empty body");
        long size = TextDecoder.utf8Length(body);
        if (size > maxBytes) throw new IngestException(where, "article " + id + " is " + TextDecoder.tooLarge(size, maxBytes));
        wellFormed("id", Optional.of(id), where);
        wellFormed("body", Optional.of(body), where);
        Optional<String> author = text(n, "author");
        // The byline's names are the article's authors, as `newskg ingest` writes a page's authors ("A, B"), so that
        // its output loads back to the graphs the page gives.
        List<String> authors = author.map(a -> java.util.Arrays.stream(a.split(",\\s+")).map(String::strip).filter(x -> !x.isEmpty()).toList())
                .orElse(List.of());
        ArticleMetadata md = new ArticleMetadata(text(n, "outlet").or(() -> text(n, "publisher")), text(n, "url"),
                text(n, "published").or(() -> text(n, "publication_date")), text(n, "title"), author,
                Optional.of(source), "jsonl", authors, Optional.empty(), Optional.empty());
        wellFormed("outlet", md.outlet(), where);
        wellFormed("url", md.url(), where);
        wellFormed("published", md.published(), where);
        wellFormed("title", md.title(), where);
        wellFormed("author", md.author(), where);
        return new Article(id, body, md);
    }

    /**
     * The top-level {@code "id"} of a line too large to parse whole, to name the article in its failure. Jackson
     * reads strings lazily, so the body it steps over is never built.
     */
    private static Optional<String> peekId(String line) {
        try (JsonParser p = JSON.getFactory().createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return Optional.empty();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("id") && value != null && value.isScalarValue()) return Optional.of(p.getText());
                p.skipChildren();
            }
        } catch (java.io.IOException | RuntimeException e) {
            // Not JSON enough to say: the failure names the line instead.
        }
        return Optional.empty();
    }

    private static Optional<String> text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return Optional.empty();
        return Optional.of(v.isTextual() ? v.asText() : v.toString());
    }

    /**
     * JSON may escape half of a surrogate pair (backslash, u, D800), which no UTF-8 file can hold: such a string would
     * reach the graph as a literal that no RDF syntax can write back, so the line is refused as the bytes would be.
     */
    private static void wellFormed(String field, Optional<String> value, String where) throws IngestException {
        if (value.isEmpty()) return;
        int i = TextDecoder.unpairedSurrogate(value.get());
        if (i >= 0)
            throw new IngestException(where, "\"" + field + "\" is not valid Unicode (unpaired surrogate U+"
                    + Integer.toHexString(value.get().charAt(i)).toUpperCase(java.util.Locale.ROOT) + " at character " + i + ")");
    }
}
