package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Direct quotations and who said them, on short invented news text. */
class QuoteAttributionTest {

    private static void assertSpeaker(Extracted e, Attribution a, String name) {
        assertEquals(name, e.speakerName(a), () -> "speaker of [" + e.claim(a) + "]\n" + e.describe());
        assertEquals(Mention.Kind.PERSON, e.speaker(a).orElseThrow().kind(), e::describe);
    }

    // ------------------------------------------------------------------ trailing and leading cues

    @Test
    void saidAfterNameAttributesQuoteToThatName() {
        Extracted e = Extracted.of("\"We will rebuild the harbor before winter,\" Kate Ruiz said.");
        Attribution a = e.only();
        assertTrue(a.direct());
        assertEquals("We will rebuild the harbor before winter", e.bareClaim(a));
        assertSpeaker(e, a, "Kate Ruiz");
        assertEquals("say", e.cueLemma(a).orElse("-"));
        assertEquals(Sieve.CUE_AFTER_QUOTE, a.sieve());
    }

    @Test
    void saidBeforeTitledNameAttributesQuoteToTheNameWithoutItsTitle() {
        Extracted e = Extracted.of("\"The budget is a disgrace to this state,\" said Sen. Walter Brandt.");
        Attribution a = e.only();
        assertEquals("The budget is a disgrace to this state", e.bareClaim(a));
        assertSpeaker(e, a, "Walter Brandt");
        assertEquals("say", e.cueLemma(a).orElse("-"));
    }

    @Test
    void nameSaidColonAttributesTheFollowingQuote() {
        Extracted e = Extracted.of("Mayor Helen Quist said: \"The bridge will reopen in May.\"");
        Attribution a = e.only();
        assertEquals("The bridge will reopen in May", e.bareClaim(a));
        assertSpeaker(e, a, "Helen Quist");
        assertEquals(Sieve.CUE_BEFORE_QUOTE, a.sieve());
    }

    @Test
    void nameToldReportersAttributesTheFollowingQuote() {
        Extracted e = Extracted.of("Governor Tom Reyes told reporters \"nobody will lose their pension.\"");
        Attribution a = e.only();
        assertEquals("nobody will lose their pension", e.bareClaim(a));
        assertSpeaker(e, a, "Tom Reyes");
        assertEquals("tell", e.cueLemma(a).orElse("-"));
    }

    @Test
    void accordingToNameAttributesTheQuote() {
        Extracted e = Extracted.of("According to Rep. Daniel Whitcombe, \"the tunnel project is already three years late.\"");
        Attribution a = e.claimContaining("tunnel project");
        assertTrue(a.direct());
        assertEquals("the tunnel project is already three years late", e.bareClaim(a));
        assertSpeaker(e, a, "Daniel Whitcombe");
        assertEquals("according to", e.cueLemma(a).orElse("-"));
    }

    // ------------------------------------------------------------------ pronouns

    @Test
    void sheSaidResolvesToTheWomanNamedMsNotTheLaterMr() {
        Extracted e = Extracted.of("Ms Okafor met Mr Lund on Tuesday. \"The vote was rigged from the start,\" she said.");
        Attribution a = e.only();
        assertSpeaker(e, a, "Okafor");
        assertEquals(Sieve.CUE_AFTER_QUOTE_PRONOUN, a.sieve());
    }

    @Test
    void heSaidResolvesToTheManNamedMrNotTheLaterMs() {
        Extracted e = Extracted.of("Mr Lund met Ms Okafor on Tuesday. \"The vote was rigged from the start,\" he said.");
        assertSpeaker(e, e.only(), "Lund");
    }

    @Test
    void sheSaidResolvesToLastCompatiblePersonByFirstName() {
        Extracted e = Extracted.of("At the rally, Karen Dahl spoke after Peter Voss. \"We need more teachers in every school,\" she said.");
        assertSpeaker(e, e.only(), "Karen Dahl");
    }

    @Test
    void heSaidResolvesToLastCompatiblePersonByFirstName() {
        Extracted e = Extracted.of("At the rally, Peter Voss spoke after Karen Dahl. \"We need more teachers in every school,\" he said.");
        assertSpeaker(e, e.only(), "Peter Voss");
    }

