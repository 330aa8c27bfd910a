package org.newskg.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The in-process scorer counts as score_attribution.py --restrict-person does, on fixed items. */
class AttributionScoreTest {
    private static PolnearGold.Item gold(int s, int e, String speaker, String kind, boolean direct) {
        return new PolnearGold.Item(List.of(new int[] {s, e}), speaker, kind, direct);
    }

    @Test
    void aRightAWrongAndASpuriousQuoteGivePrecisionOneThird() {
        AttributionScore s = new AttributionScore();
        s.add(List.of(new AttributionScore.SystemItem(0, 20, "Sen. Kate Ruiz", true),
                        new AttributionScore.SystemItem(30, 50, "Tom Alcott", true),
                        new AttributionScore.SystemItem(60, 70, "Tom Alcott", true)),
                List.of(gold(0, 20, "Ruiz", "person", true), gold(31, 50, "Helen Quist", "person", true), gold(80, 90, "Voss", "person", true)));
        assertEquals(1 / 3.0, s.precision(), 1e-9);
        assertEquals(1 / 3.0, s.recall(), 1e-9);
    }

    @Test
    void quotesOfOrganizationsAndUnresolvedSpeakersAreSetAside() {
        AttributionScore s = new AttributionScore();
        s.add(List.of(new AttributionScore.SystemItem(0, 20, "Harbor Trust", true), new AttributionScore.SystemItem(30, 50, "Tom Alcott", true)),
                List.of(gold(0, 20, "Harbor Trust", "org", true), gold(30, 50, "", "unresolved", true)));
        assertEquals(0, s.precision(), 1e-9);
        assertEquals(0, s.recall(), 1e-9);
        assertTrue(s.toString().contains("0 right of 0"), s::toString);
    }

    @Test
    void namesAgreeBySurnameWithoutTitlesAsTheScorerDecides() {
        assertTrue(SpeakerNames.agree("Sen. Lindsey Graham", "Graham"));
        assertTrue(SpeakerNames.agree("Donald Trump Jr.", "Mr. Trump"));
        assertTrue(SpeakerNames.agree("Trump's", "Donald Trump"));
        assertFalse(SpeakerNames.agree("Hillary Clinton", "Tim Kaine"));
        assertFalse(SpeakerNames.agree("", "Tim Kaine"));
    }

    @Test
    void aQuotationIsLabelledWithTheCandidateWhoseNameAgreesOrWithNobody() {
        SpeakerCandidates set = new SpeakerCandidates("a", 10, 40, List.of(
                new SpeakerCandidates.Row("", null, List.of("none")),
                new SpeakerCandidates.Row("Tom Alcott", org.newskg.extract.Mention.Kind.PERSON, List.of("named")),
                new SpeakerCandidates.Row("Kate Ruiz", org.newskg.extract.Mention.Kind.PERSON, List.of("named"))), 1);
        assertEquals(2, SpeakerTraining.label(set, List.of(gold(10, 40, "Ruiz", "person", true))));
        assertEquals(0, SpeakerTraining.label(set, List.of(gold(10, 40, "Helen Quist", "person", true))), "no candidate agrees: nobody");
        assertEquals(0, SpeakerTraining.label(set, List.of(gold(100, 140, "Ruiz", "person", true))), "no gold quotation here: nobody");
        assertEquals(-1, SpeakerTraining.label(set, List.of(gold(10, 40, "", "unresolved", true))), "the gold does not say");
    }
}
