package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reported speech at verbs outside the rules' lexicon, read by the bundled reported-speech model
 * ({@code attribution.ReportedVerbs}): a stance the model learned from PolNeAR train attributes the rest of its
 * clause; an action does not; nothing inside a quotation is read again.
 */
class ReportedVerbsTest {

    private static List<Attribution> learned(Extracted e) {
        return e.reported().stream().filter(a -> a.sieve() == Sieve.REPORTED_LEARNED).toList();
    }

    @Test
    void aStanceVerbNoRuleKnowsAttributesItsClauseWithTheModelsConfidence() {
        Extracted e = Extracted.of("Senator Walter Brandt has railed against the new levy on fishing boats.");
        List<Attribution> l = learned(e);
        assertEquals(1, l.size(), e::describe);
        Attribution a = l.get(0);
        assertEquals("the new levy on fishing boats", e.claim(a), e::describe);
        assertEquals("Walter Brandt", e.speakerName(a), e::describe);
        assertEquals("rail", e.cueLemma(a).orElse("-"), e::describe);
        assertTrue(a.confidence() >= 0.3 && a.confidence() < 1.0, e::describe);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mayor Helen Quist drove to the harbor on Friday morning with her two sons.",
            "Senator Walter Brandt ate lunch with the fishermen at the old pier."})
    void anActionIsNoClaim(String sentence) {
        Extracted e = Extracted.of(sentence);
        assertTrue(e.reported().isEmpty(), e::describe);
    }

    @Test
    void aVerbInsideAQuotationIsLeftToTheQuotationSieves() {
        Extracted e = Extracted.of("\"Senator Walter Brandt has railed against the new levy on fishing boats for years,\" Kate Ruiz said.");
        assertTrue(learned(e).isEmpty(), e::describe);
    }

    @Test
    void aVerbInAQuotationRunningOnWithoutItsClosingMarkIsNotRead() {
        Extracted e = Extracted.of("Kate Ruiz, a harbor pilot, was blunt.\n\n\u201CWe will not pay it. Senator Walter Brandt has railed against the new levy on fishing boats for years.\n\nShe left the hall.");
        assertTrue(learned(e).isEmpty(), e::describe);
    }
}
