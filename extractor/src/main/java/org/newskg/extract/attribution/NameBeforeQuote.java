package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Mention;
import org.newskg.extract.Sieve;

/**
 * {@code Biden "kind of misspoke."}: a person's name, opening the clause, right before the quotation mark; and
 * {@code ... as she "no longer has enough in the tank".}: a pronoun or a role description right before a
 * quotation that opens in lower case, the rest of the clause whose subject it is.
 */
final class NameBeforeQuote implements QuoteSieve {
    @Override
    public Optional<Attribution> attribute(QuoteGroup g, SieveContext c) {
        ArticleView v = c.v;
        LeadingWindow w = LeadingWindow.of(g.first(), v);
        if (w.hi() <= w.lo()) return Optional.empty();
        Mention m = v.mentionByEnd.get(v.tokens.get(w.hi() - 1).end());
        if (m == null || m.inQuote()) return Optional.empty();
        boolean name = m.kind() == Mention.Kind.PERSON && v.tokenFrom(m.surfaceStart()) == w.lo();
        boolean predicate = m.refersBack() && Character.isLowerCase(v.text.charAt(g.first().start()));
        if (!name && !predicate) return Optional.empty();
        Speaker sp = c.subjects.speakerOf(m);
        if (predicate && sp.entity() < 0) return Optional.empty();
        return Optional.of(c.make(g, sp, null, Sieve.NAME_BEFORE_QUOTE));
    }
}
