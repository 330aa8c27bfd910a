package org.newskg.ingest;

import java.nio.file.Path;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newskg.ingest.html.MainText;
import org.newskg.ingest.html.NoArticle;
import org.newskg.ingest.html.RunawayElements;
import org.newskg.ingest.html.PageMetadata;

/**
 * Reads a news page: its metadata (schema.org JSON-LD and microdata, Open Graph and article meta tags,
 * {@code <time datetime>}; see {@link PageMetadata}) and its main text as paragraphs joined by blank lines (see
 * {@link MainText}). Offsets in the graph then refer to that extracted text, which is the article body as ingested.
 * Stateless and thread-safe.
 */
public final class HtmlArticleReader {
    private HtmlArticleReader() {}

    /** How a page was read: the article, and for diagnostics how its charset was chosen and which candidate gave its text. */
    public record Reading(Article article, String charset, String method) {}

    /** A page already decoded to text. */
    public static Article read(String id, String html, Path source) throws IngestException {
        String where = source == null ? id : source.toString();
        return read(id, html, Optional.empty(), Optional.empty(), source, where, "given as text").article();
    }

    /**
     * A page as bytes, decoded by its byte order mark, its declared charset, or detection (see
     * {@link TextDecoder#decodeHtml}). {@code url}, where given (a crawl's target URI), is the article's URL whatever
     * the page says; {@code fallbackPublished} (a capture date) is used only when the page gives no date.
     */
    public static Article read(String id, byte[] html, Optional<String> url, Optional<String> fallbackPublished, Path source)
            throws IngestException {
        return read(id, html, Optional.empty(), url, fallbackPublished, source);
    }

    /** As {@link #read(String, byte[], Optional, Optional, Path)}, with the transport's {@code Content-Type} header, whose charset wins over the page's. */
    public static Article read(String id, byte[] html, Optional<String> contentType, Optional<String> url,
            Optional<String> fallbackPublished, Path source) throws IngestException {
        return inspect(id, html, contentType, url, fallbackPublished, source).article();
    }

    /** As {@link #read(String, byte[], Optional, Optional, Optional, Path)}, telling how the page was read. */
    public static Reading inspect(String id, byte[] html, Optional<String> contentType, Optional<String> url,
            Optional<String> fallbackPublished, Path source) throws IngestException {
        return read(id, html, contentType, url, fallbackPublished, source, Long.MAX_VALUE, source == null ? id : source.toString());
    }

    /** The one path from a page's bytes to an article, for files, WARC records and fetched pages alike ({@link HtmlPages}). */
    static Reading read(String id, byte[] html, Optional<String> contentType, Optional<String> url,
            Optional<String> fallbackPublished, Path source, long maxBytes, String where) throws IngestException {
        TextDecoder.Decoded text = TextDecoder.decodeHtmlExplained(where, html, maxBytes, contentType);
        return read(id, text.text(), url, fallbackPublished, source, where, text.charset().name() + " (" + text.how() + ")");
    }

    private static Reading read(String id, String html, Optional<String> url, Optional<String> fallbackPublished, Path source,
            String where, String charset) throws IngestException {
        String base = url.orElse("");
        Document doc = Jsoup.parse(html, base);
        if (doc.body() == null) throw new IngestException(where, "HTML has no body");
        String repaired = "";
        // A <title> or <textarea> left open swallows the page as text (see RunawayElements): closed, and read again.
        Optional<String> fixed = RunawayElements.repair(html, doc, RunawayElements.Scope.SAFE);
        if (fixed.isPresent()) {
            html = fixed.get();
            doc = Jsoup.parse(html, base);
            repaired = "repaired markup, ";
        }
        PageMetadata page = PageMetadata.read(doc);
        MainText.Result main = MainText.extract(doc, page);
        if (main.text().isBlank()) {
            // Scripts and comments hold markup on purpose more often; they are suspects only for a page read as empty.
            fixed = RunawayElements.repair(html, doc, RunawayElements.Scope.ALL);
            if (fixed.isPresent()) {
                Document again = Jsoup.parse(fixed.get(), base);
                PageMetadata page2 = PageMetadata.read(again);
                MainText.Result main2 = MainText.extract(again, page2);
                if (!main2.text().isBlank()) {
                    doc = again;
                    page = page2;
                    main = main2;
                    repaired = "repaired script or comment, ";
                }
            }
        }
        String body = asRendered(main.text());
        if (body.isBlank()) throw new IngestException(where, "HTML page has no article text: " + NoArticle.reason(doc));

        ArticleMetadata md = new ArticleMetadata(
                page.outlet().map(HtmlArticleReader::asRendered),
                url.or(page::canonicalUrl).map(HtmlArticleReader::asRendered),
                page.published().or(() -> fallbackPublished).map(HtmlArticleReader::asRendered),
                page.title().map(HtmlArticleReader::asRendered),
                page.authors().isEmpty() ? Optional.empty() : Optional.of(asRendered(String.join(", ", page.authors()))),
                Optional.ofNullable(source), "html",
                page.authors().stream().map(HtmlArticleReader::asRendered).toList(),
                page.section().map(HtmlArticleReader::asRendered),
                page.language().map(HtmlArticleReader::asRendered));
        return new Reading(new Article(id, body, md), charset, repaired + main.method());
    }

    /**
     * jsoup decodes a character reference to half a surrogate pair ({@code &#xD800;}) as that lone char, which no RDF
     * syntax can write. The HTML standard has browsers show U+FFFD instead; so do we, one char for one, so offsets hold.
     */
    private static String asRendered(String s) {
        if (TextDecoder.unpairedSurrogate(s) < 0) return s;
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            if (Character.isHighSurrogate(cs[i]) && i + 1 < cs.length && Character.isLowSurrogate(cs[i + 1])) i++;
            else if (Character.isSurrogate(cs[i])) cs[i] = '\uFFFD';
        }
        return new String(cs);
    }
}
