package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 19, class 1: who speaks, as news of any country writes it once a person is named: a role description of
 * another system's office ("the Taoiseach said", "the Chief Minister said", "the premier told reporters"), an age
 * or family description ("the 42-year-old continued"), the answer in an exchange, the speaker who goes on after a
 * new name. Sentences invented; {@code |} stands for a paragraph break.
 */
class WorldSpeakersTest {

    private static Extracted of(String text) { return Extracted.of(text.replace("|", "\n\n")); }

    private static void assertSpeaker(Extracted e, String claim, String name) {
        Attribution a = e.claimContaining(claim);
        assertEquals(name, e.speakerName(a), () -> "speaker of [" + e.claim(a) + "]\n" + e.describe());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Taoiseach Aoife Brennan met union leaders on Monday.|\"We will not raise the levy this year,\" the Taoiseach said.; raise the levy; Aoife Brennan",
            "Tanaiste Ciaran Doyle spoke after the vote.|The Tanaiste added: \"The coalition is stable and will stay so.\"; coalition is stable; Ciaran Doyle",
            "Chief Minister Ravi Mehta opened the new bridge.|\"The bridge will carry ten thousand cars a day,\" the Chief Minister said.; ten thousand cars; Ravi Mehta",
            "Premier Kate Ruiz met farmers in the north.|\"The drought relief will be paid in March,\" the premier told reporters.; drought relief; Kate Ruiz",
            "Harbor MP Tom Alcott voted against the bill.|\"This bill is a tax on every fisherman,\" the Harbor MP said.; tax on every fisherman; Tom Alcott",
            // The press of many countries calls a prime minister "the premier"; where a premier is titled too, that is the premier.
            "A day after leaving office, former prime minister Tom Alcott told his followers to gather.|Taking to social media, the former premier wrote: \"The struggle for our harbor begins again today.\"; struggle for our harbor; Tom Alcott",
            "Prime Minister Tom Alcott met Premier Kate Ruiz in the capital on Monday.|\"The drought relief will be paid in March,\" the premier told reporters.; drought relief; Kate Ruiz",
    })
    void aRoleDescriptionOfAnyOfficeIsThePersonTheArticleTitlesSo(String text, String claim, String name) {
        assertSpeaker(of(text), claim, name);
    }

    @Test
    void aPronounBetweenACueAndAPartialQuoteNamesTheSpeakersGender() {
        Extracted e = of("Harbor City mayor resigns in a tearful press conference, saying she \u2018no longer has the energy to do the job.\u2019|"
                + "Mara Okonjo has resigned as mayor of Harbor City after six years.|"
                + "Tom Alcott, her deputy, will act as mayor until the election.");
        assertSpeaker(e, "no longer has the energy", "Mara Okonjo");
    }

    /** A description that names the body or seat of its office ("the Wayanad MP", not "the senator") is read as a pronoun is. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Mara Okonjo has resigned as prime minister.|In a tearful press conference, the Harbor Party leader said that \"it is time\" for her to go.; it is time; Mara Okonjo",
            "Reacting to the arrest of Chief Minister Tom Alcott, former party president Ravi Mehta Thursday slammed the police.|"
                    + "\"A scared ruler wants a dead harbor,\" the Wayanad MP said in a post.; scared ruler; Ravi Mehta",
    })
    void aDescriptionNamingItsBodyIsThePersonTheSentencesBeforeAreAbout(String text, String claim, String name) {
        assertSpeaker(of(text), claim, name);
    }

    @Test
    void anOfficeWithOneHolderThatNobodyIsTitledWithIsTheStorysProtagonist() {
        Extracted e = of("Tom Alcott has resigned as party leader after a revolt by his ministers.|"
                + "He will stay on as prime minister until the party picks his successor, Kate Ruiz said.|"
                + "The prime minister said he had \"appointed a cabinet to serve\" until a new leader was in place.");
        assertSpeaker(e, "appointed a cabinet", "Tom Alcott");
    }

    @Test
    void anAgeDescriptionIsTheArticlesProtagonist() {
        Extracted e = of("Prime Minister Mara Okonjo resigned on Thursday after a meeting with Tom Alcott in the capital.|"
                + "\"I no longer have enough in the tank,\" the 48-year-old said.");
        assertSpeaker(e, "enough in the tank", "Mara Okonjo");
    }

    @Test
    void inAnExchangeTheAnswerIsTheReplyingPersons() {
        Extracted e = of("Prime Minister Mara Okonjo faced questions in parliament on Tuesday.|"
                + "The opposition leader, Tom Alcott, asked whether the harbor plan was costed.|"
                + "The prime minister replied: \"Every cent of it is in the budget.\"");
        assertSpeaker(e, "Every cent", "Mara Okonjo");
    }

    @Test
    void aSpeakerGoesOnAfterAParagraphThatNamesSomeoneElseWhenThePronounSaysSo() {
        Extracted e = of("\"The ferry must run every day,\" said Kate Ruiz, a harbor pilot.|"
                + "Tom Alcott, the harbor master, was not at the meeting on Monday.|"
                + "\"Nobody asked the pilots,\" she added.");
        assertSpeaker(e, "Nobody asked the pilots", "Kate Ruiz");
    }

    @Test
    void aPronounOfTheOtherGenderNeverNamesAPersonNearTheQuote() {
        Extracted e = of("Mr Lund spoke first at the hearing. \"The vote was rigged from the start,\" she said.");
        assertFalse(e.claimContaining("rigged").hasSpeaker(), e::describe);
    }

    @Test
    void aKinshipNounGivesTheGenderThatAPronounThenSkips() {
        Extracted e = of("Joined by his wife, Carrie, and a few supporters, Tom Alcott spoke outside the town hall. "
                + "\"I regret that I could not persuade them,\" he said.");
        assertSpeaker(e, "could not persuade", "Tom Alcott");
    }

    @Test
    void aGivenNameAloneIsThePersonTheArticleNamesInFull() {
        Extracted e = of("Opposition leader Ravi Mehta won the vote late on Sunday.|\"We will not seek revenge,\" Ravi said.");
        assertSpeaker(e, "seek revenge", "Ravi Mehta");
        assertEquals(1, e.persons().size(), e::describe);
    }

    @Test
    void aNameInCapitalsThatTheModelCallsAnOrganizationIsStillThePerson() {
        Extracted e = of("MARA Okonjo has resigned as prime minister.|Okonjo spoke for ten minutes.|She said: \"It is time for someone new.\"");
        assertSpeaker(e, "someone new", "MARA Okonjo");
        assertTrue(e.live().stream().noneMatch(x -> !x.isPerson() && x.name().contains("Okonjo")), e::describe);
    }
}
