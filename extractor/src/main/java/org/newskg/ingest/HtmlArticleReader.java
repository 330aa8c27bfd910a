package org.newskg.ingest;

import java.nio.file.Path;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a news page: the metadata publishers put in Open Graph and article meta tags, and the main text as
 * paragraphs joined by blank lines. Offsets in the graph then refer to that extracted text, which is the
 * article body as ingested.
 */
final class HtmlArticleReader {
    private HtmlArticleReader() {}

    static Article read(String id, String html, Path source) throws IngestException {
        Document doc = Jsoup.parse(html);
        Element main = firstOf(doc, "article", "main", "[itemprop=articleBody]", "[role=main]");
        if (main == null) main = doc.body();
        if (main == null) throw new IngestException(source.toString(), "HTML has no body");
        main.select("script, style, nav, footer, header:not(article header), aside, form, figure figcaption").remove();

        StringBuilder body = new StringBuilder();
        Elements blocks = main.select("p, h1, h2, h3, h4, li, blockquote");
        for (Element b : blocks) {
            // A blockquote's own paragraphs are visited on their own; taking both would duplicate them.
            if (b.tagName().equals("blockquote") && !b.select("p").isEmpty()) continue;
            if (b.tagName().equals("li") && !b.select("p").isEmpty()) continue;
            String t = b.text().strip();
            if (t.isEmpty()) continue;
            if (body.length() > 0) body.append("\n\n");
            body.append(t);
        }
        if (body.length() == 0) body.append(main.text().strip());
        if (body.length() == 0) throw new IngestException(source.toString(), "HTML page has no article text");

        Optional<String> title = meta(doc, "og:title").or(() -> Optional.of(doc.title()));
        ArticleMetadata md = new ArticleMetadata(
                meta(doc, "og:site_name").map(HtmlArticleReader::asRendered),
                meta(doc, "og:url").or(() -> attr(doc, "link[rel=canonical]", "href")).map(HtmlArticleReader::asRendered),
                meta(doc, "article:published_time").or(() -> meta(doc, "date")).or(() -> attr(doc, "time[datetime]", "datetime"))
                        .map(HtmlArticleReader::asRendered),
                title.map(HtmlArticleReader::asRendered),
                meta(doc, "author").or(() -> meta(doc, "article:author")).map(HtmlArticleReader::asRendered),
                Optional.of(source), "html");
        return new Article(id, asRendered(body.toString()), md);
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

    private static Element firstOf(Document doc, String... selectors) {
        for (String s : selectors) {
            Element e = doc.selectFirst(s);
            if (e != null) return e;
        }
        return null;
    }

    private static Optional<String> meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? Optional.empty() : Optional.of(e.attr("content"));
    }

    private static Optional<String> attr(Document doc, String selector, String attr) {
        Element e = doc.selectFirst(selector);
        return e == null ? Optional.empty() : Optional.of(e.attr(attr));
    }
}
