package org.newskg.derive.units;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each piece of a claim text stands in its article. An article graph keeps the claim text (the quotation's
 * pieces joined by a space) and the span it was printed in (pieces and the attribution between them,
 * '"The plan stands," she wrote. "Every council ..."'); walking both gives each piece's offset, so that a sentence of
 * the claim can be pointed to in the article and the joins between pieces can be told from spaces inside one.
 */
public final class Pieces {
    /** Code points of the next piece to find again in the span after a join. */
    private static final int PROBE = 12;

    private Pieces() {}

    /**
     * The pieces of a claim text from the spans its article graph gives them ({@code nkg:piece}): the claim text
     * joins the pieces with one space, so each piece starts one code point after the one before it ends.
     *
     * @param claimText the claim's text
     * @param start the attribution's span's code-point offset in the article
     * @param spans each piece's start and end in the article (code points, end exclusive), in order; empty or one
     *     for a quotation in one piece
     * @return the pieces; one piece at {@code start} when the spans do not add up to the text
     */
    public static List<PrintedQuote.Piece> of(String claimText, int start, List<int[]> spans) {
        if (spans.size() < 2) return List.of(new PrintedQuote.Piece(0, start));
        List<PrintedQuote.Piece> out = new ArrayList<>();
        int textStart = 0;
        for (int[] s : spans) {
            out.add(new PrintedQuote.Piece(textStart, s[0]));
            textStart += s[1] - s[0] + 1;
        }
        // A text that the spans do not add up to (another version's claim text) is placed as one piece.
        if (textStart - 1 != claimText.codePointCount(0, claimText.length())) return List.of(new PrintedQuote.Piece(0, start));
        return out;
    }

    /**
     * The pieces of a claim text from the text of its whole span, as article graphs written before quotations in
     * pieces kept their pieces have it (the pieces and the attribution between them).
     *
     * @param claimText the claim's text
     * @param printed the text of its span in the article
     * @param start the span's code-point offset in the article
     * @return the pieces; one piece at {@code start} when the texts do not line up
     */
    public static List<PrintedQuote.Piece> of(String claimText, String printed, int start) {
        int[] ct = claimText.codePoints().toArray(), pt = printed.codePoints().toArray();
        List<PrintedQuote.Piece> out = new ArrayList<>();
        out.add(new PrintedQuote.Piece(0, start));
        int t = 0, p = 0;
        while (t < ct.length) {
            if (p < pt.length && ct[t] == pt[p]) {
                t++;
                p++;
                continue;
            }
            int next = ct[t] == ' ' && t + 1 < ct.length ? find(pt, p, ct, t + 1) : -1;
            if (next < 0) return List.of(new PrintedQuote.Piece(0, start));
            out.add(new PrintedQuote.Piece(t + 1, start + next));
            t++;
            p = next;
        }
        return out;
    }

    private static int find(int[] pt, int from, int[] ct, int at) {
        int len = Math.min(PROBE, ct.length - at);
        outer:
        for (int i = from; i + len <= pt.length; i++) {
            for (int k = 0; k < len; k++) if (pt[i + k] != ct[at + k]) continue outer;
            return i;
        }
        return -1;
    }
}
