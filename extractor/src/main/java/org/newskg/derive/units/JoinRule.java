package org.newskg.derive.units;

/**
 * The rule that joined two claims of one speaker into one utterance, recorded with its score in the derived graph
 * ({@code nkg:rule}) so that a researcher can check every merge.
 */
public enum JoinRule {
    /** One sentence printed word for word by both (case, punctuation, quote marks, contractions aside). Score 1. */
    SAME_WORDS("same-words"),
    /**
     * A partial quote whose words stand, in order, inside a sentence of the other (outlets' ellipses may leave gaps).
     * Score: the part's words over the sentence's.
     */
    CONTAINED("contained"),
    /**
     * Two versions of one sentence worded apart: their content words, aligned in order, cover most of the shorter.
     * Score: the aligned words over the shorter version's content words.
     */
    ALIGNED("aligned"),
    /**
     * Two quotes cut differently from one passage: aligned in order over their whole length, they cover most of the
     * shorter, although no one sentence of it alone does. Score as {@link #ALIGNED}.
     */
    PASSAGE("passage"),
    /**
     * Two versions of one sentence whose clauses stand in another order: the words one in-order alignment leaves out
     * align in order a second time ({@link Reordering}). Also a short partial whose words stand, in two such chains,
     * in two sentences next to each other of the other quote. Score: both chains' words over the shorter version's.
     */
    REORDERED("reordered"),
    /**
     * A short quote one article prints beside a longer quote of the same speaker, all but one of its content words
     * aligned in order with a sentence of it: the article restating its own quote, in a headline or a summary line
     * ("'Voters deserve a real choice': Alcott quits" over "This town deserves a real choice ..."). Score as
     * {@link #ALIGNED}.
     */
    RESTATED("restated"),
    /**
     * A short partial quote ("sheep", "private and public") whose words stand in order in sentences of exactly one
     * utterance of the speaker in the occasion's days, and in no other: it joins that utterance. Score as the rule
     * that found the sentence ({@link #CONTAINED} or {@link #ALIGNED}).
     */
    FRAGMENT("fragment"),
    /**
     * Quotes of the speaker that one article prints one after the other, a paragraph break or an attribution apart:
     * one passage quoted in pieces ('"Mayors are people too," she said. "We get tired."'). Score 1.
     */
    CONTINUED("continued");

    private final String id;

    JoinRule(String id) { this.id = id; }

    /** The rule's name as the derived graph records it. */
    public String id() { return id; }
}
