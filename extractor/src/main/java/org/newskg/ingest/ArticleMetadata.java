package org.newskg.ingest;

import java.nio.file.Path;
import java.util.Optional;

/** What is known about an article besides its text. Absent values are empty, never blank strings. */
public record ArticleMetadata(
        Optional<String> outlet,
        Optional<String> url,
        Optional<String> published,
        Optional<String> title,
        Optional<String> author,
        Optional<Path> source,
        String format) {

    public static ArticleMetadata empty(Path source, String format) {
        return new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.ofNullable(source), format);
    }

    public ArticleMetadata {
        outlet = clean(outlet);
        // The graph types the url xsd:anyURI, and a page's og:url or a feed's "url" can hold anything at all.
        url = clean(url).filter(Manifest::validUrl);
        published = clean(published);
        title = clean(title);
        author = clean(author);
        source = source == null ? Optional.empty() : source;
    }

    private static Optional<String> clean(Optional<String> v) {
        if (v == null) return Optional.empty();
        return v.map(String::strip).filter(s -> !s.isEmpty() && !s.equalsIgnoreCase("none"));
    }

    /** Fields from a manifest row win over those the file itself carries: the manifest is the curated record. */
    public ArticleMetadata overlay(ManifestEntry m) {
        return new ArticleMetadata(
                m.outlet().or(() -> outlet), m.url().or(() -> url), m.published().or(() -> published),
                m.title().or(() -> title), m.author().or(() -> author), source, format);
    }

    String fingerprint() {
        return String.join("\u0001", outlet.orElse(""), url.orElse(""), published.orElse(""),
                title.orElse(""), author.orElse(""));
    }
}