    @Test
    void pronounResolvesWhenTheWomanOpensTheArticle() {
        // The same check with the woman's full name as the very first words of the article.
        Extracted e = Extracted.of("Karen Dahl and Peter Voss spoke at the rally. \"We need more teachers in every school,\" she said.");
        assertSpeaker(e, e.only(), "Karen Dahl");
    }

    @Test
    void pronounInTheSpeakersOwnSentenceResolvesToTheSubjectNotALaterObject() {
        Extracted e = Extracted.of("Gregory Pell said the council should stop listening to Tom Alcott, whom he called "
                + "\"a man with no plan for the harbor.\"");
        assertSpeaker(e, e.claimContaining("no plan"), "Gregory Pell");
    }

    @Test
    void pronounSkipsANameUsedAsAModifier() {
        Extracted e = Extracted.of("Tom Alcott won the primary. Alcott adviser Peter Voss picked up the same thread. "
                + "\"The harbor vote is about jobs,\" he said.");
        assertSpeaker(e, e.claimContaining("harbor vote"), "Peter Voss");
    }

    @Test
    void pronounNeverResolvesToAPersonOfTheOtherGender() {
        Extracted e = Extracted.of("Mr Lund spoke first at the hearing. \"The vote was rigged from the start,\" she said.");
        Attribution a = e.only();
        assertFalse(a.hasSpeaker(), e::describe);
        assertTrue(a.confidence() <= 0.5, e::describe);
    }

    // ------------------------------------------------------------------ shapes of quotations

    @Test
    void quoteBrokenByItsAttributionIsOneClaimJoiningBothPieces() {
        Extracted e = Extracted.of("Ms Okafor spoke to the crowd. \"We can't,\" she said, \"and we won't.\"");
        Attribution a = e.only();
        assertEquals(2, a.pieces().size(), e::describe);
        assertTrue(e.claim(a).startsWith("We can't"), e::describe);
        assertTrue(e.claim(a).endsWith("and we won't."), e::describe);
        assertFalse(e.claim(a).contains("she said"), e::describe);
        assertSpeaker(e, a, "Okafor");
    }

    @Test
    void partialQuoteInsideASentenceIsAttributedToTheSubject() {
        Extracted e = Extracted.of("Harold Benn said he \"strongly opposed\" the plan to close the clinic.");
        Attribution a = e.claimContaining("strongly opposed");
        assertTrue(a.direct(), e::describe);
        assertEquals("strongly opposed", e.claim(a));
        assertSpeaker(e, a, "Harold Benn");
    }

    @Test
    void quoteRunningOverTwoSentencesIsOneClaim() {
        Extracted e = Extracted.of("\"The river is rising faster than anyone expected. We have to evacuate the lower town tonight,\""
                + " Mayor Helen Quist said.");
        Attribution a = e.only();
        assertEquals("The river is rising faster than anyone expected. We have to evacuate the lower town tonight", e.bareClaim(a));
        assertSpeaker(e, a, "Helen Quist");
    }

