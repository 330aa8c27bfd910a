package org.newskg.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What is known about an article besides its text. Absent values are empty, never blank strings.
 *
 * <p>{@code author} is the byline as printed; {@code authors} are the people it names, one each, as the page's
 * structured data lists them (JSON-LD, microdata, author meta tags): they become persons of the graph, the
 * article's {@code schema:author}. Formats that only carry a byline leave {@code authors} empty.
 */
public record ArticleMetadata(
        Optional<String> outlet,
        Optional<String> url,
        Optional<String> published,
        Optional<String> title,
        Optional<String> author,
        Optional<Path> source,
        String format,
        List<String> authors,
        Optional<String> section,
        Optional<String> language) {

    public static ArticleMetadata empty(Path source, String format) {
        return new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.ofNullable(source), format);
    }

    /** The fields every input format has. */
    public ArticleMetadata(Optional<String> outlet, Optional<String> url, Optional<String> published, Optional<String> title,
            Optional<String> author, Optional<Path> source, String format) {
        this(outlet, url, published, title, author, source, format, List.of(), Optional.empty(), Optional.empty());
    }

    public ArticleMetadata {
        outlet = clean(outlet);
        // The graph types the url xsd:anyURI, and a page's og:url or a feed's "url" can hold anything at all.
        url = clean(url).filter(Manifest::validUrl);
        published = clean(published);
        title = clean(title);
        author = clean(author);
        source = source == null ? Optional.empty() : source;
        List<String> names = new ArrayList<>();
        if (authors != null) for (String a : authors) clean(Optional.ofNullable(a)).filter(s -> !names.contains(s)).ifPresent(names::add);
        authors = List.copyOf(names);
        section = clean(section);
        language = clean(language);
    }

    private static Optional<String> clean(Optional<String> v) {
        if (v == null) return Optional.empty();
        return v.map(String::strip).filter(s -> !s.isEmpty() && !s.equalsIgnoreCase("none"));
    }

    /**
     * Fields from a manifest row win over those the file itself carries: the manifest is the curated record. Where the
     * page listed its authors, a manifest author replaces them too, so that the byline and the persons agree.
     */
    public ArticleMetadata overlay(ManifestEntry m) {
        return new ArticleMetadata(
                m.outlet().or(() -> outlet), m.url().or(() -> url), m.published().or(() -> published),
                m.title().or(() -> title), m.author().or(() -> author), source, format,
                m.author().isPresent() && !authors.isEmpty() ? m.author().map(List::of).orElseThrow() : authors, section, language);
    }

    String fingerprint() {
        String base = String.join("\u0001", outlet.orElse(""), url.orElse(""), published.orElse(""),
                title.orElse(""), author.orElse(""));
        // Appended only when present, so that the hash of an article that has none of them stays what it was.
        if (authors.isEmpty() && section.isEmpty() && language.isEmpty()) return base;
        return base + "\u0001" + String.join("\u0002", authors) + "\u0001" + section.orElse("") + "\u0001" + language.orElse("");
    }
}
