package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Sieve;

/** {@code "...," according to Name.}: "according to" after the quotation, in the same sentence. */
final class AccordingToAfterQuote implements QuoteSieve {
    @Override
    public Optional<Attribution> attribute(QuoteGroup g, SieveContext c) {
        ArticleView v = c.v;
        int after = v.tokenFrom(g.first().outerEnd());
        int sEnd = v.sentenceEndToken(Math.min(after, v.tokens.size() - 1));
        for (int k = after; k < sEnd; k++) {
            if ("according to".equals(v.cues.get(k))) {
                Speaker sp = c.subjects.after(k + 1, v.tokens.get(sEnd - 1).end());
                if (sp != null) return Optional.of(c.make(g, sp, v.cueAt(k, "according to"), Sieve.ACCORDING_TO_AFTER_QUOTE));
            }
        }
        return Optional.empty();
    }
}
