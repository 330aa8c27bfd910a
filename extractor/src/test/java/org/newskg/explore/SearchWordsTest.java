package org.newskg.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class SearchWordsTest {
    @Test
    void theLastWordTypedIsAPrefixAndEveryWordMustMatch() {
        assertEquals(Optional.of("(kat OR kat*)"), SearchWords.lucene("Kat"));
        assertEquals(Optional.of("katherine AND (ru OR ru*)"), SearchWords.lucene("katherine ru"));
        assertEquals(Optional.of("katherine AND ruiz"), SearchWords.lucene("Katherine Ruiz "), "a finished word is matched whole");
    }

    @Test
    void luceneSyntaxTypedIsTakenAsSeparators() {
        assertEquals(Optional.of("name AND (x OR x*)"), SearchWords.lucene("name:x"));
        assertEquals(Optional.of("a AND b"), SearchWords.lucene("\"a\" OR (b)".replace(" OR ", " ")), "quotes and parentheses");
        assertEquals(Optional.of("o AND neil"), SearchWords.lucene("O'Neil\""));
        assertEquals(Optional.of("or AND not AND (and OR and*)"), SearchWords.lucene("OR NOT AND"), "operators lower-cased are words");
    }

    @Test
    void tooLittleToSearchForGivesNoQuery() {
        assertEquals(Optional.empty(), SearchWords.lucene("k"));
        assertEquals(Optional.empty(), SearchWords.lucene("\") } #"));
    }

    @Test
    void thePatternMatchesANameAsTheIndexWouldEveryWordAtAWordStart() {
        Pattern typing = Pattern.compile(SearchWords.pattern("katherine ru").orElseThrow());
        assertTrue(typing.matcher("Katherine Ruiz").find());
        assertTrue(typing.matcher("Ruiz, Katherine").find(), "words in any order");
        assertFalse(typing.matcher("Katherine Peru").find(), "a word begins at a word boundary");
        Pattern finished = Pattern.compile(SearchWords.pattern("Katherine Ruiz ").orElseThrow());
        assertTrue(finished.matcher("KATHERINE RUIZ").find(), "case does not matter");
        assertFalse(finished.matcher("Katherine Ruizova").find(), "a finished word is matched whole");
        assertTrue(Pattern.compile(SearchWords.pattern("O'Neil").orElseThrow()).matcher("Tip O'Neil").find());
        assertTrue(Pattern.compile(SearchWords.pattern("\u00e9lo").orElseThrow()).matcher("\u00c9loise Durand").find(),
                "letters beyond ASCII, either case");
    }

    @Test
    void regexSyntaxTypedIsTakenAsSeparators() {
        assertEquals(SearchWords.pattern("kate ru "), SearchWords.pattern(".*kate) | (ru["));
        assertEquals(Optional.empty(), SearchWords.pattern("\") } #"));
    }
}
