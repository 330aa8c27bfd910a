package org.newskg.derive.units;

import java.util.List;

/**
 * Words that two versions of one sentence must not differ in, however well the rest aligns: a negation ("I will vote
 * for the bill" is not "I will not vote for the bill"), a number ("35 percent" is not "45 percent") and a name
 * ("a betrayal by Voss" is not "a betrayal by Alcott"). Each is looked at around the aligned stretch of both versions,
 * so that words an outlet added before or after the shared sentence ("by the chair and two of the commissioners")
 * do not count against it; a name or number only one version has is an addition, two different ones a conflict.
 */
final class Agreement {
    /** Content words before the first and after the last aligned word where an added name or number still counts. */
    static final int MARGIN = 3;
    /**
     * Words (of any kind) before the first aligned word where a negator still turns the aligned stretch: a negation
     * turns the verb next to it ("will not vote", "no longer have the votes"); one further away belongs to the clause
     * before ("no one is beyond replacing ... our sturdy system").
     */
    static final int NEGATION_MARGIN = 3;

    private Agreement() {}

    /**
     * @param wordsA every compared word of the first version, {@code a} its content words as aligned
     * @param wordsB likewise for the second
     */
    static boolean agree(List<Word> wordsA, List<Word> wordsB, List<Word> a, List<Word> b, Alignment al) {
        boolean[] ma = new boolean[a.size()], mb = new boolean[b.size()];
        al.mark(ma, mb);
        return agree(wordsA, wordsB, a, b, al, ma, mb);
    }

    /**
     * As above, with the words matched elsewhere given ({@code ma}, {@code mb}: a second chain of a
     * {@link Reordering} aligns words the first leaves out, and they are no additions).
     */
    static boolean agree(List<Word> wordsA, List<Word> wordsB, List<Word> a, List<Word> b, Alignment al, boolean[] ma, boolean[] mb) {
        if (al.matched() == 0) return false;
        int fa = al.pairs()[0][0], la = al.pairs()[al.matched() - 1][0], fb = al.pairs()[0][1], lb = al.pairs()[al.matched() - 1][1];
        if (negated(wordsA, a.get(fa), a.get(la)) != negated(wordsB, b.get(fb), b.get(lb))) return false;
        int[] ra = region(a.size(), fa, la, MARGIN), rb = region(b.size(), fb, lb, MARGIN);
        if (has(a, ra, ma, Kind.NUMBER, true) && has(b, rb, mb, Kind.NUMBER, true)) return false;
        return !(has(a, ra, ma, Kind.NAME, true) && has(b, rb, mb, Kind.NAME, true));
    }

    private enum Kind { NUMBER, NAME }


    /** Whether a negator stands among the words from a little before {@code first} to just after {@code last}. */
    private static boolean negated(List<Word> words, Word first, Word last) {
        int from = -1, to = -1;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() == first.start() && from < 0) from = i;
            if (words.get(i).start() == last.start()) to = i;
        }
        if (from < 0 || to < 0) return false;
        for (int i = Math.max(0, from - NEGATION_MARGIN); i <= Math.min(words.size() - 1, to + 1); i++) if (words.get(i).negation()) return true;
        return false;
    }

    private static int[] region(int n, int first, int last, int margin) {
        return new int[] {Math.max(0, first - margin), Math.min(n, last + margin + 1)};
    }

    /** Whether the region holds a word of the kind (only unaligned ones when {@code unmatchedOnly}). */
    private static boolean has(List<Word> words, int[] region, boolean[] matched, Kind kind, boolean unmatchedOnly) {
        for (int i = region[0]; i < region[1]; i++) {
            Word w = words.get(i);
            boolean is = switch (kind) {
                case NUMBER -> w.number();
                case NAME -> w.name();
            };
            if (is && !(unmatchedOnly && matched[i])) return true;
        }
        return false;
    }
}
