package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Topics of claims from the bundled SKOS scheme, with the words that matched. */
class TopicMatcherTest {
    private static final Set<String> POLITICAL = Set.of("cybersecurity", "election-interference", "trade", "immigration",
            "climate-change");

    private static Optional<TopicMatch> topic(Extracted e, Attribution a, String slug) {
        return e.topicsOf(a).stream().filter(t -> t.topic().equals(Extracted.topicIri(slug))).findFirst();
    }

    @Test
    void claimAboutHackingIsAboutCybersecurityWithItsMatchedWords() {
        Extracted e = Extracted.of("\"Someone hacked the county's payroll servers and stole every password,\" said Mayor Helen Quist.");
        Attribution a = e.only();
        TopicMatch t = topic(e, a, "cybersecurity").orElseThrow(() -> new AssertionError(e.describe()));
        assertFalse(t.matchedWords().isEmpty());
        assertTrue(t.matchedWords().stream().anyMatch(w -> w.startsWith("hack")), () -> t.matchedWords().toString());
        assertTrue(t.matchedWords().stream().anyMatch(w -> w.startsWith("password")), () -> t.matchedWords().toString());
        assertTrue(t.score() > 0 && t.score() <= 1.0, () -> "score " + t.score());
    }

    static Stream<Arguments> claimsAndTheirTopic() {
        return Stream.of(
                Arguments.of("\"Foreign agents tampered with the voter rolls in three counties,\" said Sen. Walter Brandt.",
                        "election-interference"),
                Arguments.of("\"The new tariffs on steel imports will cost our farmers dearly,\" said Sen. Walter Brandt.", "trade"),
                Arguments.of("\"Asylum seekers wait months at the border for a hearing,\" said Sen. Walter Brandt.", "immigration"),
                Arguments.of("\"Climate change is flooding our coast and carbon emissions keep rising,\" said Sen. Walter Brandt.",
                        "climate-change"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("claimsAndTheirTopic")
    void claimGetsTheTopicItsWordsName(String sentence, String slug) {
        Extracted e = Extracted.of(sentence);
        Attribution a = e.only();
        TopicMatch t = topic(e, a, slug).orElseThrow(() -> new AssertionError("no " + slug + "\n" + e.describe()));
        assertFalse(t.matchedWords().isEmpty());
        String claim = e.claim(a).toLowerCase();
        for (String w : t.matchedWords()) {
            String stem = w.replace("*", "").toLowerCase();
            assertTrue(claim.contains(stem), () -> "matched word " + w + " is not in the claim\n" + e.describe());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"Saturday will be sunny and warm, with a light breeze from the west,\" said Nadia Ferrer, the station's forecaster.",
            "\"Expect heavy snow overnight and icy roads by morning,\" said Nadia Ferrer, the station's forecaster.",
            "\"Our goalkeeper played the game of his life tonight,\" said coach Tom Reyes.",
            "\"We scored twice in the second half and deserved the win,\" said coach Tom Reyes.",
            "\"The river could breach the levee by morning if the rain keeps up,\" said Nadia Ferrer, the station's forecaster.",
            "\"The storm will cross the border into Canada by Sunday,\" said Nadia Ferrer, the station's forecaster.",
            "\"Our defense was hacked apart in the first half,\" said coach Tom Reyes.",
            "\"We traded our best pitcher before the deadline, and the trade made us better,\" said coach Tom Reyes."})
    void weatherAndSportsClaimsGetNoneOfThePoliticalTopics(String sentence) {
        Extracted e = Extracted.of(sentence);
        Attribution a = e.only();
        List<String> found = e.topicsOf(a).stream().map(TopicMatch::topic)
                .filter(iri -> POLITICAL.stream().anyMatch(s -> iri.equals(Extracted.topicIri(s)))).toList();
        assertTrue(found.isEmpty(), () -> found + "\n" + e.describe());
    }

    @Test
    void topicsOfTheSchemeUseTheW3idTopicNamespace() {
        for (Schemes.TopicConcept t : Schemes.bundled().topics())
            assertTrue(t.iri().startsWith("https://w3id.org/newskg/topic/"), t.iri());
        for (String slug : POLITICAL)
            assertTrue(Schemes.bundled().topics().stream().anyMatch(t -> t.iri().equals(Extracted.topicIri(slug))), slug);
    }

    /** The character scan of {@code TopicMatcher.words} finds what the pattern it replaced finds, word for word. */
    @ParameterizedTest
    @ValueSource(strings = {"Cyber-security and don’t-stop rock'n'roll; 'quoted' -dash- a--b a-'b x'",
            "Ünïcode Straße ǅemal ⅫIV 3½ x²y  word—word  emoji \uD83D\uDE00 here \uD835\uDC00bold",
            "", "-", "'a", "a'", "a-", "COVID-19's 2016-17 U.S.-led e-mail"})
    void wordScanEqualsThePattern(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+(?:[-'][\\p{L}\\p{N}]+)*")
                .matcher(text.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\''));
        List<String> expected = new java.util.ArrayList<>();
        while (m.find()) expected.add(m.group());
        org.junit.jupiter.api.Assertions.assertEquals(expected, TopicMatcher.words(text));
    }
}
