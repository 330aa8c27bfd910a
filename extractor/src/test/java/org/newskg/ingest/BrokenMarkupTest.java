package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Pages whose markup swallows the article (an element left open that an HTML parser reads as text to the end of the
 * page), pages with no {@code <p>} at all, and pages that truly have no article. Written for these tests.
 */
class BrokenMarkupTest {
    private static final String HEADLINE = "Harbor board votes to rebuild Pier 4";
    private static final String FIRST = "The Eastport harbor board voted on Monday night to rebuild Pier 4, which a storm wrecked in March.";
    private static final String ARTICLE = "<h1>" + HEADLINE + "</h1><p>" + FIRST + "</p>"
            + "<p>Work will start in September, said the board's chair, Lena Ortiz, and should end before the winter storms.</p>"
            + "<p>Fishers who moored at the pier will use the north basin until then, the board said in a statement.</p>";

    private static HtmlArticleReader.Reading read(String page) throws IngestException {
        return HtmlArticleReader.inspect("page", page.getBytes(StandardCharsets.UTF_8), Optional.empty(), Optional.empty(), Optional.empty(), Path.of("page.html"));
    }

    private static void assertArticleRead(String page) throws IngestException {
        HtmlArticleReader.Reading r = read(page);
        assertTrue(r.article().body().startsWith(FIRST), () -> r.method() + ": " + r.article().body());
        assertTrue(r.article().body().contains("north basin"), () -> r.method() + ": " + r.article().body());
        assertEquals(Optional.of(HEADLINE), r.article().metadata().title());
    }

    @Test
    void titleRunningToALaterTitleEndTagIsClosedBeforeTheHead() throws IngestException {
        // No </title>: the parser reads on to the </title> of the logo's SVG, and the page's body is that SVG.
        assertArticleRead("<html><head><title>" + HEADLINE + "\n<meta name=\"x\" content=\"y\"></head><body>" + ARTICLE
                + "<svg><title>Eastport Courier logo</title></svg></body></html>");
    }

    @Test
    void styleLeftOpenInTheHeadIsClosed() throws IngestException {
        assertArticleRead("<html><head><title>" + HEADLINE + "</title><style>p { margin: 0 }\n</head><body>" + ARTICLE + "</body></html>");
    }

    @Test
    void noscriptLeftOpenInTheHeadIsClosed() throws IngestException {
        assertArticleRead("<html><head><title>" + HEADLINE + "</title><noscript><img src=\"pixel.gif\">\n</head><body>" + ARTICLE + "</body></html>");
    }

    @Test
    void scriptLeftOpenIsClosedWhenThePageWouldOtherwiseBeEmpty() throws IngestException {
        assertArticleRead("<html><head><title>" + HEADLINE + "</title><script>var edition = 'east';\n</head><body>" + ARTICLE + "</body></html>");
    }

    @Test
    void commentLeftOpenIsClosedWhenThePageWouldOtherwiseBeEmpty() throws IngestException {
        assertArticleRead("<html><head><title>" + HEADLINE + "</title><!-- ad slot 3 \n</head><body>" + ARTICLE + "</body></html>");
    }

    @Test
    void textareaLeftOpenBeforeTheArticleIsClosed() throws IngestException {
        assertArticleRead("<html><head><title>" + HEADLINE + "</title></head><body><form><textarea name=\"search\">\n"
                + ARTICLE + "<form><textarea name=\"comment\">Your comment</textarea></form></body></html>");
    }

    @Test
    void closedTextareaHoldingATemplateIsLeftAsItIs() throws IngestException {
        HtmlArticleReader.Reading r = read("<html><head><title>" + HEADLINE + "</title></head><body>" + ARTICLE
                + "<textarea id=\"tpl\" style=\"display:none\"><div><p>{{teaser}}</p><p>{{more}}</p><div>x</div><br></div></textarea></body></html>");
        assertFalse(r.method().contains("repaired"), r.method());
        assertFalse(r.article().body().contains("{{"), r.article().body());
    }

