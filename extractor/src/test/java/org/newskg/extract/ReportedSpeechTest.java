package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reported (indirect) speech: the claim is the reported clause, not quoted, with its cue kept. */
class ReportedSpeechTest {

    /** The one reported attribution of the sentence, checked for everything reported speech always carries. */
    private static Attribution reported(Extracted e, String claim, String speaker, String cueLemma) {
        assertEquals(1, e.reported().size(), () -> "expected one reported claim\n" + e.describe());
        Attribution a = e.reported().get(0);
        assertFalse(a.direct(), e::describe);
        assertEquals(claim, e.claim(a), e::describe);
        assertEquals(speaker, e.speakerName(a), e::describe);
        assertEquals(Mention.Kind.PERSON, e.speaker(a).orElseThrow().kind(), e::describe);
        assertEquals(cueLemma, e.cueLemma(a).orElse("-"), e::describe);
        assertTrue(a.cue().isPresent() && !a.cue().get().text().isBlank(), e::describe);
        return a;
    }

    @Test
    void saidThatClauseIsTheClaimWithoutThatAndWithoutFinalPeriod() {
        Extracted e = Extracted.of("Kate Ruiz said that the harbor would reopen before winter.");
        Attribution a = reported(e, "the harbor would reopen before winter", "Kate Ruiz", "say");
        assertEquals(Sieve.REPORTED_CLAUSE, a.sieve());
    }

    @Test
    void saidClauseWithoutThatIsTheClaim() {
        Extracted e = Extracted.of("Kate Ruiz said the harbor would reopen before winter.");
        reported(e, "the harbor would reopen before winter", "Kate Ruiz", "say");
    }

    @Test
    void toldReportersThatClauseSkipsTheAddressee() {
        Extracted e = Extracted.of("Governor Tom Reyes told reporters that the pension fund was safe.");
        reported(e, "the pension fund was safe", "Tom Reyes", "tell");
    }

    @Test
    void toldReportersOnFridayThatClauseSkipsAddresseeAndTime() {
        Extracted e = Extracted.of("Governor Tom Reyes told reporters on Friday that the pension fund was safe.");
        reported(e, "the pension fund was safe", "Tom Reyes", "tell");
    }

    static Stream<Arguments> otherReportingVerbs() {
        return Stream.of(
                Arguments.of("Sen. Walter Brandt warned that the budget would collapse by spring.",
                        "the budget would collapse by spring", "Walter Brandt", "warn"),
                Arguments.of("Sen. Walter Brandt argued the tax cut would pay for itself.",
                        "the tax cut would pay for itself", "Walter Brandt", "argue"),
                Arguments.of("Mayor Helen Quist insisted the levee had been inspected twice.",
                        "the levee had been inspected twice", "Helen Quist", "insist"),
                Arguments.of("Rep. Daniel Whitcombe denied that he had met the lobbyists.",
                        "he had met the lobbyists", "Daniel Whitcombe", "deny"));
    }

    @ParameterizedTest(name = "{3}: {0}")
    @MethodSource("otherReportingVerbs")
    void warnArgueInsistDenyReportTheirClauseAndKeepTheCueLemma(String sentence, String claim, String speaker, String lemma) {
        reported(Extracted.of(sentence), claim, speaker, lemma);
    }

    @Test
    void accordingToNameThenClauseReportsTheClause() {
        Extracted e = Extracted.of("According to Rep. Daniel Whitcombe, the tunnel project is three years behind schedule.");
        reported(e, "the tunnel project is three years behind schedule", "Daniel Whitcombe", "according to");
    }

    @Test
    void clauseThenAccordingToNameReportsTheClause() {
        Extracted e = Extracted.of("The tunnel project is three years behind schedule, according to Rep. Daniel Whitcombe.");
        reported(e, "The tunnel project is three years behind schedule", "Daniel Whitcombe", "according to");
    }

    @Test
    void clauseThenNameSaidReportsTheClause() {
        Extracted e = Extracted.of("The tunnel project is three years behind schedule, Rep. Daniel Whitcombe said.");
        Attribution a = reported(e, "The tunnel project is three years behind schedule", "Daniel Whitcombe", "say");
        assertEquals(Sieve.REPORTED_TRAILING, a.sieve());
    }

    @Test
    void clauseThenSaidNameReportsTheClause() {
        Extracted e = Extracted.of("The tunnel project is three years behind schedule, said Rep. Daniel Whitcombe.");
        reported(e, "The tunnel project is three years behind schedule", "Daniel Whitcombe", "say");
    }

    @Test
    void saidOnMondayAloneReportsNothing() {
        Extracted e = Extracted.of("Mayor Helen Quist said on Monday.");
        assertTrue(e.attributions().isEmpty(), e::describe);
    }

    @Test
    void reportedClauseResolvesItsPronounSubject() {
        Extracted e = Extracted.of("Mayor Helen Quist visited the levee on Sunday. She said the water had stopped rising.");
        reported(e, "the water had stopped rising", "Helen Quist", "say");
    }

    @Test
    void twoReportedClausesInOneSentenceGoToTheirOwnSpeakers() {
        Extracted e = Extracted.of("Walter Brandt said the harbor would reopen, and Helen Quist said the ferry would not.");
        assertEquals(2, e.reported().size(), e::describe);
        Attribution brandt = e.claimContaining("harbor");
        Attribution quist = e.claimContaining("ferry");
        assertEquals("the harbor would reopen", e.claim(brandt), e::describe);
        assertEquals("Walter Brandt", e.speakerName(brandt), e::describe);
        assertEquals("the ferry would not", e.claim(quist), e::describe);
        assertEquals("Helen Quist", e.speakerName(quist), e::describe);
    }

    @Test
    void clauseThenPronounSaidResolvesThePronoun() {
        Extracted e = Extracted.of("Mayor Helen Quist visited the levee on Sunday. The water had stopped rising, she said.");
        reported(e, "The water had stopped rising", "Helen Quist", "say");
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("organizationClauses")
    void reportedClauseOfAnOrganizationHasAnOrganizationSpeaker(String sentence, String org, String claim) {
        Extracted e = Extracted.of(sentence);
        assertEquals(1, e.reported().size(), e::describe);
        Attribution a = e.reported().get(0);
        assertEquals(claim, e.claim(a), e::describe);
        Entity speaker = e.speaker(a).orElseThrow(() -> new AssertionError("no speaker\n" + e.describe()));
        assertEquals(Mention.Kind.ORGANIZATION, speaker.kind(), e::describe);
        assertTrue(speaker.name().contains(org), e::describe);
        assertTrue(e.persons().isEmpty(), e::describe);
    }

    static Stream<Arguments> organizationClauses() {
        return Stream.of(
                Arguments.of("The Department of Energy said that the plant would remain open through the summer.",
                        "Department of Energy", "the plant would remain open through the summer"),
                Arguments.of("The White House said that it was reviewing the request.",
                        "White House", "it was reviewing the request"));
    }
}
