package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Quote;
import org.newskg.extract.Sieve;

/**
 * {@code "A," X said. "B."}: a later quotation of the same paragraph goes on with the previous quotation's
 * speaker when no one else is named and no other cue stands between them, or when only the previous
 * quotation's own attribution sentence does.
 */
final class ParagraphContinuation implements QuoteSieve {
    @Override
    public Optional<Attribution> attribute(QuoteGroup g, SieveContext c) {
        ArticleView v = c.v;
        Attribution p = g.previous();
        Quote first = g.first();
        if (p == null || !p.hasSpeaker() || !p.direct() || v.paragraphOf(p.span().start()) != first.paragraph()) return Optional.empty();
        boolean quiet = c.subjects.noPersonBetween(p.span().end(), first.open(), p.speaker())
                && !v.hasCue(p.span().end(), first.open(), Between.cueStart(p));
        if (!quiet && !Between.onlyItsAttribution(v, p, first)) return Optional.empty();
        return Optional.of(c.previousSpeaker(g, p.cue(), Sieve.PARAGRAPH_CONTINUATION.confidence(), Sieve.PARAGRAPH_CONTINUATION));
    }
}