    @Test
    void pageOfTablesAndLineBreaksIsReadFromItsLargestRunOfProse() throws IngestException {
        String page = "<html><head><title>" + HEADLINE + "</title></head><body><table><tr>"
                + "<td><a href=\"/\">Home</a><br><a href=\"/news\">News</a><br><a href=\"/sport\">Sport</a></td>"
                + "<td><b>" + HEADLINE + "</b><br><br>" + FIRST + "<br><br>"
                + "Work will start in September, said the board's chair, Lena Ortiz, and should end before the winter storms.<br><br>"
                + "Fishers who moored at the pier will use the north basin until then, the board said in a statement.</td></tr></table>"
                + "<div><a href=\"/a\">Tide tables for the week</a> | <a href=\"/b\">Ferry timetable changes</a></div></body></html>";
        HtmlArticleReader.Reading r = read(page);
        assertTrue(r.article().body().contains(FIRST) && r.article().body().contains("north basin"), r.article().body());
        assertFalse(r.article().body().contains("Tide tables"), r.article().body());
    }

    @Test
    void articleInsideAFormThatWrapsThePageIsRead() throws IngestException {
        assertArticleRead("<html><head><title>" + HEADLINE + "</title></head><body><form id=\"aspnetForm\" action=\"story.aspx\"><div>"
                + "<input type=\"hidden\" name=\"__VIEWSTATE\" value=\"x\">" + ARTICLE.replace("<p>", "<div>").replace("</p>", "</div>")
                + "</div></form></body></html>");
    }

    @Test
    void articleInAnAsideWithTheHeadlineIsRead() throws IngestException {
        assertArticleRead("<html><head><title>" + HEADLINE + " \u00ab Eastport Courier</title></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><aside class=\"post\">" + ARTICLE + "</aside>"
                + "<aside class=\"sidebar\"><h3>Top stories</h3><p><a href=\"/x\">Ferry fares rise again</a></p></aside></body></html>");
    }

    @Test
    void articleInsideABylineSpanLeftOpenIsRead() throws IngestException {
        assertArticleRead("<html><head><title>" + HEADLINE + "</title></head><body><div class=\"post\"><h1>" + HEADLINE + "</h1>"
                + "<span class=\"byline-author\">Posted by Lena Ortiz<div class=\"post-body\">"
                + ARTICLE.substring(ARTICLE.indexOf("<p>")) + "</div></span></div></body></html>");
    }

    @Test
    void framesetHasNoArticleAndSaysWhere() {
        IngestException e = assertThrows(IngestException.class, () -> read("<html><head><title>Courier</title></head>"
                + "<frameset cols=\"20%,80%\"><frame src=\"menu.html\"><frame src=\"story-114.html\"></frameset></html>"));
        assertTrue(e.reason().contains("frameset") && e.reason().contains("story-114.html"), e.reason());
    }

    @Test
    void redirectPageHasNoArticleAndSaysWhereItGoes() {
        IngestException e = assertThrows(IngestException.class, () -> read("<html><head><title>Moved</title>"
                + "<meta http-equiv=\"refresh\" content=\"0; url=https://courier.example/pier-4\"></head><body></body></html>"));
        assertTrue(e.reason().contains("redirects to https://courier.example/pier-4"), e.reason());
    }

    @Test
    void pageOfLinksOnlyHasNoArticleAndSaysSo() {
        IngestException e = assertThrows(IngestException.class, () -> read("<html><head><title>Sections</title></head><body><ul>"
                + "<li><a href=\"/a\">Harbor</a></li><li><a href=\"/b\">Council</a></li><li><a href=\"/c\">Ferries</a></li></ul></body></html>"));
        assertTrue(e.reason().startsWith("HTML page has no article text: its 3 words of text are all in links"), e.reason());
    }

    @Test
    void noscriptWhoseEndTagTheParserIgnoresDoesNotTakeThePageWithIt() throws IngestException {
        // </noscript> after an open <div> is ignored: the rest of the page is markup inside the noscript.
        assertArticleRead("<html><head><title>" + HEADLINE + "</title></head><body><noscript><div id=\"nojs\"></noscript>"
                + "<div class=\"page\">" + ARTICLE + "</div><noscript></div></noscript></body></html>");
    }
}
