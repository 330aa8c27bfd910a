package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Pages written for these tests, about fictional people and outlets; read through the public byte-level entry point. */
class HtmlArticleReaderTest {
    private static final Path SOURCE = Path.of("page.html");

    private static Article read(byte[] page) throws IngestException {
        return HtmlArticleReader.read("page", page, Optional.empty(), Optional.empty(), SOURCE);
    }

    private static Article read(String page) throws IngestException {
        return read(page.getBytes(StandardCharsets.UTF_8));
    }

    private static String article(String head, String body) {
        return "<!doctype html><html><head>" + head + "</head><body><article>" + body + "</article></body></html>";
    }

    private static final String CAFE = "<p>The caf\u00e9 on Pier 4 will close in May, its owner said on Tuesday.</p>"
            + "<p>\u201cWe served the ferry crews for thirty years,\u201d said Kate Ruiz \u2014 and she wept.</p>";

    @Test
    void windows1252PageWithMetaCharsetReadsItsQuotesAndAccents() throws IngestException {
        byte[] page = article("<meta charset=\"windows-1252\"><title>Caf\u00e9 closes</title>", CAFE).getBytes(Charset.forName("windows-1252"));
        Article a = read(page);
        assertEquals("The caf\u00e9 on Pier 4 will close in May, its owner said on Tuesday.\n\n"
                + "\u201cWe served the ferry crews for thirty years,\u201d said Kate Ruiz \u2014 and she wept.", a.body());
        assertEquals(Optional.of("Caf\u00e9 closes"), a.metadata().title());
    }

    @Test
    void iso88591PageWithHttpEquivContentTypeReadsItsAccents() throws IngestException {
        String body = "<p>The caf\u00e9 on Pier 4 will close in May, its owner said on Tuesday.</p>"
                + "<p>Its cr\u00e8me br\u00fbl\u00e9e was famous along the whole harbour front.</p>";
        byte[] page = article("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", body).getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("The caf\u00e9 on Pier 4 will close in May, its owner said on Tuesday.\n\n"
                + "Its cr\u00e8me br\u00fbl\u00e9e was famous along the whole harbour front.", read(page).body());
    }

    @Test
    void byteOrderMarkWinsOverTheDeclaredCharset() throws IngestException {
        byte[] text = article("<meta charset=\"windows-1252\">", CAFE).getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[text.length + 3];
        page[0] = (byte) 0xEF; page[1] = (byte) 0xBB; page[2] = (byte) 0xBF;
        System.arraycopy(text, 0, page, 3, text.length);
        assertTrue(read(page).body().startsWith("The caf\u00e9 on Pier 4"), () -> "decoded as declared, not by the BOM");
    }

    @Test
    void transportCharsetWinsOverThePageDeclaration() throws IngestException {
        byte[] page = article("<meta charset=\"utf-8\">", CAFE).getBytes(StandardCharsets.ISO_8859_1.newEncoder().canEncode("\u201c")
                ? StandardCharsets.ISO_8859_1 : Charset.forName("windows-1252"));
        Article a = HtmlArticleReader.read("page", page, Optional.of("text/html; charset=windows-1252"), Optional.empty(), Optional.empty(), SOURCE);
        assertTrue(a.body().contains("\u201cWe served"), a::body);
    }

    @Test
    void undeclaredLatin1PageIsDetected() throws IngestException {
        String body = ("<p>Le caf\u00e9 du port fermera en mai, a d\u00e9clar\u00e9 sa propri\u00e9taire mardi. "
                + "Les \u00e9quipages des ferries y d\u00e9jeunaient depuis trente ann\u00e9es, et la client\u00e8le r\u00e9guli\u00e8re "
                + "regrette d\u00e9j\u00e0 la cr\u00e8me br\u00fbl\u00e9e et le caf\u00e9 cr\u00e8me.</p>").repeat(3);
        byte[] page = article("<title>Le caf\u00e9 ferme</title>", body).getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(read(page).body().startsWith("Le caf\u00e9 du port fermera en mai"));
    }

    @Test
    void binaryPageFailsAsBinary() {
        byte[] page = {'<', 'h', 't', 'm', 'l', '>', 0, 0, 1, 2, 3};
        IngestException e = assertThrows(IngestException.class, () -> read(page));
        assertTrue(e.reason().contains("binary"), e::reason);
        assertTrue(e.getMessage().contains("page.html"), e::getMessage);
    }

