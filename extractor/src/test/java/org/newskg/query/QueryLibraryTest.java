package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueryLibraryTest {
    @Test
    void everyBundledQueryOpensWithAShortQuestion() {
        for (String n : QueryLibrary.names()) {
            String h = QueryLibrary.headline(QueryLibrary.text(n));
            assertTrue(h.endsWith("?") && h.length() <= 80, n + ": " + h);
            assertTrue(QueryLibrary.question(QueryLibrary.text(n)).length() > h.length(), n + " keeps its longer description");
        }
    }

    @Test
    void theHeadlineIsTheQuestionAloneOrElseTheFirstSentence() {
        assertEquals("Who said what, where?", QueryLibrary.headline("# Who said what, where? One row per attribution,\n# and more.\nSELECT"));
        assertEquals("Lists the names.", QueryLibrary.headline("# Lists the names. Then more.\nSELECT"));
    }
}
