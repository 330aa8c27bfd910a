package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who the speaker is, and where the speaker's name starts and ends, as news in British, Australian, Indian,
 * Nigerian and American styles writes them: honorifics without a period, roles with a complement before a
 * name, outlets that quote someone "as saying", places after a name. Sentences invented, in the shapes seen.
 */
class NewsStyleSpeakerTest {

    private static void assertSpeaker(Extracted e, Attribution a, String name) {
        assertEquals(name, e.speakerName(a), () -> "speaker of [" + e.claim(a) + "]\n" + e.describe());
        assertEquals(Mention.Kind.PERSON, e.speaker(a).orElseThrow().kind(), e::describe);
    }

    private static void assertNoEntityContaining(Extracted e, String words) {
        assertTrue(e.live().stream().noneMatch(x -> x.name().contains(words) && !x.isPerson()),
                () -> "no organization should contain \"" + words + "\"\n" + e.describe());
    }

    // ------------------------------------------------------------------ honorifics without a period

    @Test
    void mrWithoutPeriodIsAPersonWhereTheModelSaysOrganization() {
        // The name model tags "Mr Alcott" here as an organization.
        Extracted e = Extracted.of("In the Sunday morning posts Mr Alcott said that \"it is time to move on with the harbor deal!\"");
        Attribution a = e.claimContaining("time to move on");
        assertSpeaker(e, a, "Alcott");
        assertNoEntityContaining(e, "Alcott");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mr", "Mrs", "Ms", "Dr", "Mr.", "Dr."})
    void anHonorificWithOrWithoutPeriodMakesAPerson(String honorific) {
        Extracted e = Extracted.of("In the Sunday morning posts " + honorific + " Okafor said that \"the ferry will run again in May.\"");
        assertSpeaker(e, e.claimContaining("ferry will run"), "Okafor");
    }

    @Test
    void heSaidAfterATweetGoesToTheSubjectNotToThePersonInTheOpeningPhrase() {
        Extracted e = Extracted.of("Harbor Mayor Tom Alcott met Prime Minister Oleg Varga on Saturday.\n\n"
                + "Writing on social media after his talks with Prime Minister Oleg Varga, Mr Alcott said the harbor deal was done.\n\n"
                + "\"Varga & I agreed on a joint harbor patrol so that smuggling will stop,\" he said.");
        assertSpeaker(e, e.claimContaining("joint harbor patrol"), "Tom Alcott");
    }

    @Test
    void aPersonInAnOpeningPrepositionalPhraseDoesNotTakeTheNextPronoun() {
        Extracted e = Extracted.of("After a call with Kate Ruiz, Tom Alcott said the talks had failed. "
                + "\"We are further apart than ever,\" he said.");
        assertSpeaker(e, e.claimContaining("further apart"), "Tom Alcott");
    }

    // ------------------------------------------------------------------ roles before names

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "US Ambassador to the UN Karen Dahl also called for talks.|Karen Dahl|UN",
            "Minister for Home Affairs Ravi Mehta also called for talks.|Ravi Mehta|Affairs",
            "Secretary of State Helen Quist also called for talks.|Helen Quist|State",
            "Nigeria's Special Envoy to the EU Peter Voss also called for talks.|Peter Voss|EU",
            "Nigeria's Minister of Information Tunde Bakare also called for talks.|Tunde Bakare|Information",
            "High Commissioner to India Peter Voss also called for talks.|Peter Voss|India",
    })
    void aRoleWithAComplementBeforeANameNamesThePersonAlone(String sentence, String person, String complement) {
        Extracted e = Extracted.of(sentence + " \"We need to sit down with them,\" " + person.split(" ")[1] + " said.");
        Attribution a = e.claimContaining("sit down with them");
        assertSpeaker(e, a, person);
        e.person(person);
        assertTrue(e.live().stream().noneMatch(x -> x.name().contains(complement) && x.name().contains(person)),
                () -> "the complement is glued to the name\n" + e.describe());
    }

    @Test
    void aNameInAppositionAfterARoleIsTheSpeakerNotTheBodyInTheRole() {
        Extracted e = Extracted.of("The Minister of Finance, Tunde Bakare, said \"the naira is stable.\"");
        assertSpeaker(e, e.only(), "Tunde Bakare");
    }

    @Test
    void anHonorificBeforeAPossessiveNamesOnlyThePerson() {
        Extracted e = Extracted.of("Critics seized upon Mr. Alcott's HBN appearance, in which he said he was skeptical of the harbor board.");
        assertSpeaker(e, e.claimContaining("skeptical"), "Alcott");
        assertNoEntityContaining(e, "HBN");
    }

    @Test
    void aRoleAfterAPossessiveIsNotPartOfTheName() {
        Extracted e = Extracted.of("Meanwhile, Mr Alcott's Chief of Staff Peter Voss insisted the governor did not believe the denial.");
        e.person("Peter Voss");
        assertNoEntityContaining(e, "Voss");
        assertSpeaker(e, e.claimContaining("did not believe the denial"), "Peter Voss");
    }

    @Test
    void aSurnamePrintedTwiceIsOneSurname() {
        Extracted e = Extracted.of("Meanwhile, Mr Alcott's Chief of Staff Peter Voss Voss insisted the governor did not believe the denial.");
        assertSpeaker(e, e.claimContaining("did not believe the denial"), "Peter Voss");
    }

    // ------------------------------------------------------------------ "X quoted Y as saying"

    @Test
    void anOutletQuotingSomeoneAsSayingGivesTheQuoteAndItsNextParagraphToThePersonQuoted() {
        Extracted e = Extracted.of("\"The meeting was short and pointless,\" the Gazette quoted Tom Alcott Jr. as saying.\n\n"
                + "\"Her claims were vague. Nothing was offered.\"");
        assertSpeaker(e, e.claimContaining("short and pointless"), "Tom Alcott Jr.");
        assertSpeaker(e, e.claimContaining("claims were vague"), "Tom Alcott Jr.");
        assertEquals("say", e.cueLemma(e.claimContaining("short and pointless")).orElse("-"));
    }

    @Test
    void someoneQuotedByAnOutletAsSayingIsTheSpeaker() {
        Extracted e = Extracted.of("\"We lost the vote,\" Kate Ruiz was quoted by the Gazette as saying.");
        assertSpeaker(e, e.only(), "Kate Ruiz");
    }

    @Test
    void someoneQuotedAsSayingBeforeTheQuoteIsTheSpeaker() {
        Extracted e = Extracted.of("Tom Alcott was quoted as saying \"the harbor is safe.\"");
        assertSpeaker(e, e.only(), "Tom Alcott");
    }

    // ------------------------------------------------------------------ a gerund is not the speech verb

    @Test
    void aGerundAfterSaidOpensTheReportedClauseAndTheQuoteIsTheSubjectsOfSaid() {
        Extracted e = Extracted.of("Democratic US Representative Kate Ruiz said expecting Norland to be a credible partner "
                + "in any harbor deal \"would be dangerously naive.\"");
        Attribution a = e.claimContaining("dangerously naive");
        assertSpeaker(e, a, "Kate Ruiz");
        assertEquals("say", e.cueLemma(a).orElse("-"));
    }

    @Test
    void aGerundAfterSaidThatIsNotTheSpeechVerbEither() {
        Extracted e = Extracted.of("Tom Alcott said that hoping Kate Ruiz would change her mind \"is not a plan.\"");
        assertSpeaker(e, e.claimContaining("not a plan"), "Tom Alcott");
    }

    // ------------------------------------------------------------------ "of PLACE" after a name

    @ParameterizedTest
    @ValueSource(strings = {"Sen. Kate Ruiz of Ohio", "Kate Ruiz of the Harbor Institute", "Sen. Kate Ruiz from Lagos"})
    void aPlaceOrBodyAfterOfIsNotTheSpeaker(String subject) {
        Extracted e = Extracted.of(subject + " said \"the budget is a disgrace.\"");
        assertSpeaker(e, e.only(), "Kate Ruiz");
    }

    @Test
    void aPlaceAfterOfAPersonIsNoPerson() {
        Extracted e = Extracted.of("\"The budget is a disgrace,\" said Sen. Kate Ruiz of Ohio. Sen. Tom Alcott of Texas agreed.");
        assertFalse(e.persons().stream().anyMatch(p -> p.name().equals("Ohio") || p.name().equals("Texas")), e::describe);
    }

    // ------------------------------------------------------------------ class 5: a claim with no words

    @ParameterizedTest
    @ValueSource(strings = {"\"...,\" Kate Ruiz said.", "Kate Ruiz said: \"-- )\"", "Asked about the harbor, Tom Alcott said only \"( )\" and left."})
    void aQuoteOfNothingButPunctuationIsNotAClaim(String body) {
        Extracted e = Extracted.of(body);
        assertTrue(e.attributions().isEmpty(), e::describe);
    }

    @Test
    void aQuoteWithWordsNextToOneWithoutIsStillAttributed() {
        Extracted e = Extracted.of("\"...,\" Kate Ruiz said. \"We will win in May.\"");
        assertSpeaker(e, e.claimContaining("win in May"), "Kate Ruiz");
    }

    @Test
    void aParticipleWithItsAgentAfterAQuotedNounNamesNoSpeaker() {
        Extracted e = Extracted.of("By the spring, harbor \"ferry barons\" backed by the brothers Tom and Karl Alcott had seized on the toll "
                + "as a weapon against the council.");
        for (Attribution a : e.x.attributions())
            if (e.claim(a).contains("ferry barons")) assertEquals("(none)", e.speakerName(a), e::describe);
    }

    @Test
    void aPassiveAgentAfterAQuotationIsItsAuthor() {
        Extracted e = Extracted.of("\"Every boat in this harbor is a family,\" was written by Kate Ruiz on the wall of the old port office.");
        assertSpeaker(e, e.claimContaining("Every boat"), "Kate Ruiz");
    }

    @Test
    void aRelativeWhoBeforeASpeechVerbIsThePersonItFollows() {
        Extracted e = Extracted.of("Mayor Tom Alcott has had a cold relationship with Kate Ruiz, now the harbor board's chair, who in 2019 said "
                + "the board's first goal was to make Alcott a \"one-term mayor.\"");
        assertSpeaker(e, e.claimContaining("one-term mayor"), "Kate Ruiz");
    }

    /** An organization ending an apposition to the person who opens the clause is where the person works. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Rosa Delgado, executive director of the Harbor Nurses Union, a union that has backed Mr. Alcott since May, said",
            "Senator Rosa Delgado, the Ohio Republican who heads the Senate Harbor Committee, which oversees the port, said",
            "Rosa Delgado, chief executive of Tallyline Systems, a Lagos company, said"})
    void anOrganizationInAnAppositionIsNotTheSpeaker(String subject) {
        Extracted e = Extracted.of(subject + " that the toll would \"cost the port too much.\"");
        assertSpeaker(e, e.claimContaining("cost the port"), "Rosa Delgado");
    }

    @Test
    void anOrganizationAfterAPersonInAnOpeningPhraseStaysTheSpeaker() {
        Extracted e = Extracted.of("After meeting Rosa Delgado, the Harbor Nurses Union, which represents 3,000 nurses, said the toll would "
                + "\"cost the port too much.\"");
        assertEquals("Harbor Nurses Union", e.speakerName(e.claimContaining("cost the port")), e::describe);
    }

    /** A quote its own sentence introduces is one act; the next sentence naming someone is no interruption of it. */
    @Test
    void aSentenceNamingSomeoneAfterAnIntroducedQuoteIsNotPartOfItsUtterance() {
        Extracted e = Extracted.of("Mara Alcott told Gloria Penrose on Monday that \"the canal will open in May.\" "
                + "Penrose asked whether the money was there. \"It is,\" Alcott said.");
        Attribution canal = e.claimContaining("canal will open");
        assertFalse(e.claim(canal).contains("It is"), e::describe);
        assertSpeaker(e, canal, "Mara Alcott");
        assertSpeaker(e, e.claimContaining("It is"), "Mara Alcott");
    }

    @Test
    void aQuoteInterruptedByItsAttributionIsStillOneUtterance() {
        Extracted e = Extracted.of("\"The canal will open in May,\" Mara Alcott said. \"It is paid for.\"");
        Attribution canal = e.claimContaining("canal will open");
        assertTrue(e.claim(canal).contains("paid for"), e::describe);
    }

    /** A name after its clause's verb, before a noun and a colon, is no speaker of what follows. */
    @Test
    void aNameModifyingTheObjectBeforeAColonIsNotTheSpeaker() {
        Extracted e = Extracted.of("Kate Ruiz heckles Alcott supporters: \"You are being silly.\"\n\n"
                + "Comedian Kate Ruiz was booed by Tom Alcott supporters on Monday.");
        assertNotEquals("Tom Alcott", e.speakerName(e.claimContaining("being silly")), e::describe);
    }

    /** A speech verb after "and" shares the subject of the speech verb before it in its sentence. */
    @Test
    void aSpeechVerbCoordinatedWithAnEarlierOneSharesItsSubject() {
        Extracted e = Extracted.of("HARBOR CITY: The joint candidate of the combined opposition for mayor, Kate Ruiz has said that a \"new dawn\" "
                + "has begun with the exit of Tom Alcott as mayor and announced that her council would not pursue the policy of \"revenge\".");
        assertSpeaker(e, e.claimContaining("revenge"), "Kate Ruiz");
    }

    /** The paragraph before the next two tests' quotations: it names the speaker their pronoun picks up. */
    private static final String RUIZ_SPOKE = "An emotional Kate Ruiz spoke about her decision on Monday.\n\n";

    /** A subject after a phrase that opens its sentence with a participle is still the subject of a cue hanging on it. */
    @Test
    void theSubjectAfterAnOpeningParticiplePhraseSpeaksThroughAParticipleCue() {
        Extracted e = Extracted.of(RUIZ_SPOKE + "Surrounded by her Harbor Party colleagues, she made a statement on the steps of the town hall, stating, "
                + "\"We have our limits.\"");
        assertSpeaker(e, e.claimContaining("our limits"), "Kate Ruiz");
    }

    /** A cue further from a quotation than an attribution after a quote stands does not join it to the next quote. */
    @Test
    void aQuoteAndTheNextAreTwoUtterancesWhereTheCueBetweenIsFarFromTheFirst() {
        Extracted e = Extracted.of(RUIZ_SPOKE + "\"Mayors are people.\" Surrounded by her Harbor Party colleagues and a crowd of reporters from every paper of the city, "
                + "she made a statement on the steps of the old town hall, stating, \"We have our limits.\"");
        assertFalse(e.claim(e.claimContaining("our limits")).contains("Mayors"), e::describe);
    }
}
