package org.newskg.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

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
}
