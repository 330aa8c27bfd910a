package org.newskg.derive.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** How outlets print one statement of one speaker, and what two different statements share; invented sentences. */
class UtteranceFinderTest {
    private static final LocalDate DAY = LocalDate.of(2031, 5, 12);

    private final List<PrintedQuote> quotes = new ArrayList<>();

    private void print(String article, String text) { print(article, DAY, text); }

    private void print(String article, LocalDate day, String text) {
        quotes.add(PrintedQuote.whole("claim/" + org.newskg.resolve.ClaimText.hash(org.newskg.resolve.ClaimText.normalize(text)), "article/" + article,
                Optional.ofNullable(day), text, true, 100));
    }

    private SpeakerUtterances find() { return new UtteranceFinder(UnitRules.DEFAULT).find(quotes); }

    /** The articles each utterance joins, as sets. */
    private Set<Set<String>> groups() {
        Set<Set<String>> out = new java.util.HashSet<>();
        for (SpeakerUtterances.Utterance u : find().utterances()) {
            Set<String> arts = new TreeSet<>();
            for (String a : u.articles()) arts.add(a.substring("article/".length()));
            out.add(arts);
        }
        return out;
    }

    private boolean joined(String... articles) {
        for (Set<String> g : groups()) if (g.containsAll(List.of(articles))) return true;
        return false;
    }

    @Test
    void outletsQuotingDifferentSentencesOfOneSpeechShareOneUtterance() {
        print("ledger", "The ferry fares will fall by a third next spring. Every harbor town will get a night boat. We have waited long enough.");
        print("courier", "Every harbor town will get a night boat. Nobody on the east shore will be left behind by this council.");
        print("gazette", "Nobody on the east shore will be left behind by this council, she said.");
        assertTrue(joined("ledger", "courier", "gazette"));
        SpeakerUtterances.Utterance u = find().utterances().get(0);
        assertEquals(4, u.units().size(), "four sentences, each once");
        long shared = u.units().stream().filter(x -> x.versions().stream().map(SpeakerUtterances.Version::article).distinct().count() == 2).count();
        assertEquals(2, shared, "the night-boat sentence and the east-shore sentence are carried by two articles each");
    }

    @Test
    void aOneWordPartialJoinsTheOneSentenceThatHoldsIt() {
        print("ledger", "The tunnel vote was a betrayal of every family on the east shore.");
        print("courier", "betrayal");
        SpeakerUtterances found = find();
        assertEquals(1, found.utterances().size());
        assertEquals(JoinRule.FRAGMENT, found.utterances().get(0).joins().get(0).rule());
        assertEquals(1, found.parts().size(), "the partial is a part of the sentence's claim");
    }

    @Test
    void aPartialThatTwoStatementsHoldJoinsNeither() {
        print("ledger", "The tunnel vote was a betrayal of every family on the east shore.");
        print("gazette", "Closing the night ferry is a betrayal that the harbor unions will not forgive.");
        print("courier", "betrayal");
        assertEquals(Set.of(), groups(), "neither the two statements nor the word are one utterance");
    }

    @Test
    void identicalPartialsOfTwoOutletsAreOneUtteranceOnlyWithinTheOccasionsDays() {
        print("ledger", "reckless");
        print("courier", DAY.plusDays(1), "reckless");
        assertTrue(joined("ledger", "courier"));
        quotes.clear();
        print("ledger", "reckless");
        print("courier", DAY.plusDays(20), "reckless");
        assertEquals(Set.of(), groups(), "a word said again three weeks later is another utterance");
    }

    @Test
    void aNamePhraseTheSpeakerReusesIsALabelAndJoinsNothing() {
        print("ledger", "Harbor City values");
        print("courier", "Harbor City values");
        print("gazette", "That is what the mayor calls Harbor City values, and the valley has had enough of them.");
        assertEquals(Set.of(), groups());
    }

    @Test
    void aSentenceWordedApartJoinsWhenItsWordsAlignInOrder() {
        print("ledger", "I believe the new council can deliver the harbour plan before the winter storms arrive.");
        print("courier", "I think the fresh council can deliver the harbor plan before the storms of winter arrive");
        assertTrue(joined("ledger", "courier"));
        SpeakerUtterances.Join j = find().utterances().get(0).joins().get(0);
        assertEquals(JoinRule.ALIGNED, j.rule());
        assertTrue(j.score() >= 0.7 && j.score() <= 1.0, "the score is the share of the shorter version aligned: " + j.score());
    }

    @Test
    void theSameWordsInAnotherOrderAreAnotherSentence() {
        print("ledger", "Ferries before tunnels, jobs before profits, towns before the city.");
        print("courier", "The city before the towns, profits before jobs, tunnels before ferries.");
        assertEquals(Set.of(), groups());
    }

