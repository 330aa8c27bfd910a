package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.Attribution;
import org.newskg.extract.Sieve;

/**
 * A paragraph that reopens a quotation left unclosed in the paragraph before, as news style writes a quotation
 * over several paragraphs: the same speaker (or the same lack of one).
 */
final class OpenQuoteContinuation implements QuoteSieve {
    @Override
    public Optional<Attribution> attribute(QuoteGroup g, SieveContext c) {
        Attribution p = g.previous();
        if (!g.first().continuesFromPrevious() || p == null || !p.direct()) return Optional.empty();
        double conf = p.hasSpeaker() ? Sieve.OPEN_QUOTE_CONTINUATION.confidence() : Sieve.UNRESOLVED.confidence();
        return Optional.of(c.previousSpeaker(g, p.cue(), conf, Sieve.OPEN_QUOTE_CONTINUATION));
    }
}
