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
        return HtmlArticleReader.read(id, html, contentType, url, captured, file, maxBytes, where).article();
    }
}