    @Test
    void aNegationANumberOrANameThatDiffersKeepsTwoSentencesApart() {
        print("ledger", "I will vote for the ferry bill when it comes back this spring.");
        print("courier", "I will not vote for the ferry bill when it comes back this spring.");
        assertEquals(Set.of(), groups(), "negation");
        quotes.clear();
        print("ledger", "We will build 35 new ferries for the harbor towns by the end of the decade.");
        print("courier", "We will build forty-five new ferries for the harbor towns by the end of the decade.");
        assertEquals(Set.of(), groups(), "number");
        quotes.clear();
        print("ledger", "The harbor deal was a betrayal by Mayor Voss and the whole of her council.");
        print("courier", "The harbor deal was a betrayal by Mayor Alcott and the whole of her council.");
        assertEquals(Set.of(), groups(), "name");
    }

    @Test
    void contractionsSpellingsNumbersAndHyphenationDoNotMakeTwoSentences() {
        print("ledger", "We've got to show that nine towns can deliver the re-election of this labour council.");
        print("courier", "We have got to show that 9 towns can deliver the reelection of this labor council");
        print("gazette", "We have got to show that nine towns can deliver the re- election of this Labour council.");
        assertTrue(joined("ledger", "courier", "gazette"));
        assertEquals(JoinRule.SAME_WORDS, find().utterances().get(0).joins().get(0).rule());
    }

    @Test
    void aPartialQuoteWithAnEllipsisOrACutLastWordStillStandsInItsSentence() {
        print("ledger", "I want you to know how proud I am to have served the harbor towns for nine years.");
        print("courier", "proud … to have served the harbor towns");
        print("gazette", "I want you to know how proud I am to have ser");
        SpeakerUtterances found = find();
        assertTrue(joined("ledger", "courier", "gazette"));
        assertEquals(2, found.parts().size());
    }

    @Test
    void aSentenceCutInTheMiddleOfAWordJoinsTheFullSentenceItBegins() {
        // Two content words only, but the cut ("persua") shows the outlet printed this very sentence up to a letter.
        print("ledger", "We kept the night ferries running through the whole winter. I am sorry not to have persua");
        print("courier", "I am sorry not to have persuaded the board,");
        assertTrue(joined("ledger", "courier"));
        assertTrue(find().utterances().get(0).joins().stream().anyMatch(j -> j.rule() == JoinRule.CONTAINED));
    }

    @Test
    void aCutSentenceJoinsNothingWhoseWordItDoesNotBegin() {
        print("ledger", "We kept the night ferries running through the whole winter. I am sorry not to have persua");
        print("courier", "I am sorry not to have finished the bridge,");
        assertEquals(Set.of(), groups(), "the cut word is not the beginning of the other's word");
    }

    @Test
    void aShortSentenceThatOnlyEndsWithoutPunctuationIsNoCut() {
        // Every word whole: an ordinary short sentence of two content words, not distinctive enough to join.
        print("ledger", "We kept the night ferries running through the whole winter. I am sorry not to have persuaded");
        print("courier", "I am sorry not to have persuaded the board,");
        assertEquals(Set.of(), groups());
    }

    @Test
    void aOneWordPartialInsideTheReportersClauseJoinsTheSentenceThatHoldsTheWord() {
        print("ledger", "In the last weeks I tried to convince the board that it would be reckless to shut the night ferry while the harbor is busy.");
        print("courier", "it was \u201Creckless\u201D to close the boat service at this point");
        assertTrue(joined("ledger", "courier"));
    }

    @Test
    void theReportersOwnWordsAroundAPartialQuoteJoinNothing() {
        // Only "reckless" is the speaker's; the rest of the clause is the reporter's and matches nothing.
        print("ledger", "Closing the night ferry at this point would be a mistake for the harbor.");
        print("courier", "it was \u201Creckless\u201D to close the night ferry at this point");
        assertEquals(Set.of(), groups());
    }

    @Test
    void onlyDoubleMarksAfterTheClausesOwnWordsMakeItReported() {
        assertTrue(SentenceCutter.partlyQuoted("it was \u201Creckless\u201D to close the ferry"));
        assertFalse(SentenceCutter.partlyQuoted("\u201CReckless\u201D is the word for closing the ferry"));
        assertFalse(SentenceCutter.partlyQuoted("They told us \u2018wait\u2019 and we waited a year"));
        assertFalse(SentenceCutter.partlyQuoted("We will keep the ferry running"));
    }

    @Test
    void aLineRepeatedWeeksLaterIsNotOneUtterance() {
        print("ledger", "The harbor towns deserve a night ferry and they will get one from this council.");
        print("courier", DAY.plusDays(30), "The harbor towns deserve a night ferry, and they will get one from this council.");
        assertEquals(Set.of(), groups());
    }