    @Test
    void aStrayBadByteReadsAsTheReplacementCharacterButManyFailNamingTheCharset() throws IngestException {
        String text = article("<meta charset=\"utf-8\">", CAFE);
        byte[] good = text.getBytes(StandardCharsets.UTF_8);
        int at = new String(good, StandardCharsets.ISO_8859_1).indexOf("Pier 4");
        byte[] stray = good.clone();
        stray[at] = (byte) 0xFF;
        assertTrue(read(stray).body().contains("The caf\u00e9 on \uFFFDier 4"), () -> "one bad byte");

        byte[] garbled = good.clone();
        // 0x81 and 0x8D are invalid in UTF-8 and undefined in windows-1252, so the detector has nothing to offer either.
        for (int i = text.indexOf("<article>"); i < good.length - 20; i += 3) garbled[i] = (byte) (i % 2 == 0 ? 0x81 : 0x8D);
        IngestException e = assertThrows(IngestException.class, () -> read(garbled));
        assertTrue(e.reason().contains("UTF-8"), e::reason);
    }

    @Test
    void jsonLdSingleObjectGivesEveryField() throws IngestException {
        String ld = """
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": "Ferry fares rise in April",
                 "datePublished": "2026-03-10T08:30:00Z",
                 "author": {"@type": "Person", "name": "Kate Ruiz"},
                 "publisher": {"@type": "Organization", "name": "Harbor Gazette"},
                 "url": "https://gazette.example/2026/03/ferry-fares",
                 "articleSection": "Transport", "inLanguage": "en-GB"}
                </script><title>Ferry fares | Harbor Gazette</title>""";
        ArticleMetadata m = read(article(ld, CAFE)).metadata();
        assertEquals(Optional.of("Ferry fares rise in April"), m.title());
        assertEquals(Optional.of("2026-03-10T08:30:00Z"), m.published());
        assertEquals(List.of("Kate Ruiz"), m.authors());
        assertEquals(Optional.of("Kate Ruiz"), m.author());
        assertEquals(Optional.of("Harbor Gazette"), m.outlet());
        assertEquals(Optional.of("https://gazette.example/2026/03/ferry-fares"), m.url());
        assertEquals(Optional.of("Transport"), m.section());
        assertEquals(Optional.of("en-GB"), m.language());
    }

    @Test
    void jsonLdArrayFindsTheArticleAmongOtherObjects() throws IngestException {
        String ld = """
                <script type="application/ld+json">
                [{"@type": "WebSite", "name": "Harbor Gazette", "url": "https://gazette.example/"},
                 {"@type": "BreadcrumbList", "itemListElement": []},
                 {"@type": ["Article"], "headline": "Tolls stay put", "datePublished": "2026-04-02",
                  "author": [{"@type": "Person", "name": "Kate Ruiz"}, {"@type": "Person", "name": "Tom Alcott"}],
                  "publisher": {"name": "Harbor Gazette"}}]
                </script>""";
        ArticleMetadata m = read(article(ld, CAFE)).metadata();
        assertEquals(Optional.of("Tolls stay put"), m.title());
        assertEquals(Optional.of("2026-04-02"), m.published());
        assertEquals(List.of("Kate Ruiz", "Tom Alcott"), m.authors());
        assertEquals(Optional.of("Kate Ruiz, Tom Alcott"), m.author());
    }

    @Test
    void jsonLdGraphResolvesAuthorAndPublisherReferences() throws IngestException {
        String ld = """
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "Organization", "@id": "https://gazette.example/#org", "name": "Harbor Gazette"},
                  {"@type": "Person", "@id": "https://gazette.example/#tom", "name": "Tom Alcott"},
                  {"@type": "ReportageNewsArticle", "headline": "Levee holds after storm",
                   "datePublished": "2026-05-01T06:00:00+01:00",
                   "author": {"@id": "https://gazette.example/#tom"},
                   "publisher": {"@id": "https://gazette.example/#org"},
                   "articleSection": ["Weather", "Local"]}]}
                </script>""";
        ArticleMetadata m = read(article(ld, CAFE)).metadata();
        assertEquals(Optional.of("Levee holds after storm"), m.title());
        assertEquals(Optional.of("2026-05-01T06:00:00+01:00"), m.published());
        assertEquals(List.of("Tom Alcott"), m.authors());
        assertEquals(Optional.of("Harbor Gazette"), m.outlet());
        assertEquals(Optional.of("Weather"), m.section());
    }

