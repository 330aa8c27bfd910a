package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 19, class 3: quotations the finder missed. British and Irish single quotes, headlines that name the speaker
 * after a colon or a dash, a signature after a dash, a post quoted over a line break, marks set apart by spaces,
 * a quote within a quote, posts with "&" or in capitals. Sentences invented; {@code |} is a paragraph break.
 */
class QuoteFindingTest {

    private static Extracted of(String text) { return Extracted.of(text.replace("|", "\n\n")); }

    private static void assertSpeaker(Extracted e, String claim, String name) {
        Attribution a = e.claimContaining(claim);
        assertTrue(a.direct(), e::describe);
        assertEquals(name, e.speakerName(a), () -> "speaker of [" + e.claim(a) + "]\n" + e.describe());
    }

    @Test
    void britishSingleQuotesAreAQuotation() {
        Extracted e = of("Kate Ruiz spoke outside the court on Friday.|\u2018We will not go back to the old harbor rules,\u2019 she said.");
        assertSpeaker(e, "old harbor rules", "Kate Ruiz");
    }

    @Test
    void anApostropheInsideSingleQuotesDoesNotCloseThem() {
        Extracted e = of("Tom Alcott resigned on Thursday.|\u2018Them\u2019s the rules of the game,\u2019 Alcott said.");
        assertEquals("Them\u2019s the rules of the game", Extracted.bare(e.claim(e.claimContaining("rules of the game"))), e::describe);
    }

    @Test
    void aHeadlineQuoteNamesItsSpeakerAfterAColon() {
        Extracted e = of("\u2018Freedom begins again\u2019: Tom Alcott|Tom Alcott, who lost the vote, spoke to supporters on Sunday.");
        assertSpeaker(e, "Freedom begins again", "Tom Alcott");
    }

    @Test
    void aHeadlineQuoteNamesItsSpeakerAfterADash() {
        Extracted e = of("'The ferry stays' - Kate Ruiz wins harbor vote|Kate Ruiz won the vote on Monday.");
        assertSpeaker(e, "The ferry stays", "Kate Ruiz");
    }

    @Test
    void aQuoteSignedAfterADashInItsParagraphIsTheSigners() {
        Extracted e = of("Readers wrote in about the harbor.|\u201CThe ferry is the town's lifeline and the council forgets it.\u201D \u2015 Kate Ruiz");
        assertSpeaker(e, "lifeline", "Kate Ruiz");
    }

    @Test
    void aPostQuotedOverALineBreakIsOneQuotation() {
        Extracted e = Extracted.of("Tom Alcott wrote on X: \u201CThe ferry runs again tomorrow\nSee you all on board\u201D. The post was shared widely.");
        Attribution a = e.claimContaining("ferry runs again");
        assertTrue(e.claim(a).contains("See you all on board"), e::describe);
        assertEquals("Tom Alcott", e.speakerName(a), e::describe);
    }

    @Test
    void marksSetApartBySpacesPairWithEachOther() {
        Extracted e = Extracted.of("Kate Ruiz said it was \" entirely my own decision \" and that she had asked nobody.");
        assertEquals("entirely my own decision", e.claim(e.claimContaining("own decision")), e::describe);
    }

    @Test
    void aQuoteWithinAQuoteIsPartOfTheSpeakersWords() {
        Extracted e = Extracted.of("\u201CHe told me \u2018we will win this\u2019 and then he left the room,\u201D Kate Ruiz said.");
        assertEquals(1, e.direct().size(), e::describe);
        assertSpeaker(e, "we will win this", "Kate Ruiz");
    }

    @Test
    void aPostWithAnAmpersandIsAQuotation() {
        Extracted e = Extracted.of("Tom Alcott posted on Sunday: \u201CRuiz & I agreed on the harbor deal today.\u201D");
        assertSpeaker(e, "agreed on the harbor deal", "Tom Alcott");
    }

    @Test
    void aPostInCapitalsIsAQuotationNotATitle() {
        Extracted e = Extracted.of("\u201CTHE FERRY IS BACK AND IT IS HERE TO STAY,\u201D Tom Alcott posted on Sunday.");
        assertSpeaker(e, "THE FERRY IS BACK", "Tom Alcott");
    }

    @Test
    void aWordOrTwoQuotedInsideAReportedClauseArePartialQuotes() {
        Extracted e = Extracted.of("Mara Lund vowed on Sunday that the council would \u201Cmove on\u201D and not indulge in \u201Cold feuds\u201D.");
        assertSpeaker(e, "move on", "Mara Lund");
        assertSpeaker(e, "old feuds", "Mara Lund");
    }

    @Test
    void aWordQuotedAfterSaidItWasIsTheSpeakers() {
        Extracted e = of("Kate Ruiz stepped down as harbor master on Friday.|The 51-year-old Ruiz said it was \u201Ctime\u201D to leave the port.");
        assertSpeaker(e, "time", "Kate Ruiz");
    }

    @Test
    void aTermInQuotesWithNoSpeechVerbIsStillAScareQuote() {
        Extracted e = Extracted.of("The \u201Ciron harbor\u201D policy of Tom Alcott drew crowds to the port on Monday.");
        assertEquals(0, e.direct().size(), e::describe);
    }

    @Test
    void britishSingleQuotesOverSeveralParagraphsReopenEachParagraph() {
        Extracted e = of("Tom Alcott spoke after the harbor vote on Monday.|\u2018We lost the vote today and we accept it.|"
                + "\u2018We will be back with a better plan next spring,\u2019 Alcott said.");
        Attribution a = e.claimContaining("We lost the vote today");
        assertTrue(a.direct(), e::describe);
        assertEquals("Tom Alcott", e.speakerName(a), e::describe);
    }

    @Test
    void aSingleQuotedQuotationTheTextCutsOffIsStillAQuotation() {
        Extracted e = of("Harbor master Kate Ruiz said the council had failed the port.|\u2018I think the ferry can se");
        Attribution a = e.claimContaining("the ferry can se");
        assertTrue(a.direct(), e::describe);
    }

    @Test
    void anApostropheOpeningAParagraphDoesNotStartAQuotation() {
        Extracted e = of("Tom Alcott spoke about the port on Monday.|'90s rules still govern the harbor, the council said.|It met again on Friday.");
        assertTrue(e.direct().isEmpty(), e::describe);
    }

    @Test
    void aPullQuoteRepeatingTheSpeakersLongerWordsIsTheirs() {
        Extracted e = of("Harbor master Tom Alcott told the council on Thursday that he would resign.|\"Them's the rules\"|"
                + "Speaking to the port, Mr Alcott said: \u201CI am sad to give up the best job on the coast, but them's the rules.\u201D");
        assertSpeaker(e, "Them's the rules", "Tom Alcott");
    }

    @Test
    void aSpeechVerbJoinedByAndSharesTheSpeakerOfTheQuoteBefore() {
        Extracted e = Extracted.of("Kate Ruiz leaves the harbor board: says she has \u201Cnothing left to give\u201D and tells her partner Tom "
                + "\u201Clet us finally sail away\u201D.");
        assertSpeaker(e, "let us finally sail away", "Kate Ruiz");
    }
}
