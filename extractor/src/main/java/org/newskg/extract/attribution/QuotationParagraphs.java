package org.newskg.extract.attribution;

import org.newskg.extract.ArticleView;
import org.newskg.nlp.Token;

/**
 * Which paragraphs are nothing but quotation: '“We lost the vote today.”' on a line of its own. Such a paragraph
 * goes on with the speaker of the paragraphs around it and names nobody new, so a pronoun after a quotation of
 * several paragraphs ('... “Thank you all.” | He then left the stage') reaches back over it to the person named
 * before the quotation, as a reader does.
 */
final class QuotationParagraphs {
    /** At most this many paragraphs of quotation are stepped over: longer, the person before them is too far for "he". */
    static final int MAX_SKIPPED = 4;

    private final boolean[] quotationOnly;

    QuotationParagraphs(ArticleView v) {
        int paragraphs = 0;
        for (int si = 0; si < v.analyzed.sentences().size(); si++) paragraphs = Math.max(paragraphs, v.sentence(si).paragraph() + 1);
        quotationOnly = new boolean[paragraphs];
        boolean[] words = new boolean[paragraphs], outside = new boolean[paragraphs];
        for (int k = 0; k < v.tokens.size(); k++) {
            Token t = v.tokens.get(k);
            if (t.form().codePoints().noneMatch(Character::isLetterOrDigit)) continue;
            int p = v.sentence(v.sentenceOf.get(k)).paragraph();
            words[p] = true;
            if (!v.insideQuoteMarks(t.start())) outside[p] = true;
        }
        for (int p = 0; p < paragraphs; p++) quotationOnly[p] = words[p] && !outside[p];
    }

    /**
     * The earliest paragraph {@code back} paragraphs before {@code paragraph}, not counting paragraphs of quotation
     * alone (at most {@link #MAX_SKIPPED} of them).
     */
    int reach(int paragraph, int back) {
        int lowest = paragraph, counted = 0, skipped = 0;
        while (lowest > 0 && counted < back) {
            lowest--;
            if (lowest < quotationOnly.length && quotationOnly[lowest] && skipped < MAX_SKIPPED) skipped++;
            else counted++;
        }
        return lowest;
    }
}
