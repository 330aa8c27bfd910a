package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Mention;
import org.newskg.extract.Sieve;

/** {@code Biden "kind of misspoke."}: a person's name, opening the clause, right before the quotation mark. */
final class NameBeforeQuote implements QuoteSieve {
    @Override
    public Optional<Attribution> attribute(QuoteGroup g, SieveContext c) {
        ArticleView v = c.v;
        LeadingWindow w = LeadingWindow.of(g.first(), v);
        if (w.hi() <= w.lo()) return Optional.empty();
        Mention m = v.mentionByEnd.get(v.tokens.get(w.hi() - 1).end());
        if (m == null || m.inQuote() || m.kind() != Mention.Kind.PERSON || v.tokenFrom(m.surfaceStart()) != w.lo()) return Optional.empty();
        return Optional.of(c.make(g, c.subjects.speakerOf(m), null, Sieve.NAME_BEFORE_QUOTE));
    }
}
