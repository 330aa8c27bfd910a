package org.newskg.ingest;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The one door from raw page bytes (a WARC record's payload, a fetched page) to an {@link Article}: it decodes and
 * reads them exactly as an {@code .html} file is read, so a page read from an archive and the same page saved as a
 * file become the same article. Sources other than files give the url they were fetched from and when; the url
 * replaces the page's own, the capture time stands in for a publication date the page does not give.
 */
public final class HtmlPages {
    private HtmlPages() {}

    /**
     * @param where names the page in failures (a WARC file and record, a URL)
     * @param file the file that holds the page, kept as the article's source
     * @param contentType the HTTP Content-Type header, whose charset a decoder that reads declared charsets puts first
     */
    public static Article read(String id, byte[] html, Optional<String> contentType, String where, Path file, long maxBytes,
                               Optional<String> url, Optional<String> captured) throws IngestException {
        try {
            // Declared charsets first (the transport's, then the page's), as a browser reads a page.
            String text = TextDecoder.decodeHtml(where, html, maxBytes, contentType);
            Article a = HtmlArticleReader.read(id, text, file);
            Optional<String> published = a.metadata().published().isPresent() ? Optional.empty() : captured;
            ManifestEntry fetched = new ManifestEntry(id, Optional.empty(), url, published, Optional.empty(), Optional.empty());
            return new Article(a.id(), a.body(), a.metadata().overlay(fetched));
        } catch (IngestException e) {
            // The reader names the file; inside an archive the record is what a user needs to find.
            throw new IngestException(where, e.reason(), e);
        }
    }

    /** The reason an input over the size limit is refused, worded as for files. */
    public static String tooLarge(long size, long limit) { return TextDecoder.tooLarge(size, limit); }
}
