package org.newskg.extract.attribution;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Quote;

/**
 * The tokens before a quotation that may attribute it: from the start of its sentence (or the end of the
 * quotation before it, if that is later) up to its opening mark, {@code [lo, hi)}.
 */
record LeadingWindow(int lo, int hi) {
    static LeadingWindow of(Quote q, ArticleView v) {
        int sIdx = v.sentenceAt(q.open());
        int from = Math.max(v.sentence(sIdx).start(), v.previousQuoteEnd(q.open()));
        return new LeadingWindow(v.tokenFrom(from), v.tokenFrom(q.open()));
    }
}