    @Test
    void quotesOneArticlePrintsOneAfterTheOtherAreOnePassage() {
        String first = "Ferries are a lifeline.", second = "We have our limits.";
        quotes.add(PrintedQuote.whole("claim/a", "article/ledger", Optional.of(DAY), first, true, 100));
        quotes.add(PrintedQuote.whole("claim/b", "article/ledger", Optional.of(DAY), second, true, 100 + first.length() + 3));
        print("courier", "Ferries are a lifeline and we have our limits.");
        SpeakerUtterances found = find();
        assertEquals(1, found.utterances().size());
        assertEquals(3, found.utterances().get(0).claims().size());
        assertTrue(found.utterances().get(0).claims().containsAll(List.of("claim/a", "claim/b")));
    }

    @Test
    void aQuoteInterruptedByItsAttributionIsCutAtTheJoinOnlyWhenANewSentenceStarts() {
        // '"No family should lose a home," she said, "and no town its ferry." ... "Nothing has changed," she wrote. "Every MP ..."'
        assertEquals(1, SentenceCutter.cut("No family should lose a home, and no town its ferry.", List.of(29)).size());
        assertEquals(2, SentenceCutter.cut("Nothing has changed, Every member of the council knew it.", List.of(20)).size());
        assertEquals(1, SentenceCutter.cut("Mr. Voss met the U.S. envoy in St. Ives on Monday.", List.of()).size());
        assertEquals(1, SentenceCutter.cut("To the new mayor... I say good luck.", List.of()).size());
        assertEquals(2, SentenceCutter.cut("We are ready. \u201CThe boats are coming.\u201D", List.of()).size());
    }

    @Test
    void theAnswerDoesNotDependOnTheOrderQuotesArriveIn() {
        print("ledger", "The ferry fares will fall by a third next spring. Every harbor town will get a night boat.");
        print("courier", "Every harbor town will get a night boat.");
        print("gazette", "night boat");
        print("ledger", "The tunnel vote was a betrayal of every family on the east shore.");
        print("herald", "betrayal");
        print("herald", "I think the ferry fares will fall by a third next spring");
        SpeakerUtterances expected = find();
        Random r = new Random(7);
        for (int k = 0; k < 10; k++) {
            Collections.shuffle(quotes, r);
            assertEquals(expected, find());
        }
        assertFalse(expected.utterances().isEmpty());
    }

    // The cases of the word-overlap matcher these rules replaced, each as two outlets printing it on one day.

    private static final String FULL = "We've waited long enough for this bridge. The harbor towns deserve better, and I will not vote for a bill that ignores them.";

    /** Whether two outlets' quotes of one speaker, printed on one day, are one utterance; in either order. */
    private boolean same(String a, String b) {
        quotes.clear();
        print("ledger", a);
        print("courier", b);
        boolean ab = joined("ledger", "courier");
        quotes.clear();
        print("ledger", b);
        print("courier", a);
        assertEquals(ab, joined("ledger", "courier"), "the match is symmetric");
        return ab;
    }

    @Test
    void contractionsPunctuationCaseAndHyphenationBreaksDoNotMatter() {
        assertTrue(same(FULL, "We have waited long enough for this bridge - the harbor towns deserve better and I won't vote for a bill that ignores them"));
        assertTrue(same("The nego-tiations with the port unions will resume on Monday morning", "The negotiations with the port unions will resume on Monday morning"));
    }

    @Test
    void oneSentenceOfAnotherOutletsTwoSwappedOrCutJoinsThem() {
        assertTrue(same(FULL, "The harbor towns deserve better, and I will not vote for a bill that ignores them."));
        assertTrue(same(FULL, "The harbor towns deserve better, and I will not vote for a bill that ignores them. We've waited long enough for this bridge."));
        assertTrue(same(FULL, "I will not vote for a bill that ignores them"));
        assertTrue(same("I do not know", "I do not know what the governor will do about the bridge"), "a partial of any length, one reading");
        assertTrue(same("Our ferries carry nine thousand commuters every single morning across the bay",
                "Our ferries carry nine thousand commuters across the bay every morning"));
    }

    @Test
    void twoDifferentThingsOneSpeakerSaidOnTheSameSubjectStayApart() {
        assertFalse(same(FULL, "The harbor towns have waited long enough for new ferries."));
        assertFalse(same("I will vote for the bridge bill if the towns get their ferries.", "I will not vote for the bridge bill."));
        assertFalse(same("I do not think that is right.", "I do not think that is fair at all."));
        assertFalse(same(")", ")"));
    }

