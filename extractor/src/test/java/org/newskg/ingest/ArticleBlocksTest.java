package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The article's own blocks, not the page's: notices, buttons, link lines, comments and bios stay out; the headline
 * is the title, the byline the authors. Pages written for these tests, about a fictional harbor town.
 */
class ArticleBlocksTest {
    private static final String P1 = "The Eastport harbor board voted on Monday night to rebuild Pier 4, which a storm wrecked in March.";
    private static final String P2 = "Work will start in September, said the board's chair, Lena Ortiz, and should end before the winter storms.";
    private static final String P3 = "Fishers who moored at the pier will use the north basin until then, the board said in a statement.";

    private static Article read(String head, String body) throws IngestException {
        String page = "<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>";
        return HtmlArticleReader.read("page", page.getBytes(StandardCharsets.UTF_8), Optional.empty(), Optional.empty(), Path.of("page.html"));
    }

    private static String p(String s) {
        return "<p>" + s + "</p>";
    }

    @Test
    void paywallNoticeEndsTheArticle() throws IngestException {
        Article a = read("<title>Pier 4 to be rebuilt</title>", "<article>" + p(P1) + p(P2) + p(P3)
                + p("Subscribe now to continue reading. Already a subscriber? Log in.") + p("Get unlimited digital access for one dollar a week, cancel any time you like.") + "</article>");
        assertEquals(String.join("\n\n", P1, P2, P3), a.body());
    }

    @Test
    void cookieNoticeIsNotPartOfTheArticle() throws IngestException {
        Article a = read("<title>Pier 4 to be rebuilt</title>", "<article>" + p("We use cookies to improve your experience. By continuing to use this site you agree.")
                + p(P1) + p(P2) + p(P3) + "</article>");
        assertEquals(String.join("\n\n", P1, P2, P3), a.body());
    }

    @Test
    void shareButtonsAndRelatedLinkLinesBetweenParagraphsLeave() throws IngestException {
        Article a = read("<title>Pier 4 to be rebuilt</title>", "<article>" + p(P1) + p("Share") + p("<a href=\"/tides\">Related: Tide tables for May</a>")
                + p(P2) + p("Advertisement") + p(P3) + p("Share") + "</article>");
        assertEquals(String.join("\n\n", P1, P2, P3), a.body());
    }

    @Test
    void readerCommentsAfterTheirHeadingLeave() throws IngestException {
        Article a = read("<title>Pier 4 to be rebuilt</title>", "<article>" + p(P1) + p(P2) + p(P3)
                + "<h3>Speak your mind</h3>" + p("Harborfan22: About time they fixed that pier, it has been a wreck since the storm.") + "</article>");
        assertEquals(String.join("\n\n", P1, P2, P3), a.body());
    }

    @Test
    void tableCellsThatRepeatStay() throws IngestException {
        String row = "<tr><td>Ferry</td><td>Departs at noon from Pier 2 on weekdays and Pier 3 on weekends</td></tr>";
        Article a = read("<title>Ferry times</title>", "<article>" + p(P1) + "<table>" + row + row.replace("noon", "six") + "</table>" + p(P2) + p(P3) + "</article>");
        assertEquals(2, countLines(a.body(), "Ferry"), a.body());
    }

    private static int countLines(String body, String line) {
        int n = 0;
        for (String p : body.split("\n\n")) if (p.equals(line)) n++;
        return n;
    }

    @Test
    void titleLosesTheOutletNameWhenTheH1GivesTheHeadlineAlone() throws IngestException {
        Article a = read("<title>Pier 4 to be rebuilt | Eastport Courier</title>", "<article><h1>Pier 4 to be rebuilt</h1>" + p(P1) + p(P2) + "</article>");
        assertEquals(Optional.of("Pier 4 to be rebuilt"), a.metadata().title());
    }

    @Test
    void titleLosesTheOutletNameTheSiteNames() throws IngestException {
        Article a = read("<title>Eastport Courier - Pier 4 to be rebuilt after March storm</title><meta property=\"og:site_name\" content=\"Eastport Courier\">",
                "<article>" + p(P1) + p(P2) + "</article>");
        assertEquals(Optional.of("Pier 4 to be rebuilt after March storm"), a.metadata().title());
    }

    @Test
    void titleWithASeparatorNoOtherSourceExplainsStaysWhole() throws IngestException {
        Article a = read("<title>Pier 4: the board decides</title>", "<article>" + p(P1) + p(P2) + "</article>");
        assertEquals(Optional.of("Pier 4: the board decides"), a.metadata().title());
    }

    @Test
    void visibleBylineIsReadAsTheAuthorAndLeavesTheBody() throws IngestException {
        Article a = read("<title>Pier 4 to be rebuilt</title>", "<article><h1>Pier 4 to be rebuilt</h1>" + p("By Sam Okafor") + p(P1) + p(P2) + p(P3) + "</article>");
        assertEquals(List.of("Sam Okafor"), a.metadata().authors());
        assertEquals(Optional.of("Sam Okafor"), a.metadata().author());
        assertEquals(String.join("\n\n", P1, P2, P3), a.body());
    }

    @Test
    void bylineWithTwoNamesAndARoleGivesBothNames() throws IngestException {
        Article a = read("<title>Pier 4 to be rebuilt</title>", "<article><h1>Pier 4 to be rebuilt</h1><div class=\"byline\">By Ana de la Cruz and Lee Chan, Staff Writers</div>"
                + p(P1) + p(P2) + "</article>");
        assertEquals(List.of("Ana de la Cruz", "Lee Chan"), a.metadata().authors());
    }

    @Test
    void sentenceStartingWithByIsNotAByline() throws IngestException {
        String by = "By the time the ferry left, the pier was empty, said Lena Ortiz.";
        Article a = read("<title>Pier 4 to be rebuilt</title>", "<article><h1>Pier 4 to be rebuilt</h1>" + p(by) + p(P1) + p(P2) + "</article>");
        assertTrue(a.metadata().authors().isEmpty(), () -> "authors: " + a.metadata().authors());
        assertTrue(a.body().startsWith(by), a.body());
    }

    @Test
    void metadataAuthorWinsOverTheVisibleByline() throws IngestException {
        Article a = read("<title>Pier 4 to be rebuilt</title><meta name=\"author\" content=\"Kim Ode\">",
                "<article><h1>Pier 4 to be rebuilt</h1>" + p("By Sam Okafor") + p(P1) + p(P2) + "</article>");
        assertEquals(List.of("Kim Ode"), a.metadata().authors());
        assertFalse(a.body().contains("Sam Okafor"), a.body());
    }
}
