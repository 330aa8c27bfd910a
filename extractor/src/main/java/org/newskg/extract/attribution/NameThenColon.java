package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Mention;
import org.newskg.extract.Sieve;

/**
 * {@code Rep. Tom Alcott (R-Harbor): "..."}, {@code FERRY VOTE - Kate Ruiz: "..."}: a person's name and a colon,
 * as transcripts and digests introduce a speaker.
 */
final class NameThenColon implements QuoteSieve {
    @Override
    public Optional<Attribution> attribute(QuoteGroup g, SieveContext c) {
        ArticleView v = c.v;
        LeadingWindow w = LeadingWindow.of(g.first(), v);
        int lo = w.lo(), hi = w.hi();
        if (hi - 2 < lo || !v.word(hi - 1).equals(":")) return Optional.empty();
        int b = c.subjects.skipParenthetical(hi - 2, lo);
        Mention m = b >= lo ? v.mentionByEnd.get(v.tokens.get(b).end()) : null;
        if (m == null || m.inQuote() || m.kind() != Mention.Kind.PERSON) return Optional.empty();
        return Optional.of(c.make(g, c.subjects.speakerOf(m), null, Sieve.NAME_THEN_COLON));
    }
}
