package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Issue 19, class 3: quotations found whose "he" or "she" found nobody, so that they were kept without a speaker
 * (and the contract query, which lists attributions with a speaker, did not show them). A pronoun reaches back
 * over paragraphs of quotation alone; a pronoun of the wrong gender after text naming exactly one person is that
 * person, and after text naming several, the one person the nearest paragraph names. Sentences invented; {@code |} is a paragraph break.
 */
class QuotePronounTest {

    private static Extracted of(String text) { return Extracted.of(text.replace("|", "\n\n")); }

    @Test
    void aPronounReachesBackOverParagraphsOfQuotation() {
        Extracted e = of("Harbor party leader Tom Alcott wished the council well on Monday.|The council met for an hour.|"
                + "\u201CWe lost the vote and we accept it.|\u201CWe will be back with a better plan.|\u201CThe ferry stays.\u201D|"
                + "He later told reporters the harbor vote was \u201Ca hard and demanding fight for everyone in the port\u201D.");
        Attribution a = e.claimContaining("hard and demanding fight");
        assertEquals("Tom Alcott", e.speakerName(a), e::describe);
    }

    @Test
    void aSlippedPronounAfterOnePersonIsThatPerson() {
        Extracted e = of("Ms Kate Ruiz resigned as harbor master on Friday after ten years in the post.|"
                + "Instead, he insisted he had \u201Cno plans for another post at the port\u201D and would rest.");
        Attribution a = e.claimContaining("no plans for another post");
        assertEquals("Kate Ruiz", e.speakerName(a), e::describe);
    }

    @Test
    void aSlippedPronounAfterTwoPersonsStaysUnresolved() {
        Extracted e = of("Ms Kate Ruiz and Ms Lena Hart left the harbor board on Friday after ten years.|"
                + "\u201CI have given this port everything I had, and now it is time for someone new,\u201D he said.");
        Attribution a = e.claimContaining("everything I had");
        assertFalse(a.hasSpeaker(), e::describe);
    }

    @Test
    void aSlippedPronounAfterTwoPersonsIsTheOneTheNearestParagraphNames() {
        Extracted e = of("Harbor master Kate Ruiz resigns and thanks her deputy Lena Hart.|"
                + "Ms Ruiz said she had hoped to find the energy over the winter, \u201Cbut I have not been able to.\u201D|"
                + "\u2018I have given this port everything I had, and now it is time for someone new,\u2019 he said.");
        Attribution a = e.claimContaining("everything I had");
        assertEquals("Kate Ruiz", e.speakerName(a), e::describe);
    }
}
