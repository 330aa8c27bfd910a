package org.newskg.derive.units;

import java.util.List;

/**
 * An article restating its own quote: a headline, a standfirst or a summary line quotes a short sentence of the
 * speaker that the body quotes in full, with one word of its own ("'Voters deserve a real choice': Alcott quits"
 * above "This town deserves a real choice in the next election"). Two articles' short sentences that share all but
 * one word are often two different lines; one article printing both, for one speaker, is the evidence that they
 * are one: an article does not quote two different lines that differ in one word. Negations, numbers and names must
 * agree ({@link Agreement}), and the alignment must match {@code alignedMinWords} content words.
 * <p>
 * Measured 2026-12-07 on the cross-outlet dev set (a headline reworded, "Canadians" for "This country", joins its
 * sentence in the article body) and on the hand-checked PolNeAR pairs (docs/identity.md): no wrong join.
 */
final class Restatement {
    /** Share of the shorter version's words the in-order alignment covers: all but one of four. */
    static final double COVERAGE = 0.75;

    private Restatement() {}

    /** Whether the shorter version has exactly one content word the alignment leaves out. */
    static boolean replacesOne(List<Word> a, List<Word> b, Alignment al) {
        boolean aShorter = a.size() <= b.size();
        List<Word> shorter = aShorter ? a : b;
        boolean[] matched = new boolean[shorter.size()];
        for (int[] p : al.pairs()) matched[aShorter ? p[0] : p[1]] = true;
        int left = 0;
        for (int i = 0; i < shorter.size(); i++) if (!matched[i] && shorter.get(i).content()) left++;
        return left == 1;
    }
}
