package org.newskg.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One article as ingested. The body is the text every offset in the graph refers to, so it is kept
 * exactly as read (after HTML text extraction), never normalized.
 */
public record Article(String id, String body, ArticleMetadata metadata) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(metadata, "metadata");
        if (id.isBlank()) throw new IllegalArgumentException("article id is blank");
    }

    /** SHA-256 of the body and the metadata that reach the graph: a changed headline is a changed article. */
    public String contentHash() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(body.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(metadata.fingerprint().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unicode code-point offset of a UTF-16 index into the body; the graph and the scorer count code points. */
    public int codePointOffset(int utf16Index) {
        return body.codePointCount(0, utf16Index);
    }
}
