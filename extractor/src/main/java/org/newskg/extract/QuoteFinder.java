package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotations, paragraph by paragraph, on the analysis text where every double quotation mark (straight,
 * curly, or the NYT's two apostrophes) is {@code "} and every single one {@code '}. Curly marks in the body say
 * which way they face; for straight ones the neighbouring characters decide. Each kind of quotation is a rule:
 * <ul>
 * <li>double marks, as most outlets quote;</li>
 * <li>a paragraph that opens a quote and never closes it yields a quote to the paragraph's end, and the next
 * paragraph's opening mark continues it, as news style writes multi-paragraph quotations; a next paragraph that
 * only closes (a post quoted over a line break) continues it too;</li>
 * <li>marks set apart by spaces on both sides ({@code " like this "}) pair with each other;</li>
 * <li>single marks, as British and Irish outlets quote ({@code ‘We will not go,’ she said}), outside double-quoted
 * text; inside it they are a quote within the quote, part of the speaker's words. A single-quoted span never
 * crosses a double mark. An apostrophe (a letter on both sides: {@code Them’s}) never opens or closes.</li>
 * </ul>
 */
final class QuoteFinder {
    /** A single-quoted span is looked for closed within this many characters: longer, it is more likely two apostrophes. */
    static final int MAX_SINGLE_QUOTE = 1200;

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
                List<Quote> doubles = new ArrayList<>();
                previousUnclosed = scanParagraph(body, text, p, end, paragraph, previousUnclosed, doubles);
                List<Quote> singles = singles(body, text, p, end, paragraph, doubles, opensWithSingle(body, text, end + 1, n));
                out.addAll(doubles);
                out.addAll(singles);
                out.sort((a, b) -> Integer.compare(a.open(), b.open()));
                paragraph++;
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
        boolean openSpaced = false;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '"') continue;
            char orig = body.charAt(i);
            boolean canOpen = orig == '\u201C' || (orig != '\u201D' && opensHere(text, i, from, to));
            boolean canClose = orig == '\u201D' || (orig != '\u201C' && closesHere(text, i, from, to));
            // " like this ": a writer who sets the opening mark apart with a space sets the closing one apart too.
            boolean spaced = orig == '"' && (i == from || Character.isWhitespace(body.charAt(i - 1)))
                    && i + 1 < to && Character.isWhitespace(body.charAt(i + 1));
            // ... and before a closing one: " like this ". or " like this ", then the sentence goes on.
            boolean spacedClose = orig == '"' && i > from && Character.isWhitespace(body.charAt(i - 1))
                    && (i + 1 >= to || Character.isWhitespace(body.charAt(i + 1)) || ".,;:?!)".indexOf(body.charAt(i + 1)) >= 0);
            if (open < 0 && first && previousUnclosed && canClose && !canOpen) {
                // The quotation of the paragraph before goes on over the line break and closes here.
                addContinued(out, text, from, i, paragraph);
                first = false;
                continue;
            }
            if (open < 0) {
                if (canOpen || !canClose) {
                    open = i;
                    openSpaced = spaced;
                }
            } else if (canClose || !canOpen || spacedClose && openSpaced) {
                add(out, text, open, i, paragraph, first && previousUnclosed && isParagraphStart(text, from, open));
                first = false;
                open = -1;
            } else {
                // An opening mark inside an open quote: the writer dropped a closing mark; restart here.
                open = i;
                openSpaced = spaced;
            }
        }
        if (open >= 0) {
            add(out, text, open, -1, paragraph, first && previousUnclosed && isParagraphStart(text, from, open), to);
            return true;
        }
        return false;
    }

    /**
     * Single-quoted spans of the paragraph that lie outside its double-quoted ones: an opening mark at a word's
     * start (after a boundary, before a letter or digit), the first closing mark after it that ends a word (after a
     * non-space, before a space, punctuation or the paragraph's end).
     */
    private static List<Quote> singles(String body, String text, int from, int to, int paragraph, List<Quote> doubles,
                                       boolean nextOpensWithSingle) {
        List<Quote> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '\'' || inside(doubles, i) || !opensSingle(body, text, i, from, to)) continue;
            int limit = Math.min(to, i + MAX_SINGLE_QUOTE);
            boolean closed = false;
            for (int j = i + 2; j < limit; j++) {
                // A double mark before the closing one: the span would cross a double-quoted quotation, so it is none.
                if (text.charAt(j) == '"') break;
                if (text.charAt(j) != '\'' || !closesSingle(body, text, j, to)) continue;
                int before = out.size();
                add(out, text, i, j, paragraph, false);
                if (out.size() > before) i = j;
                closed = true;
                break;
            }
            if (!closed && isParagraphStart(text, from, i) && opensOverParagraphs(body, text, i, from, to, nextOpensWithSingle)) {
                add(out, text, i, -1, paragraph, false, to);
                break;
            }
        }
        return out;
    }

    /**
     * British style over several paragraphs: "‘We will not go.\n‘Not this year.’" A paragraph that opens with a
     * single mark and never closes it is a quotation to its end when the next paragraph opens with a single mark
     * too (each paragraph of a long quotation reopens it, only the last closes), or when it is the text's last
     * paragraph (a quotation the page cut off). No double mark may sit in it: then the single mark is nested.
     */
    private static boolean opensOverParagraphs(String body, String text, int i, int from, int to, boolean nextOpensWithSingle) {
        if (text.substring(i, to).indexOf('"') >= 0) return false;
        if (nextOpensWithSingle) return true;
        // The last paragraph: only a curly opening mark, which no apostrophe is written with.
        return body.charAt(i) == '\u2018' && text.substring(to).isBlank();
    }

    /** Whether the first non-blank paragraph from {@code from} opens with a single quotation mark before a letter or digit. */
    private static boolean opensWithSingle(String body, String text, int from, int n) {
        int i = from;
        while (i < n && Character.isWhitespace(text.charAt(i))) i++;
        return i + 1 < n && text.charAt(i) == '\'' && body.charAt(i) != '\u2019' && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean opensSingle(String body, String text, int i, int from, int to) {
        char orig = body.charAt(i);
        if (orig == '\u2019') return false;
        if (i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1))) return false;
        return i == from || Character.isWhitespace(text.charAt(i - 1)) || "([{\u2014\u2013-/:\"".indexOf(text.charAt(i - 1)) >= 0;
    }

    private static boolean closesSingle(String body, String text, int j, int to) {
        if (body.charAt(j) == '\u2018') return false;
        char prev = text.charAt(j - 1);
        if (Character.isWhitespace(prev)) return false;
        if (j + 1 >= to) return true;
        char next = text.charAt(j + 1);
        // "Them’s", "don't": a letter after the mark makes it an apostrophe.
        if (Character.isLetterOrDigit(next)) return false;
        // "the Greens’ leader": a plural possessive before a lower-case word is an apostrophe, not a closing mark.
        if (prev == 's' && next == ' ' && j + 2 < to && Character.isLowerCase(text.charAt(j + 2)) && !",.;:?!".contains(String.valueOf(text.charAt(j - 2))))
            return isEndOfClause(text, j);
        return true;
    }

    /** After "...s’ " a lower-case word may still follow a closing mark when the quotation ended a clause ("...the Greens’ and"). */
    private static boolean isEndOfClause(String text, int j) {
        int k = j + 2;
        int e = k;
        while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
        String w = text.substring(k, e);
        return w.equals("and") || w.equals("but") || w.equals("said") || w.equals("says") || w.equals("he") || w.equals("she");
    }

    private static boolean inside(List<Quote> quotes, int i) {
        for (Quote q : quotes) if (i >= q.open() && i < q.outerEnd()) return true;
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

    /** A paragraph that goes on with the quotation left open before it, up to its closing mark at {@code close}. */
    private static void addContinued(List<Quote> out, String text, int from, int close, int paragraph) {
        int s = from;
        int e = close;
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e - s < 2) return;
        out.add(new Quote(from, close, s, e, paragraph, true));
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
