package org.newskg.derive.units;

/**
 * The thresholds of the unit rules, in one place. {@link #DEFAULT} holds the values measured on the cross-outlet
 * development set and the hand-checked PolNeAR pairs (docs/identity.md gives the measurements).
 *
 * @param occasionDays days within which two articles' quotes can report one occasion: a line repeated a week later
 *     is another utterance
 * @param alignedCoverage share of the shorter version's content words that the in-order alignment must cover
 * @param alignedMinWords content words the alignment must match at least
 * @param fragmentCoverage share of a fragment's content words (two at least) that must stand in order in a sentence
 * @param passageCoverage as {@code alignedCoverage}, for two whole quotes aligned as passages
 * @param passageMinWords as {@code alignedMinWords}, for passages
 * @param strongWords a version with fewer content words than this is short: it can join another claim only as a
 *     fragment (when it has one reading), never bridge two statements
 * @param strongTokens a version of fewer words than this is short in the same sense
 * @param containedMinWords content words a short version printed word for word inside a longer one needs (with
 *     {@code strongTokens} words in all) to join it as a statement rather than as a fragment
 * @param maxPostings a word in more sentences of one speaker than this does not propose candidates
 * @param continuedGap code points between two quotes of one speaker in one article within which the second continues
 *     the first
 */
public record UnitRules(int occasionDays, double alignedCoverage, int alignedMinWords, double fragmentCoverage, double passageCoverage, int passageMinWords,
                        int strongWords, int strongTokens, int containedMinWords, int maxPostings, int continuedGap) {

    public static final UnitRules DEFAULT = new UnitRules(3, 0.6, 3, 1.0, 0.6, 5, 4, 5, 3, 2000, 12);
}
