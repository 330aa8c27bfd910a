package org.newskg.extract.attribution;

import java.util.Locale;
import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Sieve;

/**
 * {@code Name said: "..."}, {@code Name told reporters "..."}, {@code according to Name, "..."}: the nearest
 * cue before the quotation in its sentence whose subject the text gives (before the verb, or inverted after
 * it; "told" takes no inverted subject, what follows it is the addressee).
 */
final class LeadingCue implements QuoteSieve {
    @Override
    public Optional<Attribution> attribute(QuoteGroup g, SieveContext c) {
        ArticleView v = c.v;
        LeadingWindow w = LeadingWindow.of(g.first(), v);
        for (int k = w.hi() - 1; k >= w.lo(); k--) {
            String lemma = v.cues.get(k);
            if (lemma == null) continue;
            // "the figures announced by Chebukati were "null and void"": a participle after a noun, with its agent,
            // describes the noun; the quotation belongs to the verb of the clause.
            if (k > w.lo() && k + 1 < w.hi() && v.word(k + 1).equals("by") && v.tokens.get(k - 1).pos().equals("NOUN")) continue;
            if (lemma.equals("according to")) {
                Speaker sp = c.subjects.after(k + 1, g.first().open());
                if (sp != null) return Optional.of(c.make(g, sp, v.cueAt(k, lemma), Sieve.ACCORDING_TO_BEFORE_QUOTE));
                continue;
            }
            // "Bush attacked Trump, calling him a "loser"": a participle after a comma takes the main clause's subject,
            // not the nearest name before it, which is usually the first verb's object.
            boolean participle = v.word(k).toLowerCase(Locale.ROOT).endsWith("ing") && k > 0
                    && (v.word(k - 1).equals(",") || k > 1 && v.word(k - 2).equals(",") && Punctuation.isQuoteMark(v.word(k - 1)));
            Speaker sp = participle ? c.subjects.mainClauseSubject(k) : null;
            if (sp == null) sp = c.subjects.before(k, w.lo());
            if (sp == null && !lemma.equals("tell") && InvertedSubject.beforeQuote(k, w.lo(), v)) sp = c.subjects.after(k, g.first().open());
            if (sp == null) continue;
            if (InterveningSubject.between(k, g, sp, c)) continue;
            return Optional.of(c.make(g, sp, v.cueAt(k, lemma), sp.pronoun() ? Sieve.CUE_BEFORE_QUOTE_PRONOUN : Sieve.CUE_BEFORE_QUOTE));
        }
        return Optional.empty();
    }
}