    @Test
    void brokenJsonLdFallsBackToMicrodata() throws IngestException {
        String page = "<!doctype html><html lang=\"en\"><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", oops</script></head><body>"
                + "<div itemscope itemtype=\"https://schema.org/NewsArticle\">"
                + "<h1 itemprop=\"headline\">Dredging starts on the channel</h1>"
                + "<time itemprop=\"datePublished\" datetime=\"2026-06-12T10:00:00Z\">12 June</time>"
                + "<span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><span itemprop=\"name\">Kate Ruiz</span></span>"
                + "<span itemprop=\"publisher\" itemscope itemtype=\"https://schema.org/Organization\"><meta itemprop=\"name\" content=\"Harbor Gazette\"></span>"
                + "<meta itemprop=\"articleSection\" content=\"Port\">"
                + "<div itemprop=\"articleBody\">" + CAFE + "</div></div></body></html>";
        Article a = read(page);
        ArticleMetadata m = a.metadata();
        assertEquals(Optional.of("Dredging starts on the channel"), m.title());
        assertEquals(Optional.of("2026-06-12T10:00:00Z"), m.published());
        assertEquals(List.of("Kate Ruiz"), m.authors());
        assertEquals(Optional.of("Harbor Gazette"), m.outlet());
        assertEquals(Optional.of("Port"), m.section());
        assertEquals(Optional.of("en"), m.language());
        assertFalse(a.body().contains("Dredging starts"), () -> "headline in the body: " + a.body());
    }

    @Test
    void openGraphAndTimeElementAreTheLastResort() throws IngestException {
        String head = "<meta property=\"og:title\" content=\"Night buses return\"><meta property=\"og:site_name\" content=\"Harbor Gazette\">"
                + "<meta property=\"og:url\" content=\"https://gazette.example/night-buses\"><meta property=\"article:section\" content=\"City\">"
                + "<meta property=\"og:locale\" content=\"en_US\"><meta property=\"article:author\" content=\"https://gazette.example/staff/ruiz\">";
        ArticleMetadata m = read(article(head, "<time datetime=\"2026-07-01\">1 July</time>" + CAFE)).metadata();
        assertEquals(Optional.of("Night buses return"), m.title());
        assertEquals(Optional.of("Harbor Gazette"), m.outlet());
        assertEquals(Optional.of("https://gazette.example/night-buses"), m.url());
        assertEquals(Optional.of("City"), m.section());
        assertEquals(Optional.of("en-US"), m.language());
        assertEquals(Optional.of("2026-07-01"), m.published());
        assertTrue(m.authors().isEmpty(), () -> "an author URL is not a name: " + m.authors());
    }

    @Test
    void givenUrlWinsAndFallbackDateFillsOnlyAGap() throws IngestException {
        byte[] dated = article("<meta property=\"article:published_time\" content=\"2026-03-10\"><meta property=\"og:url\" content=\"https://gazette.example/a\">", CAFE)
                .getBytes(StandardCharsets.UTF_8);
        byte[] undated = article("", CAFE).getBytes(StandardCharsets.UTF_8);
        Article a = HtmlArticleReader.read("a", dated, Optional.of("https://mirror.example/a"), Optional.of("2026-09-09"), SOURCE);
        Article b = HtmlArticleReader.read("b", undated, Optional.empty(), Optional.of("2026-09-09"), SOURCE);
        assertEquals(Optional.of("https://mirror.example/a"), a.metadata().url());
        assertEquals(Optional.of("2026-03-10"), a.metadata().published());
        assertEquals(Optional.of("2026-09-09"), b.metadata().published());
    }

