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

    private Utterances find() { return new UtteranceFinder(UnitRules.DEFAULT).find(quotes); }

    /** The articles each utterance joins, as sets. */
    private Set<Set<String>> groups() {
        Set<Set<String>> out = new java.util.HashSet<>();
        for (Utterances.Utterance u : find().utterances()) {
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
        Utterances.Utterance u = find().utterances().get(0);
        assertEquals(4, u.units().size(), "four sentences, each once");
        long shared = u.units().stream().filter(x -> x.versions().stream().map(Utterances.Version::article).distinct().count() == 2).count();
        assertEquals(2, shared, "the night-boat sentence and the east-shore sentence are carried by two articles each");
    }

    @Test
    void aOneWordPartialJoinsTheOneSentenceThatHoldsIt() {
        print("ledger", "The tunnel vote was a betrayal of every family on the east shore.");
        print("courier", "betrayal");
        Utterances found = find();
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
        Utterances.Join j = find().utterances().get(0).joins().get(0);
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
        Utterances found = find();
        assertTrue(joined("ledger", "courier", "gazette"));
        assertEquals(2, found.parts().size());
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
        Utterances found = find();
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
        Utterances expected = find();
        Random r = new Random(7);
        for (int k = 0; k < 10; k++) {
            Collections.shuffle(quotes, r);
            assertEquals(expected, find());
        }
        assertFalse(expected.utterances().isEmpty());
    }
}