    static Stream<Arguments> quoteStyles() {
        return Stream.of(
                Arguments.of("straight", "\"We will not raise the tolls this year,\" said Gov. Nadia Ferrer."),
                Arguments.of("curly", "\u201CWe will not raise the tolls this year,\u201D said Gov. Nadia Ferrer."),
                Arguments.of("two apostrophes", "''We will not raise the tolls this year,'' said Gov. Nadia Ferrer."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quoteStyles")
    void straightCurlyAndTwoApostropheMarksAllQuote(String style, String sentence) {
        Extracted e = Extracted.of(sentence);
        Attribution a = e.only();
        assertTrue(a.direct());
        assertEquals("We will not raise the tolls this year", e.bareClaim(a), style);
        assertSpeaker(e, a, "Nadia Ferrer");
    }

    @Test
    void quoteContinuedAfterItsAttributionIsOneClaimOfTheSameSpeaker() {
        // PolNeAR and analysts alike read '"A," X said. "B."' as one utterance in two pieces.
        Extracted e = Extracted.of("\"The plan is dead,\" Sen. Walter Brandt said. \"It was dead on arrival.\"");
        assertEquals(1, e.direct().size(), e::describe);
        Attribution a = e.claimContaining("The plan is dead");
        assertEquals(2, a.pieces().size(), e::describe);
        assertTrue(e.claim(a).contains("dead on arrival"), e::describe);
        assertSpeaker(e, a, "Walter Brandt");
    }

    @Test
    void multiParagraphQuoteOpenedAfterLeadingCueKeepsItsSpeaker() {
        Extracted e = Extracted.of("Mayor Helen Quist spoke for an hour at the town hall on Monday. She said: \"The river is rising"
                + " faster than anyone expected, and the levee was never built for this.\n\n"
                + "\"We have to evacuate the lower town tonight.\"");
        assertEquals(1, e.direct().size(), () -> "one quotation over two paragraphs is one claim\n" + e.describe());
        assertEquals(2, e.claimContaining("levee was never built").pieces().size(), e::describe);
        assertSpeaker(e, e.claimContaining("levee was never built"), "Helen Quist");
        assertSpeaker(e, e.claimContaining("evacuate the lower town"), "Helen Quist");
    }

    @Test
    void multiParagraphQuoteContinuesTheSpeakerOfItsFirstSentence() {
        // News style: attribution after the first sentence, the quote runs on, then over a paragraph break.
        Extracted e = Extracted.of("\"The river is rising faster than anyone expected,\" Mayor Helen Quist said. \"And the levee"
                + " was never built for this.\n\n"
                + "\"We have to evacuate the lower town tonight.\"");
        assertSpeaker(e, e.claimContaining("rising faster"), "Helen Quist");
        assertSpeaker(e, e.claimContaining("levee was never built"), "Helen Quist");
        assertSpeaker(e, e.claimContaining("evacuate the lower town"), "Helen Quist");
    }

    @Test
    void multiParagraphQuoteAttributedAtItsEndGivesTheSpeakerToEveryParagraph() {
        Extracted e = Extracted.of("Mayor Helen Quist spoke for an hour at the town hall on Monday.\n\n"
                + "\"The river is rising faster than anyone expected, and the levee was never built for this.\n\n"
                + "\"We have to evacuate the lower town tonight,\" she said.");
        assertSpeaker(e, e.claimContaining("evacuate the lower town"), "Helen Quist");
        assertSpeaker(e, e.claimContaining("levee was never built"), "Helen Quist");
    }

    @Test
    void tweetMarkupAttributeQuotesAreNotQuotations() {
        String body = "Sen. Walter Brandt posted a message late on Sunday. <tweet author=\"@wbrandt\">The harbor deal is dead"
                + " and everyone knows it.</tweet> \"We will keep talking,\" said Mayor Helen Quist.";
        Extracted e = Extracted.of(body);
        for (Attribution a : e.attributions()) {
            String c = e.claim(a);
            assertFalse(c.contains("@wbrandt") || c.contains("author") || c.contains("tweet") || c.contains(">"),
                    () -> "markup became a claim: [" + c + "]\n" + e.describe());
        }
        Attribution q = e.claimContaining("keep talking");
        assertSpeaker(e, q, "Helen Quist");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The company calls its new unit a \"cyber shield\" for small towns.",
            "The so-called \"iron fist\" approach was dropped last year.",
            "Harold Benn joined the \"reform caucus\" in March.",
            "Residents of the \u201Criver ward\u201D voted for the levee on Tuesday."})
    void scareQuotesWithoutASpeechVerbGiveNoAttribution(String sentence) {
        Extracted e = Extracted.of(sentence);
        assertTrue(e.direct().isEmpty(), e::describe);
    }

    // ------------------------------------------------------------------ organizations and the unresolved

    static Stream<Arguments> organizationStatements() {
        return Stream.of(
                Arguments.of("White House", "\"We are reviewing the request,\" the White House said."),
                Arguments.of("Department of Energy",
                        "\"The plant will remain open through the summer,\" the Department of Energy said in a statement."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("organizationStatements")
    void organizationSpeakerIsAnOrganizationNeverAPerson(String org, String sentence) {
        Extracted e = Extracted.of(sentence);
        Attribution a = e.only();
        Entity speaker = e.speaker(a).orElseThrow(() -> new AssertionError("no speaker\n" + e.describe()));
        assertEquals(Mention.Kind.ORGANIZATION, speaker.kind(), e::describe);
        assertTrue(speaker.name().contains(org), e::describe);
        assertTrue(e.persons().isEmpty(), () -> "no person is named here\n" + e.describe());
    }

    @Test
    void quoteWithNoSpeakerInSightIsKeptWithoutSpeakerAndLowConfidence() {
        Extracted e = Extracted.of("\"This is the end of the line for the ferry.\"");
        Attribution a = e.only();
        assertTrue(a.direct());
        assertEquals("This is the end of the line for the ferry", e.bareClaim(a));
        assertFalse(a.hasSpeaker(), e::describe);
        assertTrue(a.confidence() <= 0.5, e::describe);
    }

    @Test
    void unresolvedMultiParagraphQuoteKeepsLowConfidenceInEveryParagraph() {
        Extracted e = Extracted.of("\"This is the end of the line for the ferry.\n\n\"Nobody will miss it.\"");
        assertEquals(1, e.direct().size(), () -> "one quotation over two paragraphs is one claim\n" + e.describe());
        for (Attribution a : e.direct()) {
            assertFalse(a.hasSpeaker(), e::describe);
            assertTrue(a.confidence() <= 0.5, () -> "a claim with no speaker cannot be confident\n" + e.describe());
        }
    }

    @Test
    void quoteFromAnUnnamedVoiceIsKeptWithoutSpeakerAndLowConfidence() {
        Extracted e = Extracted.of("\"Nobody will stop this project,\" a voice shouted from the back of the hall.");
        Attribution a = e.only();
        assertFalse(a.hasSpeaker(), e::describe);
        assertTrue(a.confidence() <= 0.5, e::describe);
    }

    @Test
    void twoQuotesOfTwoSpeakersInOneArticleEachKeepTheirOwn() {
        Extracted e = Extracted.of("\"The budget is balanced,\" said Sen. Walter Brandt.\n\n"
                + "\"The budget is a fantasy,\" Mayor Helen Quist said.");
        List<Attribution> d = e.direct();
        assertEquals(2, d.size(), e::describe);
        assertSpeaker(e, e.claimContaining("balanced"), "Walter Brandt");
        assertSpeaker(e, e.claimContaining("fantasy"), "Helen Quist");
    }

    // ------------------------------------------------------------------ a second quote after the attribution sentence

    @Test
    void secondQuoteAfterAnAttributionThatNamesSomeoneElseKeepsTheSpeaker() {
        Extracted e = Extracted.of("\"The harbor plan is sound,\" said Kate Ruiz, who once worked for Mayor Helen Quist. "
                + "\"Nobody has shown me a better one.\"");
        assertSpeaker(e, e.claimContaining("harbor plan"), "Kate Ruiz");
        assertSpeaker(e, e.claimContaining("better one"), "Kate Ruiz");
    }

    @Test
    void quoteContinuedAfterAnAttributionWithAnAppositionIsOneClaim() {
        Extracted e = Extracted.of("\"The harbor plan is sound,\" said Kate Ruiz, a lawyer for the Harbor Trust. "
                + "\"Nobody has shown me a better one.\"");
        assertEquals(1, e.direct().size(), e::describe);
        Attribution a = e.only();
        assertEquals(2, a.pieces().size(), e::describe);
        assertTrue(e.claim(a).startsWith("The harbor plan") && e.claim(a).endsWith("better one."), e::describe);
        assertSpeaker(e, a, "Kate Ruiz");
    }

    @Test
    void partialQuotesOfOneSpeakerInOneSentenceAreOneClaim() {
        Extracted e = Extracted.of("Kate Ruiz called the ferry deal \"reckless\" and \"a gift to the developers\" on Monday.");
        assertEquals(1, e.direct().size(), e::describe);
        Attribution a = e.only();
        assertEquals(List.of("reckless", "a gift to the developers"), a.pieces().stream().map(p -> p.of(e.body)).toList());
        assertSpeaker(e, a, "Kate Ruiz");
    }

    @Test
    void secondQuoteAfterAnAttributionWithAParticipleKeepsTheSpeaker() {
        Extracted e = Extracted.of("\"The harbor plan is sound,\" Kate Ruiz said, suggesting that Mayor Helen Quist had misread it. "
                + "\"Nobody has shown me a better one.\"");
        assertSpeaker(e, e.claimContaining("better one"), "Kate Ruiz");
    }

    @Test
    void secondQuoteAfterASecondSpeakersOwnSentenceStaysApart() {
        Extracted e = Extracted.of("\"The harbor plan is sound,\" said Kate Ruiz. Mayor Helen Quist said she disagreed. "
                + "\"Nobody has shown me a better one.\"");
        Attribution first = e.claimContaining("harbor plan");
        assertFalse(e.claim(first).contains("better one"), e::describe);
    }

    @Test
    void partialQuoteBelongsToTheVerbBeforeItNotToACueAfterIt() {
        Extracted e = Extracted.of("Mayor Helen Quist told the Harbor Gazette she was \"not ready yet\" to endorse Tom Alcott, "
                + "who faces a primary in May.");
        assertSpeaker(e, e.claimContaining("not ready yet"), "Helen Quist");
    }

    @Test
    void saidBeforeAPossessiveRoleAndTheNameInAppositionAttributesToTheName() {
        Extracted e = Extracted.of("\"We treat the whole month as one long election day,\" said Alcott's deputy campaign manager, "
                + "Lena Ostrova, who ran the harbor campaign last year.");
        assertSpeaker(e, e.claimContaining("election day"), "Lena Ostrova");
    }

    @ParameterizedTest
    @ValueSource(strings = {"an angry Lena Ostrova retorted.", "Lena Ostrova snapped.", "Lena Ostrova later quipped."})
    void aNameAndAnyVerbThatCloseTheSentenceAfterAQuoteAttributeIt(String attribution) {
        Extracted e = Extracted.of("\"The ferry will run on time or not at all,\" " + attribution);
        assertSpeaker(e, e.claimContaining("ferry will run"), "Lena Ostrova");
    }

    @Test
    void loneQuoteParagraphTakesTheSpeakerOfTheMainVerbNotOfAVerbInItsClause() {
        Extracted e = Extracted.of("Defense Secretary Omar Castel said that for years critics had been predicting a retreat from the port.\n\n"
                + "\"That will not happen while this harbor matters to our security.\"");
        assertSpeaker(e, e.claimContaining("That will not happen"), "Omar Castel");
    }

    @Test
    void quoteAfterAParticipleThatFollowsAnEarlierQuoteKeepsTheMainSpeaker() {
        Extracted e = Extracted.of("Tom Alcott said there is \"only one candidate who can win,\" adding that it is why Mayor Helen Quist "
                + "\"keeps attacking us and ignores the others.\"");
        assertSpeaker(e, e.claimContaining("keeps attacking"), "Tom Alcott");
    }

    @Test
    void aLaterQuoteOfTheParagraphWhereNobodyElseSpeaksJoinsTheFirst() {
        Extracted e = Extracted.of("\"We are going to win this vote,\" Kate Ruiz told reporters as she emerged from the meeting "
                + "beside House Minority Leader Tom Alcott (D-Calif.). \"We are going to take back the council.\"");
        assertEquals(1, e.direct().size(), e::describe);
        assertSpeaker(e, e.claimContaining("take back the council"), "Kate Ruiz");
    }

    @Test
    void saidBeforeAnOfficeOfCapitalizedWordsAndTheName() {
        Extracted e = Extracted.of("\"You would think the ferry mattered more than politics,\" said White House Press Secretary Lena Ostrova.");
        assertSpeaker(e, e.claimContaining("ferry mattered"), "Lena Ostrova");
    }

    @Test
    void loneQuoteParagraphAfterASpeakerWhoseClauseNamesSomeoneElse() {
        Extracted e = Extracted.of("Omar Castel said the effort needs no single candidate. Rather, he said, the struggles of "
                + "Tom Alcott's campaign will bring the donors.\n\n\"To my knowledge, there is no heavy hitter involved yet.\"");
        assertSpeaker(e, e.claimContaining("heavy hitter"), "Omar Castel");
    }

    @Test
    void aPersonAndAnyVerbWithAColonIntroduceTheQuote() {
        Extracted e = Extracted.of("Asked whether the council should apologize for the ferry contract, Mr Alcott shot back: "
                + "\"That would be a fine idea.\"");
        assertSpeaker(e, e.claimContaining("fine idea"), "Alcott");
        assertEquals("shot back", e.only().cue().orElseThrow().text(), e::describe);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rep. Tom Alcott (R-Harbor): \"I have not heard anyone cite that figure.\"",
            "FERRY COSTS RISE AGAIN - Tom Alcott: \"I have not heard anyone cite that figure.\""})
    void aNameAndAColonIntroduceTheQuote(String text) {
        Extracted e = Extracted.of(text);
        assertSpeaker(e, e.claimContaining("cite that figure"), "Tom Alcott");
    }

    @ParameterizedTest
    @ValueSource(strings = {"- Kate Ruiz.", "Kate Ruiz, Harbor Institute."})
    void aLoneQuoteSignedInTheNextParagraphTakesTheSigner(String signature) {
        Extracted e = Extracted.of("The council met on Monday.\n\n\"The ferry is the town's lifeline, and the budget forgets it.\"\n\n"
                + signature + "\n\nThe vote is next week.");
        assertSpeaker(e, e.claimContaining("lifeline"), "Kate Ruiz");
    }

    @Test
    void aParagraphAfterALoneQuoteThatSaysMoreThanANameDoesNotSignIt() {
        Extracted e = Extracted.of("The council met on Monday.\n\n\"The ferry is the town's lifeline, and the budget forgets it.\"\n\n"
                + "Kate Ruiz voted against it.");
        assertFalse(e.claimContaining("lifeline").hasSpeaker(), e::describe);
    }

    @Test
    void secondQuoteAfterAnotherSpeakersSentenceIsNotCarriedOver() {
        Extracted e = Extracted.of("\"The harbor plan is sound,\" said Kate Ruiz. Mayor Helen Quist disagreed with her on Monday. "
                + "\"Nobody has shown me a better one.\"");
        assertSpeaker(e, e.claimContaining("harbor plan"), "Kate Ruiz");
        assertFalse(e.speakerName(e.claimContaining("better one")).equals("Kate Ruiz"), e::describe);
    }

    @ParameterizedTest
    @ValueSource(strings = {"said Harbor Watch President Lena Ostrova.", "said Ohio-based Republican strategist Lena Ostrova.",
            "said former Ohio Gov. and party chairwoman Lena Ostrova."})
    void saidBeforeAQualifiedNameAttributesToThePersonNotTheQualifier(String attribution) {
        Extracted e = Extracted.of("\"The ferry contract was never put out to bid,\" " + attribution);
        assertSpeaker(e, e.claimContaining("ferry contract"), "Lena Ostrova");
    }

    @Test
    void longAppositionBetweenTheNameAndItsVerbAfterAQuote() {
        Extracted e = Extracted.of("\"The ferry contract was never put out to bid,\" Lena Ostrova, a lawyer for one of the three "
                + "harbor unions that went to court over the deal last spring, said on Tuesday.");
        assertSpeaker(e, e.claimContaining("ferry contract"), "Lena Ostrova");
    }

    @Test
    void cueRightAfterAClosingQuoteIsAVerbWhateverTheTagger() {
        Extracted e = Extracted.of("Lena Ostrova and other council members pointed at the budget.\n\n"
                + "\"The mayor said the deficit continues to shrink in an interview just hours before,\" Ostrova tweeted.");
        assertTrue(e.speakerName(e.claimContaining("deficit")).endsWith("Ostrova"), e::describe);
    }

    @Test
    void secondQuoteAfterAnAttributionWithASpeechVerbInARelativeClauseKeepsTheSpeaker() {
        Extracted e = Extracted.of("\"The harbor plan is sound,\" said Kate Ruiz, who had endorsed Mayor Helen Quist last year. "
                + "\"Nobody has shown me a better one.\"");
        assertSpeaker(e, e.claimContaining("better one"), "Kate Ruiz");
    }

    @Test
    void secondQuoteAfterASecondSpeakersVerbIsNotCarriedOver() {
        Extracted e = Extracted.of("\"The harbor plan is sound,\" said Kate Ruiz, and Mayor Helen Quist agreed with her. "
                + "\"Nobody has shown me a better one.\"");
        assertFalse(e.speakerName(e.claimContaining("better one")).equals("Kate Ruiz"), e::describe);
    }

    @Test
    void quoteAfterASentenceEndingOnItsSpeechVerbTakesThatSpeaker() {
        Extracted e = Extracted.of("Council member Lena Ostrova spoke after the vote on Monday. Mayor Helen Quist agreed. "
                + "\"Nobody has shown us a better harbor plan.\"");
        assertSpeaker(e, e.claimContaining("better harbor plan"), "Helen Quist");
    }

    @Test
    void hyphenatedSurnameIsOneName() {
        Extracted e = Extracted.of("Union leader Karen Dahl-Moreno spoke on Monday.\n\n\"We will strike in May,\" Dahl-Moreno said.");
        assertSpeaker(e, e.claimContaining("strike in May"), "Karen Dahl-Moreno");
    }

    @Test
    void twoNamesJoinedByAHyphenStayTwoPeople() {
        Extracted e = Extracted.of("Karen Dahl debated Peter Voss on Monday. The Dahl-Voss race is close.\n\n\"We will win in May,\" Voss said.");
        assertSpeaker(e, e.claimContaining("win in May"), "Peter Voss");
    }

    @Test
    void titleCaseWordsInQuotesThatNobodySaysNameAWork() {
        Extracted e = Extracted.of("The mayor was a guest on \"The Evening Harbor Hour with Tom Reyes\" last week.");
        assertTrue(e.direct().isEmpty(), e::describe);
    }

    @Test
    void titleCaseQuoteWithASpeakerStays() {
        Extracted e = Extracted.of("\"Build The Harbor Now,\" Kate Ruiz said.");
        assertSpeaker(e, e.only(), "Kate Ruiz");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Speaking on HBN's \"Harbor Week,\" Kate Ruiz said the ferry deal was dead.",
            "Kate Ruiz said in her memoir, \"The Tide Turns,\" that the ferry deal was dead.",
            "In his new book, \"Doomed to Drift,\" and in an interview, Tom Alcott said the ferry deal was dead."})
    void aTitleAfterAPossessiveOrAWordForAWorkIsNotSpeechEvenNextToASpeaker(String sentence) {
        Extracted e = Extracted.of(sentence);
        assertTrue(e.direct().isEmpty(), e::describe);
    }

    @Test
    void aClosingMarkSetApartFromANestedQuoteStillCloses() {
        Extracted e = Extracted.of("\"If they want our votes, it cannot be 'Thanks, we won the primary,' \" she said. Kate Ruiz had met them.\n\n"
                + "\"We were promised a ferry,\" said Tom Alcott.");
        Attribution a = e.claimContaining("If they want our votes");
        assertTrue(e.claim(a).endsWith("we won the primary,'"), e::describe);
        assertSpeaker(e, e.claimContaining("promised a ferry"), "Tom Alcott");
    }

    @Test
    void aSecondQuoteWithItsOwnCueInANewSentenceIsASecondClaim() {
        Extracted e = Extracted.of("\"I am a harbor pilot's daughter,\" Ms Okafor wrote. She continued: \"Does he need to ask why I stayed?\"");
        assertEquals(2, e.direct().size(), e::describe);
        assertSpeaker(e, e.claimContaining("pilot's daughter"), "Okafor");
        assertSpeaker(e, e.claimContaining("need to ask"), "Okafor");
    }
}
