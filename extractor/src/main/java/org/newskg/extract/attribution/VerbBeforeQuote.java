package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Mention;
import org.newskg.extract.Sieve;

/**
 * {@code In a televised address, the embattled Ruiz resigned "with immediate effect"}, {@code as Alcott went on about
 * "the rigged system"}: no speech verb, but a verb the quotation follows closely (a particle or a preposition
 * between), whose subject is a person. The clause subject may stand far from the sentence start, where
 * {@link SentenceSubject} does not look.
 */
final class VerbBeforeQuote implements QuoteSieve {
    /** At most this many tokens between the verb and the opening mark ("went on about"): two. */
    static final int MAX_GAP = 2;

    @Override
    public Optional<Attribution> attribute(QuoteGroup g, SieveContext c) {
        ArticleView v = c.v;
        LeadingWindow w = LeadingWindow.of(g.first(), v);
        for (int k = w.hi() - 1; k >= Math.max(w.lo(), w.hi() - 1 - MAX_GAP); k--) {
            var t = v.tokens.get(k);
            if (t.form().equals(",") || t.form().equals(":")) return Optional.empty();
            if (!t.isVerb() || v.cues.containsKey(k)) continue;
            Speaker sp = c.subjects.before(k, w.lo());
            if (sp == null || sp.entity() < 0 || sp.mention() == null) return Optional.empty();
            if (!sp.pronoun() && sp.mention().kind() != Mention.Kind.PERSON) return Optional.empty();
            return Optional.of(c.make(g, sp, null, Sieve.VERB_BEFORE_QUOTE));
        }
        return Optional.empty();
    }
}
