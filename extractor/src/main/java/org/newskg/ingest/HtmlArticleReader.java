package org.newskg.ingest;

import java.nio.file.Path;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newskg.ingest.html.MainText;
import org.newskg.ingest.html.PageMetadata;

/**
 * Reads a news page: its metadata (schema.org JSON-LD and microdata, Open Graph and article meta tags,
 * {@code <time datetime>}; see {@link PageMetadata}) and its main text as paragraphs joined by blank lines (see
 * {@link MainText}). Offsets in the graph then refer to that extracted text, which is the article body as ingested.
 * Stateless and thread-safe.
 */
public final class HtmlArticleReader {
    private HtmlArticleReader() {}

    /** A page already decoded to text. */
    public static Article read(String id, String html, Path source) throws IngestException {
        return read(id, html, Optional.empty(), Optional.empty(), source);
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
        String where = source == null ? id : source.toString();
        String text = TextDecoder.decodeHtml(where, html, Long.MAX_VALUE, contentType);
        return read(id, text, url, fallbackPublished, source);
    }

    private static Article read(String id, String html, Optional<String> url, Optional<String> fallbackPublished, Path source)
            throws IngestException {
        String where = source == null ? id : source.toString();
        Document doc = Jsoup.parse(html, url.orElse(""));
        if (doc.body() == null) throw new IngestException(where, "HTML has no body");
        PageMetadata page = PageMetadata.read(doc);
        String body = asRendered(MainText.extract(doc, page).text());
        if (body.isBlank()) throw new IngestException(where, "HTML page has no article text");

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
        return new Article(id, body, md);
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