    @Test
    void aSloganThatTwoStatementsRepeatDoesNotChainThem() {
        print("ledger", "On the ferry question we have a plan, and I say keep the harbor working for every family in Bayport.");
        print("courier", "Keep the harbor working!");
        print("gazette", "The tariff hurts our growers. Keep the harbor working. Keep the farms open. That is my pledge to the valley.");
        print("herald", "The tariff hurts our growers and keep the farms open");
        assertFalse(joined("ledger", "gazette"), "two statements that share a slogan stay apart");
        assertFalse(joined("courier", "ledger") && joined("courier", "gazette"), "a slogan inside two statements bridges neither");
        assertTrue(joined("gazette", "herald"));
    }

    @Test
    void aReportedParaphraseJoinsOnlyItsOwnWords() {
        quotes.add(PrintedQuote.whole("claim/p1", "article/ledger", Optional.of(DAY), "the plans were ready and the engineers were hired", false, 100));
        quotes.add(PrintedQuote.whole("claim/p2", "article/courier", Optional.of(DAY), "the plans were ready and the engineers were hired at last", false, 100));
        quotes.add(PrintedQuote.whole("claim/p3", "article/gazette", Optional.of(DAY), "the plans were ready and the engi- neers were hired", false, 100));
        assertEquals(Set.of(Set.of("ledger", "gazette")), groups());
    }

    private void printAt(String article, int start, String text) {
        quotes.add(PrintedQuote.whole("claim/" + org.newskg.resolve.ClaimText.hash(org.newskg.resolve.ClaimText.normalize(text)), "article/" + article,
                Optional.of(DAY), text, true, start));
    }

    @Test
    void aHeadlineRestatingTheQuoteItsArticlePrintsJoinsIt() {
        printAt("ledger", 1, "Voters deserve a real choice");
        printAt("ledger", 300, "This town deserves a real choice in the next election, and I cannot be the best option in that election.");
        printAt("courier", 200, "This town deserves a real choice in the next election, and I cannot be the best option.");
        SpeakerUtterances found = find();
        assertEquals(1, found.utterances().size());
        assertEquals(3, found.utterances().get(0).claims().size(), "the headline is a version of the sentence");
        assertTrue(found.utterances().get(0).joins().stream().anyMatch(j -> j.rule() == JoinRule.RESTATED));
    }

    @Test
    void twoArticlesShortLinesDifferingInOneWordStayApart() {
        // Without one article printing both, one word of four differing is two lines.
        assertFalse(same("Voters deserve a real choice", "This town deserves a real choice in the next election, and I cannot be the best option."));
        quotes.clear();
        printAt("ledger", 1, "Voters deserve a fair ferry fare");
        printAt("ledger", 300, "This town deserves a real choice in the next election.");
        printAt("courier", 200, "This town deserves a real choice in the next election.");
        SpeakerUtterances found = find();
        assertEquals(1, found.utterances().size());
        assertEquals(1, found.utterances().get(0).claims().size(), "the sentence both print is one claim; a headline sharing one word is another line");
    }

    @Test
    void aSentenceWithItsClausesMovedJoinsWhenBothClausesAlign() {
        assertTrue(same("After seizing the courts, the newspapers and the harbor unions, the council now makes the arrest of elected mayors a common thing.",
                "The arrest of elected mayors has become a regular occurrence, since the council seized the courts, the newspapers and the harbor unions."));
    }

    @Test
    void twoSentencesSharingTwoShortPhrasesStayApart() {
        assertFalse(same("The arrest of elected mayors is a scandal, and the harbor unions will strike.",
                "The harbor unions will strike on Monday over wages, and the arrest of elected mayors must end."));
        assertFalse(same("After seizing the courts, the newspapers and the harbor unions, the council now makes the arrest of elected mayors a common thing.",
                "The arrest of elected mayors has not become a regular occurrence, since the council never seized the courts, the newspapers or the harbor unions."),
                "a negation in one clause keeps them apart");
    }

    @Test
    void aShortQuoteWithItsClausesMovedJoinsTheTwoSentencesItRewords() {
        print("ledger", "Mayors are people and we have our limits. We give it everything until we can't anymore. And then we have to move on.");
        print("courier", "We give it everything we have, and then we have to move on until we can no longer.");
        assertTrue(joined("ledger", "courier"));
    }

    @Test
    void aShortQuoteWhoseWordsStandInTwoSentencesInAnotherSenseStaysApart() {
        print("ledger", "We give it everything until we win. And then we have to move the ferry terminal.");
        print("courier", "We give it everything we have, and then we have to move on until we can no longer.");
        assertFalse(joined("ledger", "courier"), "the negation and the word it turns stand only in one");
    }
}
