package org.newskg.derive.units;

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

    /** Aligned words of {@code a} (the first list aligned) that carry content, negators left out. */
    int matchedContent(List<Word> a) {
        int n = 0;
        for (int[] p : pairs) if (a.get(p[0]).content()) n++;
        return n;
    }

    /** Aligns two lists of words (content words and negators) by their keys. */
    static Alignment of(List<Word> a, List<Word> b) {
        int n = a.size(), m = b.size();
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            String k = a.get(i).key();
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = k.equals(b.get(j).key()) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int[][] pairs = new int[len[0][0]][];
        int i = 0, j = 0, p = 0;
        while (i < n && j < m) {
            if (a.get(i).key().equals(b.get(j).key()) && len[i][j] == len[i + 1][j + 1] + 1) {
                pairs[p++] = new int[] {i, j};
                i++;
                j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return new Alignment(len[0][0], Math.min(n, m), pairs);
    }
}
