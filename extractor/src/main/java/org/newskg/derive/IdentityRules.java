package org.newskg.derive;

/**
 * Every threshold that decides store-wide identity: which surname-only mention is which person, and which claims
 * of one speaker are one utterance. One record, so that the rules can be read, compared and documented in one
 * place ({@code docs/identity.md} shows this table); {@link #CURRENT} is what the derivation uses.
 * <p>
 * Changing a value changes the derived layer: bump {@link DerivedLayer#VERSION} with it (a test holds the two
 * together), so that every store derived by the old rules is rebuilt on its next load.
 * <p>
 * The measurements named below are the ones the values were set or checked on:
 * <ul>
 * <li><b>utterance pairs</b>: the PolNeAR train+dev development set of claim pairs judged by hand
 *     ({@code src/test/resources/org/newskg/derive/polnear-utterance-pairs.tsv}, listed by
 *     {@code tools/utterance_devset.py}; {@code PolnearUtterancePairsTest} keeps the merges judged right and
 *     refuses any pair judged different);</li>
 * <li><b>matcher sentences</b>: the invented wordings of {@code UtteranceMatcherTest} (contractions, hyphenation
 *     breaks, a sentence cut or swapped, partial quotes, slogans, negation);</li>
 * <li><b>derive corpus</b>: one invented story told by five outlets ({@code src/test/resources/org/newskg/derive/corpus},
 *     {@code StoreWideIdentityTest}, {@code PersonResolutionTest}).</li>
 * </ul>
 *
 * @param minShared content words two claims must share before they are compared at all (matcher sentences)
 * @param minSharedSimilar content words two claims, or two sentences, must share to be similar (utterance pairs)
 * @param minJaccard shared content words over all content words of both, above which they are similar
 *     (utterance pairs)
 * @param minContainment shared content words over those of the shorter side, above which they are similar: one
 *     outlet cut the other's quote (utterance pairs)
 * @param minSentenceWords content words a sentence needs to match another claim's sentence alone: a slogan
 *     ("make America great again") recurs in different statements, a sentence of five content words seldom does
 *     (utterance pairs)
 * @param minPartWords content words a partial quote needs to join the statement it is printed inside (utterance
 *     pairs)
 * @param minPartTokens words of any kind a partial quote needs ("I do not know" is inside everything; matcher
 *     sentences)
 * @param maxPostings claims of one speaker a word may be in and still propose candidate pairs: a word that common
 *     says nothing about which claims match (a bound on cost, not a measured rule: no pair of the measurements
 *     above is decided by it)
 * @param matchWindowDays days within which two claims must have been printed to be matched on their words: a
 *     politician repeats a line for months (utterance pairs)
 * @param occasionSpanDays days from an utterance's first article to its last: one occasion is reported within a
 *     week, a line repeated later is another utterance (utterance pairs)
 * @param minUtteranceWords content words the longest claim of a group needs for the group to be an utterance
 *     rather than a catchword or a title ("rigged", "New York values"; utterance pairs)
 * @param sameStoryDays days within which a full-name person printed supports a surname-only mention when no
 *     co-mention decides (derive corpus)
 */
public record IdentityRules(int minShared, int minSharedSimilar, double minJaccard, double minContainment, int minSentenceWords,
        int minPartWords, int minPartTokens, int maxPostings, int matchWindowDays, int occasionSpanDays, int minUtteranceWords,
        int sameStoryDays) {

    /** The rules of {@link DerivedLayer#VERSION}. */
    public static final IdentityRules CURRENT = new IdentityRules(3, 4, 0.6, 0.85, 5, 4, 6, 2000, 3, 6, 4, 3);
}
