package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Sieve;

/**
 * A quotation standing alone at the start of its paragraph, right after a paragraph (or in the paragraph) whose
 * quotation had a speaker, with no other person named between: that speaker goes on.
 */
final class LoneQuoteAfterSpeaker implements QuoteSieve {
    @Override
    public Optional<Attribution> attribute(QuoteGroup g, SieveContext c) {
        ArticleView v = c.v;
        Attribution p = g.previous();
        if (!g.followsSpokenQuote() || !g.isLone(v)) return Optional.empty();
        if (!c.subjects.noPersonBetween(p.span().end(), g.first().open(), p.speaker())) return Optional.empty();
        if (v.paragraphOf(p.span().start()) < g.first().paragraph() - 1) return Optional.empty();
        return Optional.of(c.previousSpeaker(g, Optional.empty(), Sieve.LONE_QUOTE_AFTER_SPEAKER.confidence(), Sieve.LONE_QUOTE_AFTER_SPEAKER));
    }
}
