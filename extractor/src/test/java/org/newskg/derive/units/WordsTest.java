package org.newskg.derive.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What two outlets' versions of one sentence differ in, and what the words keep; invented sentences. */
class WordsTest {
    private final Words words = new Words();

    private List<String> keys(String text) { return words.read(text).stream().map(Word::key).toList(); }

    @Test
    void contractionsQuoteMarksAndCaseAreSpelledOut() {
        assertEquals(keys("we have not got to do it, it is time"), keys("We\u2019ve not GOT to do it, it's time"));
        assertEquals(keys("I can not and will not"), keys("I can't and won't"));
        assertEquals(List.of("trudeau"), keys("Trudeau's").subList(0, 1), "a possessive is dropped");
    }

    @Test
    void numbersSpellingsAndInflectionsMeet() {
        assertEquals(keys("9 years and 4 more"), keys("nine years and four more"));
        assertEquals(keys("the labor organization paycheck in the center"), keys("the labour organisation paycheque in the centre"));
        assertEquals(keys("she has decided"), keys("she had decide"));
        assertEquals(keys("I believe we will choose"), keys("I think we will select"), "one class of verbs of belief, one of choosing");
    }

    @Test
    void negatorsShareOneKeyAndCarryNoContentOfTheirOwn() {
        List<Word> w = words.read("Neither I nor the council will never give in; no one is left");
        assertEquals(4, w.stream().filter(Word::negation).map(Word::key).filter(Words.NEGATION::equals).count());
        assertTrue(w.stream().filter(Word::negation).noneMatch(Word::content));
    }

    @Test
    void lightVerbsShareOneKey() {
        assertEquals(keys("we will not take revenge"), keys("we will not seek revenge"));
        assertFalse(words.read("we will seek revenge").get(2).content());
    }

    @Test
    void namesAreCapitalsInsideASentenceAndAcronyms() {
        List<Word> w = words.read("Politicians say the ANC and Mayor Voss agree. Nobody else does.");
        assertEquals(List.of("anc", "mayor", "voss"), w.stream().filter(Word::name).map(Word::form).toList());
        assertTrue(words.read("Not Enough In The Tank For Voss").stream().noneMatch(Word::name), "a title-case headline names nothing by its capitals");
    }

    @Test
    void bracketsAreTheOutletsWordsAndAnEllipsisMarksAGap() {
        List<Word> w = words.read("To [the] new leader\u2026 I say (prime minister) good luck");
        assertTrue(w.get(1).editorial());
        assertTrue(w.get(4).afterGap());
        assertTrue(w.stream().filter(x -> x.form().equals("prime")).allMatch(Word::editorial));
        assertFalse(words.read("a (reckless decision").get(1).editorial(), "an unclosed bracket marks nothing");
    }

    @Test
    void offsetsAreCodePointsIntoTheText() {
        List<Word> w = words.read("\uD835\uDC00 sad \u2026 day");
        assertEquals(2, w.get(1).start(), "the astral letter before counts one");
        assertEquals(5, w.get(1).end());
    }

    @Test
    void piecesOfAnInterruptedQuoteAreFoundInItsSpan() {
        String printed = "The plan stands,\u201D she wrote. \u201CEvery council knew it.";
        List<PrintedQuote.Piece> p = Pieces.of("The plan stands, Every council knew it.", printed, 40);
        assertEquals(List.of(new PrintedQuote.Piece(0, 40), new PrintedQuote.Piece(17, 40 + printed.indexOf("Every"))), p);
        assertEquals(List.of(new PrintedQuote.Piece(0, 7)), Pieces.of("one piece", "one piece", 7));
    }

    @Test
    void piecesOfAnInterruptedQuoteComeFromTheirSpans() {
        // "The plan stands," she wrote. "Every council knew it." at 40: the pieces at 40 (16 code points) and 71.
        String text = "The plan stands, Every council knew it.";
        assertEquals(List.of(new PrintedQuote.Piece(0, 40), new PrintedQuote.Piece(17, 71)), Pieces.of(text, 40, List.of(new int[] {40, 56}, new int[] {71, 93})));
        assertEquals(List.of(new PrintedQuote.Piece(0, 40)), Pieces.of(text, 40, List.of()), "one piece");
        assertEquals(List.of(new PrintedQuote.Piece(0, 40)), Pieces.of(text, 40, List.of(new int[] {40, 50}, new int[] {71, 93})),
                "spans that do not add up to the text give one piece");
    }
}
