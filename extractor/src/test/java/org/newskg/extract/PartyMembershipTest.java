package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Party membership only where the text states it about a named person. */
class PartyMembershipTest {

    static Stream<Arguments> statedMemberships() {
        return Stream.of(
                Arguments.of("Republican Sen. Walter Brandt voted against the bill.",
                        "Walter Brandt", Extracted.REPUBLICAN, "Republican Sen. Walter Brandt"),
                Arguments.of("Democratic Rep. Nadia Ferrer introduced the amendment on Tuesday.",
                        "Nadia Ferrer", Extracted.DEMOCRATIC, "Democratic Rep. Nadia Ferrer"),
                Arguments.of("The amendment was written by Rep. Nadia Ferrer, D-Ore., and two aides.",
                        "Nadia Ferrer", Extracted.DEMOCRATIC, "D-Ore"),
                Arguments.of("Walter Brandt, a Colorado Republican, voted against the bill.",
                        "Walter Brandt", Extracted.REPUBLICAN, "a Colorado Republican"),
                Arguments.of("The hearing was led by the top Democrat on the committee, Nadia Ferrer, who asked about the contracts.",
                        "Nadia Ferrer", Extracted.DEMOCRATIC, "the top Democrat on the committee"),
                Arguments.of("Another Senate Republican, Walter Brandt, said he would oppose the bill.",
                        "Walter Brandt", Extracted.REPUBLICAN, "Another Senate Republican"),
                Arguments.of("The award went to former Democratic President Harold Benn in a ceremony in Washington on Friday.",
                        "Harold Benn", Extracted.DEMOCRATIC, "Democratic President Harold Benn"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statedMemberships")
    void statedPartyBecomesMembershipWithItsEvidence(String sentence, String person, String party, String evidence) {
        Extracted e = Extracted.of(sentence);
        e.person(person);
        assertEquals(Set.of(party), e.partiesOf(person), e::describe);
        Membership m = e.x.memberships().stream().filter(x -> x.party().equals(party)).findFirst().orElseThrow();
        String ev = m.evidence().of(e.body);
        assertTrue(ev.contains(evidence), () -> "evidence [" + ev + "]\n" + e.describe());
        assertTrue(ev.contains(person.substring(person.lastIndexOf(' ') + 1)), () -> "evidence names the person: [" + ev + "]");
        assertEquals(1, e.x.memberships().size(), e::describe);
    }

    @Test
    void partyTagWithRepublicanInitialGivesRepublican() {
        Extracted e = Extracted.of("The bill's sponsor, Sen. Walter Brandt, R-Colo., spoke first.");
        assertEquals(Set.of(Extracted.REPUBLICAN), e.partiesOf("Walter Brandt"), e::describe);
    }

    @Test
    void partyCommitteeSpeakingStatesNoMembership() {
        Extracted e = Extracted.of("\"We will win the seat back,\" the Democratic National Committee said.");
        assertTrue(e.x.memberships().isEmpty(), e::describe);
    }

    @Test
    void partyCommitteeChairStatesNoMembershipThroughTheCommitteeName() {
        Extracted e = Extracted.of("Nadia Ferrer, a spokeswoman for the Democratic National Committee, declined to comment.");
        assertTrue(e.x.memberships().isEmpty(), e::describe);
    }

    @Test
    void groupOfPartyMembersStatesNothingAboutTheNamedPerson() {
        Extracted e = Extracted.of("Three Republican senators met with Walter Brandt on Tuesday.");
        assertTrue(e.x.memberships().isEmpty(), e::describe);
    }

    @Test
    void challengerOfTheOtherPartyGivesThatPartyNotToTheIncumbent() {
        Extracted e = Extracted.of("A Democratic challenger to Sen. Walter Brandt filed papers on Monday.");
        e.person("Walter Brandt");
        assertFalse(e.partiesOf("Walter Brandt").contains(Extracted.DEMOCRATIC), e::describe);
        assertTrue(e.x.memberships().isEmpty(), e::describe);
    }

    @Test
    void partyNounAfterTheNameIsStatedMembership() {
        Extracted e = Extracted.of("Sen. Walter Brandt, a Republican, voted against the bill.");
        assertEquals(Set.of(Extracted.REPUBLICAN), e.partiesOf("Walter Brandt"), e::describe);
    }

    @Test
    void formerMemberOfAPartyIsNoLongerAMember() {
        Extracted e = Extracted.of("Walter Brandt, a former Republican who now sits as an independent, voted against the bill.");
        e.person("Walter Brandt");
        assertTrue(e.x.memberships().isEmpty(), e::describe);
    }

    @Test
    void personWithoutPartyWordsGetsNoMembership() {
        Extracted e = Extracted.of("Helen Quist, the county treasurer, released the audit on Monday.");
        e.person("Helen Quist");
        assertTrue(e.x.memberships().isEmpty(), e::describe);
    }

    @Test
    void partyAdjectiveOnAnotherNounStatesNothing() {
        Extracted e = Extracted.of("Helen Quist criticized the Republican budget plan on Monday.");
        assertTrue(e.x.memberships().isEmpty(), e::describe);
    }

    @Test
    void membershipIsStatedOncePerPhraseEvenWhenTheNameRecurs() {
        Extracted e = Extracted.of("Republican Sen. Walter Brandt voted against the bill. Brandt said it cost too much.");
        assertEquals(Set.of(Extracted.REPUBLICAN), e.partiesOf("Walter Brandt"), e::describe);
        assertEquals(1, e.x.memberships().size(), e::describe);
    }
}
