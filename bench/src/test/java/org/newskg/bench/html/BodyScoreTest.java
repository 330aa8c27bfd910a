package org.newskg.bench.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The scorers against hand-computed figures, so that the benchmark's numbers mean what the README says. */
class BodyScoreTest {
    private static final String REFERENCE = "The harbor board voted to rebuild Pier 4 on Monday night.";

    @Test
    void identicalTextScoresOneWhateverItsLayout() {
        BodyScore.Shingles s = new BodyScore.Shingles();
        s.add(REFERENCE, "The harbor board voted\n\nto rebuild Pier 4 on Monday night!");
        assertEquals(new BodyScore.Prf(1, 1, 1), s.result());
    }

    @Test
    void extraTextCostsPrecisionAndAMissedPageCostsRecallOnly() {
        BodyScore.Shingles s = new BodyScore.Shingles();
        // 8 shingles in the reference, the same 8 plus 9 inside the appended sentence and 3 across the seam.
        double[] x = s.add(REFERENCE, REFERENCE + " Sign up for the morning briefing in your inbox every weekday now.");
        assertEquals(8 / 20.0, x[0], 1e-9);
        assertEquals(12 / 20.0, x[1], 1e-9);
        assertEquals(0, x[2], 1e-9);
        s.add(REFERENCE, "");
        BodyScore.Prf prf = s.result();
        // Precision averages over the one page that extracted something; recall over both pages.
        assertEquals(8 / 20.0, prf.precision(), 1e-9);
        assertEquals(0.5, prf.recall(), 1e-9);
    }

    @Test
    void snippetsCountMustHavesFoundAndMustNotsFound() {
        BodyScore.Snippets s = new BodyScore.Snippets();
        s.add("The board voted.\n\nWork starts in   September.", List.of("Work starts in September", "the mayor"), List.of("Sign up", "board voted"));
        BodyScore.Prf prf = s.result();
        assertEquals(0.5, prf.precision(), 1e-9);
        assertEquals(0.5, prf.recall(), 1e-9);
        assertEquals(0.5, s.accuracy(), 1e-9);
    }
}