    /** A news page with everything around the story that must not become part of it. */
    static final String BUSY_PAGE = """
            <!doctype html><html lang="en"><head><title>Harbor board votes to rebuild Pier 4 | Harbor Gazette</title>
            <meta property="og:title" content="Harbor board votes to rebuild Pier 4"></head>
            <body>
            <header><nav><a href="/">Home</a> <a href="/city">City</a> <a href="/sport">Sport</a></nav></header>
            <main>
            <article>
              <header><h1>Harbor board votes to rebuild Pier 4</h1><p class="byline">By Kate Ruiz</p></header>
              <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
              <figure><img src="pier.jpg" alt=""><figcaption>Workers inspect the old pilings. Photo: Tom Alcott</figcaption></figure>
              <div class="article-body">
              <p>The harbor board voted five to two on Monday night to rebuild Pier 4, ending a dispute that has divided the waterfront for three years and delayed the spring ferry timetable twice.</p>
              <p>Board chair Helen Quist said the old pilings could no longer carry a loaded truck, and that the engineers had warned the board in writing last autumn that a partial collapse was likely within five years.</p>
              <div class="related-stories"><h3>Related stories</h3><ul><li><a href="/a">Pier 4 closed to trucks after inspection</a></li><li><a href="/b">Ferry timetable delayed again, operator says</a></li></ul></div>
              <p>\u201cWe cannot ask the crews to work on a pier we would not park a car on,\u201d Quist told the meeting, which ran past midnight and drew more than two hundred residents to the school hall.</p>
              <div class="newsletter-signup"><p>Get the Harbor Gazette morning briefing in your inbox every weekday.</p><form><input type="email"><button>Sign up</button></form></div>
              <p>Work is due to start in September and to last eighteen months, during which the ferries will use the temporary landing at the north quay, the port authority said in a statement.</p>
              <p>Read more: Ferry fares will rise in April</p>
              </div>
            </article>
            <section id="comments" class="comments"><h2>Comments</h2>
              <div class="comment"><p>Tom Alcott wrote: About time, the pier has been a danger to everyone for years and the board knew it.</p></div>
              <div class="comment"><p>Lena Marsh wrote: Who is going to pay for all of this, the taxpayers of this town as usual I suppose.</p></div>
            </section>
            </main>
            <footer><p>Copyright Harbor Gazette 2026</p></footer>
            </body></html>
            """;

    @Test
    void onlyTheArticleParagraphsComeOutOfABusyPage() throws IngestException {
        Article a = read(BUSY_PAGE);
        assertEquals("""
                The harbor board voted five to two on Monday night to rebuild Pier 4, ending a dispute that has divided the waterfront for three years and delayed the spring ferry timetable twice.

                Board chair Helen Quist said the old pilings could no longer carry a loaded truck, and that the engineers had warned the board in writing last autumn that a partial collapse was likely within five years.

                \u201cWe cannot ask the crews to work on a pier we would not park a car on,\u201d Quist told the meeting, which ran past midnight and drew more than two hundred residents to the school hall.

                Work is due to start in September and to last eighteen months, during which the ferries will use the temporary landing at the north quay, the port authority said in a statement.""",
                a.body());
        assertEquals(Optional.of("Harbor board votes to rebuild Pier 4"), a.metadata().title());
    }

    @Test
    void agreeingArticleBodyFillsInWhatTheMarkupHides() throws IngestException {
        String p1 = "The harbor board voted five to two on Monday night to rebuild Pier 4, ending a dispute that has divided the waterfront for three years.";
        String p2 = "Work is due to start in September and to last eighteen months, during which the ferries will use the temporary landing at the north quay.";
        String ld = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Pier 4\", \"articleBody\": \"" + p1 + "\\n\\n" + p2 + "\"}</script>";
        // The page shows both paragraphs, but the second one in a block that Readability and the heuristics skip.
        String page = "<!doctype html><html><head>" + ld + "</head><body><article><p>" + p1 + "</p></article>"
                + "<div class=\"x\"><span>" + p2 + "</span></div></body></html>";
        assertEquals(p1 + "\n\n" + p2, read(page).body());
    }

    @Test
    void articleBodyThePageDoesNotShowIsIgnored() throws IngestException {
        String hidden = "This paragraph exists only in the structured data of the page and nowhere in the text a reader can see at all, so it is not the article.";
        String ld = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"articleBody\": \"" + hidden + " " + hidden + "\"}</script>";
        Article a = read(article(ld, CAFE));
        assertFalse(a.body().contains("structured data"), a::body);
    }
}
