package org.newskg.derive.units;

import java.util.ArrayList;
import java.util.List;

/**
 * Two versions of one sentence aligned by their content words in order: the longest common subsequence of their
 * keys. Word order is what a bag of shared words lacks: two different sentences of one speaker about one subject
 * share words too, but seldom in the same order for most of their length.
 *
 * @param matched content words aligned
 * @param shorter content words of the shorter version
 * @param pairs for each aligned word, its index in the first and in the second list, in order
 */
record Alignment(int matched, int shorter, int[][] pairs) {

    /** The share of the shorter version that the alignment covers. */
    double coverage() { return shorter == 0 ? 0 : matched / (double) shorter; }

    /** Marks the aligned words: their indices in the first list in {@code inA}, in the second in {@code inB}. */
    void mark(boolean[] inA, boolean[] inB) {
        for (int[] p : pairs) {
            inA[p[0]] = true;
            inB[p[1]] = true;
        }
    }

    /** Aligned words of {@code a} (the first list aligned) that carry content, negators left out. */
    int matchedContent(List<Word> a) {
        int n = 0;
        for (int[] p : pairs) if (a.get(p[0]).content()) n++;
        return n;
    }

    /**
     * Aligns two lists of words (content words and negators) by their keys: the common subsequence that matches the
     * most content words, then the most negators ("no one in sport is truly irreplaceable" aligns "sport",
     * not "no", with "in sport, no one is truly irreplaceable").
     */
    static Alignment of(List<Word> a, List<Word> b) {
        int n = a.size(), m = b.size();
        int[][] best = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            String k = a.get(i).key();
            int w = weight(a.get(i));
            for (int j = m - 1; j >= 0; j--) {
                int skip = Math.max(best[i + 1][j], best[i][j + 1]);
                best[i][j] = k.equals(b.get(j).key()) ? Math.max(skip, best[i + 1][j + 1] + w) : skip;
            }
        }
        List<int[]> pairs = new ArrayList<>();
        int i = 0, j = 0;
        while (i < n && j < m) {
            if (a.get(i).key().equals(b.get(j).key()) && best[i][j] == best[i + 1][j + 1] + weight(a.get(i))) {
                pairs.add(new int[] {i, j});
                i++;
                j++;
            } else if (best[i + 1][j] >= best[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return new Alignment(pairs.size(), Math.min(n, m), pairs.toArray(new int[0][]));
    }

    /** A content word counts twice a negator, so that ties go to the alignment of more content. */
    private static int weight(Word w) { return w.content() ? 2 : 1; }
}
