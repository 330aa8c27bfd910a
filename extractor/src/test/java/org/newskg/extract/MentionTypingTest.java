package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 19, class 2: mentions typed wrong. The plural of a people or a party is no person; a place is no person,
 * not even where the name finder says so in one sentence; a place or party before a role and a name is not part of
 * the name; an office written in capitals (PM, CM) is no organization; a local office is a title (issue 24, item 2).
 * Sentences invented.
 */
class MentionTypingTest {

    private static void assertNoPerson(Extracted e, String name) {
        assertTrue(e.persons().stream().noneMatch(p -> p.name().equals(name)), () -> "no person \"" + name + "\"\n" + e.describe());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Canadians", "Kenyans", "Nigerians"})
    void thePluralOfAPeopleIsNoPerson(String people) {
        Extracted e = Extracted.of(people + " deserve a real choice at the ballot box, Kate Ruiz said on Monday.");
        assertNoPerson(e, people);
    }

    @Test
    void thePluralOfAPartysWordIsNoPerson() {
        Extracted e = Extracted.of("The Liberal leader Tom Alcott quit on Monday. Liberals will choose a new leader in March, Alcott said.");
        assertNoPerson(e, "Liberals");
    }

    @Test
    void aPlaceTheNameFinderCallsAPlaceIsNoPersonElsewhere() {
        Extracted e = Extracted.of("New Zealand's prime minister Mara Okonjo resigned on Thursday. Okonjo said New Zealand needed a fresh start."
                + " Voters in New Zealand will go to the polls in October.");
        assertNoPerson(e, "New Zealand");
        assertNoPerson(e, "Zealand");
    }

    @Test
    void aPlaceBeforeARoleAndANameIsNotTheSpeaker() {
        Extracted e = Extracted.of("\"The canal will be finished by May,\" former Punjab minister Ravi Mehta said.");
        assertEquals("Ravi Mehta", e.speakerName(e.claimContaining("canal")), e::describe);
        assertNoPerson(e, "Punjab");
    }

    @Test
    void aProvinceIsNoPerson() {
        Extracted e = Extracted.of("\"We did not steal the vote,\" the 70-year-old former Chief Minister of Harbor Province said.");
        assertNoPerson(e, "Harbor Province");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PM", "CM"})
    void anOfficeInCapitalsBeforeANameMakesAPersonNotAnOrganization(String office) {
        Extracted e = Extracted.of(office + " Ravi Mehta said the canal would open in May. \"It is on time,\" Mehta told reporters.");
        assertEquals("Ravi Mehta", e.speakerName(e.claimContaining("on time")), e::describe);
        assertTrue(e.live().stream().noneMatch(x -> !x.isPerson() && x.name().contains(office)), e::describe);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Councilwoman", "Councilman", "Alderman", "Assemblywoman", "Supervisor", "Selectman", "Commissioner", "Mayor",
            "Deputy Mayor", "Council Member"})
    void aLocalOfficeBeforeANameIsATitleAndTheSurnameLaterIsTheSamePerson(String office) {
        Extracted e = Extracted.of("\"We will fix the potholes on Elm Street,\" said " + office + " Priya Natarajan. "
                + "Later, Natarajan said the budget was tight.");
        assertEquals("Priya Natarajan", e.speakerName(e.claimContaining("potholes")), e::describe);
        assertTrue(e.live().stream().noneMatch(x -> !x.isPerson() && x.name().contains("Natarajan")), e::describe);
        assertEquals(1, e.persons().stream().filter(p -> p.name().contains("Natarajan")).count(), e::describe);
    }
}
