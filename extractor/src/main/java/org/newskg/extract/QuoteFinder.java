package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotations, paragraph by paragraph, on the analysis text where every double quotation mark (straight,
 * curly, or the NYT's two apostrophes) is {@code "}. Curly marks in the body say which way they face; for
 * straight ones the neighbouring characters decide. A paragraph that opens a quote and never closes it
 * yields a quote to the paragraph's end, and the next paragraph's opening quote continues it, as news
 * style writes multi-paragraph quotations.
 */
final class QuoteFinder {
    private QuoteFinder() {}

    static List<Quote> find(String body, String text) {
        List<Quote> out = new ArrayList<>();
        int n = text.length();
        int p = 0;
        int paragraph = 0;
        boolean previousUnclosed = false;
        while (p < n) {
            int nl = text.indexOf('\n', p);
            int end = nl < 0 ? n : nl;
            if (!text.substring(p, end).isBlank()) {
                previousUnclosed = scanParagraph(body, text, p, end, paragraph++, previousUnclosed, out);
            }
            p = end + 1;
        }
        return out;
    }

    /** Returns whether the paragraph leaves a quotation open. */
    private static boolean scanParagraph(String body, String text, int from, int to, int paragraph,
                                         boolean previousUnclosed, List<Quote> out) {
        int open = -1;
        boolean first = true;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '"') continue;
            char orig = body.charAt(i);
            boolean canOpen = orig == '\u201C' || (orig != '\u201D' && opensHere(text, i, from, to));
            boolean canClose = orig == '\u201D' || (orig != '\u201C' && closesHere(text, i, from, to));
            if (open < 0) {
                if (canOpen || !canClose) open = i;
            } else if (canClose || !canOpen) {
                add(out, text, open, i, paragraph, first && previousUnclosed && isParagraphStart(text, from, open));
                first = false;
                open = -1;
            } else {
                // An opening mark inside an open quote: the writer dropped a closing mark; restart here.
                open = i;
            }
        }
        if (open >= 0) {
            add(out, text, open, -1, paragraph, first && previousUnclosed && isParagraphStart(text, from, open), to);
            return true;
        }
        return false;
    }

    private static boolean isParagraphStart(String text, int from, int i) {
        return text.substring(from, i).isBlank();
    }

    private static void add(List<Quote> out, String text, int open, int close, int paragraph, boolean continues) {
        add(out, text, open, close, paragraph, continues, close);
    }

    private static void add(List<Quote> out, String text, int open, int close, int paragraph, boolean continues, int limit) {
        int s = open + 1;
        int e = limit;
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e - s < 2) return;
        out.add(new Quote(open, close, s, e, paragraph, continues));
    }

    /** A mark opens when it follows a boundary: paragraph start, a space, or opening punctuation. */
    private static boolean opensHere(String t, int i, int from, int to) {
        if (i == from) return true;
        char prev = t.charAt(i - 1);
        return Character.isWhitespace(prev) || "([{\u2014\u2013-/:".indexOf(prev) >= 0;
    }

    /**
     * A mark closes when it leans on what precedes it (a word or punctuation). The NYT's {@code ''We} becomes
     * {@code " We} in the analysis text: a space on both sides, which reads as an opener, as it should.
     */
    private static boolean closesHere(String t, int i, int from, int to) {
        if (i + 1 >= to) return true;
        char prev = i > from ? t.charAt(i - 1) : ' ';
        // "... it cannot be 'Okay, we move on,' " she said: a space sets the closing mark apart from a nested quote's.
        if (prev == ' ' && i - 2 >= from && (t.charAt(i - 2) == '\'' || t.charAt(i - 2) == '\u2019')
                && (i + 1 >= to || Character.isWhitespace(t.charAt(i + 1)) || ",.;:?!)".indexOf(t.charAt(i + 1)) >= 0)) return true;
        return !Character.isWhitespace(prev) && "([{".indexOf(prev) < 0;
    }
}
