package org.newskg.derive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

import org.junit.jupiter.api.Test;

/**
 * How outlets print one utterance differently, and what two different utterances of one speaker share; invented
 * sentences. Every case goes through {@link UtteranceMatcher#group}, as the derived layer calls it.
 */
class UtteranceMatcherTest {
    private static final BiPredicate<Integer, Integer> SAME_DAYS = (i, j) -> true;

    /** The groups of quoted claims printed in the same days. */
    private static int[] group(List<UtteranceMatcher.Text> texts) {
        boolean[] quoted = new boolean[texts.size()];
        Arrays.fill(quoted, true);
        return UtteranceMatcher.group(texts, quoted, SAME_DAYS);
    }

    /** Whether two quoted claims of one speaker, alone in a store, are one utterance; in either order. */
    private static boolean same(String a, String b) {
        boolean ab = group(List.of(UtteranceMatcher.analyse(a), UtteranceMatcher.analyse(b)))[1] == 0;
        boolean ba = group(List.of(UtteranceMatcher.analyse(b), UtteranceMatcher.analyse(a)))[1] == 0;
        assertEquals(ab, ba, "the match is symmetric");
        return ab;
    }

    private static final String FULL = "We've waited long enough for this bridge. The harbor towns deserve better, and I will not vote for a bill that ignores them.";

    @Test
    void contractionsPunctuationAndCaseDoNotMatter() {
        assertTrue(same(FULL, "We have waited long enough for this bridge - the harbor towns deserve better and I won't vote for a bill that ignores them"));
    }

    @Test
    void aHyphenationBreakLeftInTheTextIsOneWord() {
        assertTrue(same("The nego-tiations with the port unions will resume on Monday morning", "The negotiations with the port unions will resume on Monday morning"));
    }

    @Test
    void oneSentenceOfAnotherOutletsThreeJoinsIt() {
        assertTrue(same(FULL, "The harbor towns deserve better, and I will not vote for a bill that ignores them."));
    }

    @Test
    void sentencesSwappedOrOneLeftOutStillMatch() {
        assertTrue(same(FULL, "The harbor towns deserve better, and I will not vote for a bill that ignores them. We've waited long enough for this bridge."));
    }

    @Test
    void aPartialQuotePrintedWordForWordJoins() {
        assertTrue(same(FULL, "I will not vote for a bill that ignores them"));
    }

    @Test
    void aSentenceRewordedInEditingStillMatches() {
        assertTrue(same("Our ferries carry nine thousand commuters every single morning across the bay",
                "Our ferries carry nine thousand commuters across the bay every morning"));
    }

    @Test
    void twoDifferentThingsOneSpeakerSaidOnTheSameSubjectStayApart() {
        assertFalse(same(FULL, "The harbor towns have waited long enough for new ferries."));
        assertFalse(same("I will vote for the bridge bill if the towns get their ferries.", "I will not vote for the bridge bill."));
    }

    @Test
    void wordsThatEverySentenceHasDoNotMakeAMatch() {
        assertFalse(same("I do not think that is right.", "I do not think that is fair at all."));
        assertFalse(same("I do not know", "I do not know what the governor will do about the bridge"), "a part needs words of its own");
    }

    @Test
    void aClaimWithNoWordsMatchesNothing() {
        assertFalse(same(")", ")"));
    }

    @Test
    void groupsAreTransitiveAndNamedByTheirFirstMember() {
        List<UtteranceMatcher.Text> texts = List.of(
                UtteranceMatcher.analyse("We have waited long enough for this bridge."),
                UtteranceMatcher.analyse("Nobody on the water has been asked what we need."),
                UtteranceMatcher.analyse(FULL),
                UtteranceMatcher.analyse("The harbor towns deserve better and I will not vote for a bill that ignores them"));
        assertArrayEquals(new int[] {0, 1, 0, 0}, group(texts));
    }

    @Test
    void aSloganThatTwoStatementsRepeatDoesNotChainThem() {
        List<UtteranceMatcher.Text> texts = List.of(
                UtteranceMatcher.analyse("On the ferry question we have a plan, and I say keep the harbor working for every family in Bayport."),
                UtteranceMatcher.analyse("Keep the harbor working!"),
                UtteranceMatcher.analyse("The tariff hurts our growers. Keep the harbor working. Keep the farms open. That is my pledge to the valley."),
                UtteranceMatcher.analyse("The tariff hurts our growers and keep the farms open"));
        int[] g = group(texts);
        assertTrue(g[0] != g[2], "two statements that share a slogan stay apart");
        assertTrue(g[1] != g[0] || g[1] != g[2], "a slogan inside two statements bridges neither");
    }

    @Test
    void aReportedParaphraseJoinsNothingOnWordsAlone() {
        List<UtteranceMatcher.Text> texts = List.of(UtteranceMatcher.analyse("The money is there, the engineers are hired and the plans are ready."),
                UtteranceMatcher.analyse("the plans were ready, the engineers hired and the money was there"));
        assertArrayEquals(new int[] {0, 0}, UtteranceMatcher.group(texts, new boolean[] {true, true}, SAME_DAYS));
        assertArrayEquals(new int[] {0, 1}, UtteranceMatcher.group(texts, new boolean[] {true, false}, SAME_DAYS));
    }

    @Test
    void partsAreWordForWordInsideTheWhole() {
        List<UtteranceMatcher.Text> texts = List.of(UtteranceMatcher.analyse(FULL), UtteranceMatcher.analyse("deserve better, and I will not vote"),
                UtteranceMatcher.analyse("I will not"));
        List<int[]> parts = UtteranceMatcher.parts(texts);
        assertEquals(1, parts.size());
        assertArrayEquals(new int[] {1, 0}, parts.get(0));
    }
}
