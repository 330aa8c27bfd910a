package org.newskg.derive.units;

import java.util.ArrayList;
import java.util.List;

/**
 * Two versions of one sentence whose clauses an outlet printed in another order: "the arrest of elected ministers
 * has become common, although the council seized the courts, the press and the unions" for "while seizing the
 * courts, the press and the unions, the council made the arrest of elected ministers common". One in-order
 * alignment ({@link Alignment}) covers only the longer clause; the words it leaves out align in order a second time,
 * as a second chain. Each chain must hold {@link #CHAIN_WORDS} content words at least, so that a few common words
 * scattered over two sentences do not make a chain; negations, numbers and names must agree within each chain
 * ({@link Agreement}).
 * <p>
 * Rewording tools and translations move clauses, so this is what joins a machine-reworded copy to its wire story.
 * Measured 2026-12-07 on the cross-outlet dev set and the hand-checked PolNeAR pairs (docs/identity.md).
 *
 * @param first the in-order alignment of the two versions
 * @param second the in-order alignment of the words {@code first} left out, empty when nothing is left to align
 * @param restA indices in the first version of the words {@code second} aligns
 * @param restB likewise in the second version
 */
record Reordering(Alignment first, Alignment second, List<Integer> restA, List<Integer> restB) {

    /**
     * Content words each chain must match at least: with 3, two different sentences of one speaker that share two
     * three-word phrases ("the arrest of elected mayors", "the harbor unions will strike") joined.
     */
    static final int CHAIN_WORDS = 4;
    /** Content words a short partial needs to be read over two sentences in two chains. */
    static final int PARTIAL_WORDS = 3;
    /** Content words of a short partial the first chain must match, when the two chains cover all of the partial. */
    static final int PARTIAL_FIRST = 2;
    /** Likewise for the second chain. */
    static final int PARTIAL_SECOND = 1;

    /** Words matched by both chains. */
    int matched() { return first.matched() + second.matched(); }

    /** The share of the shorter version both chains cover. */
    double coverage() { return first.shorter() == 0 ? 0 : matched() / (double) first.shorter(); }

    /** Aligns in order, then aligns the words left out in order again. */
    static Reordering of(List<Word> a, List<Word> b) {
        Alignment first = Alignment.of(a, b);
        boolean[] ma = new boolean[a.size()], mb = new boolean[b.size()];
        first.mark(ma, mb);
        List<Integer> ra = new ArrayList<>(), rb = new ArrayList<>();
        List<Word> wa = new ArrayList<>(), wb = new ArrayList<>();
        leftOut(a, ma, ra, wa);
        leftOut(b, mb, rb, wb);
        return new Reordering(first, Alignment.of(wa, wb), ra, rb);
    }

    /** The words not marked, with their indices, in order. */
    private static void leftOut(List<Word> words, boolean[] matched, List<Integer> indices, List<Word> out) {
        for (int i = 0; i < words.size(); i++) {
            if (matched[i]) continue;
            indices.add(i);
            out.add(words.get(i));
        }
    }

    /** The content words the second chain matches, counted in the first version. */
    int secondContent(List<Word> a) {
        int n = 0;
        for (int[] p : second.pairs()) if (a.get(restA.get(p[0])).content()) n++;
        return n;
    }

    /** The second chain as an alignment of the whole word lists (indices into both versions), for {@link Agreement}. */
    Alignment secondInPlace() {
        int[][] pairs = new int[second.matched()][];
        for (int k = 0; k < pairs.length; k++) pairs[k] = new int[] {restA.get(second.pairs()[k][0]), restB.get(second.pairs()[k][1])};
        return new Alignment(pairs.length, first.shorter(), pairs);
    }

    /**
     * Whether the two versions are one sentence with clauses moved: both chains hold {@link #CHAIN_WORDS} content
     * words, together they cover {@code coverage} of the shorter version, and each agrees in negation, numbers and
     * names.
     */
    boolean joins(List<Word> wordsA, List<Word> wordsB, List<Word> a, List<Word> b, double coverage) {
        return joins(wordsA, wordsB, a, b, coverage, CHAIN_WORDS, CHAIN_WORDS);
    }

    /**
     * As above with each chain's least content words given: a short partial that the two chains must cover whole
     * needs only {@link #PARTIAL_FIRST} and {@link #PARTIAL_SECOND}, because all its words must be found and it has few.
     */
    boolean joins(List<Word> wordsA, List<Word> wordsB, List<Word> a, List<Word> b, double coverage, int firstWords, int secondWords) {
        if (second.matched() == 0 || first.matchedContent(a) < firstWords || secondContent(a) < secondWords || coverage() < coverage) return false;
        boolean[] ma = new boolean[a.size()], mb = new boolean[b.size()];
        Alignment two = secondInPlace();
        first.mark(ma, mb);
        two.mark(ma, mb);
        return Agreement.agree(wordsA, wordsB, a, b, first, ma, mb) && Agreement.agree(wordsA, wordsB, a, b, two, ma, mb);
    }
}
