package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Quote;
import org.newskg.extract.Sieve;

/**
 * {@code Mayor Quist agreed. "..."}, {@code She added: "..."}: a quotation opening its sentence right after a
 * sentence of the same paragraph that ends on its speech verb, whose subject is a person.
 */
final class IntroducedBySentence implements QuoteSieve {
    @Override
    public Optional<Attribution> attribute(QuoteGroup g, SieveContext c) {
        ArticleView v = c.v;
        Quote q = g.first();
        int k = v.tokenFrom(q.open()) - 1;
        if (k < 1 || !(Punctuation.isTerminator(v.word(k)) || v.word(k).equals(":"))) return Optional.empty();
        if (v.paragraphStart(v.tokens.get(k).start()) != v.paragraphStart(q.open()) || v.previousQuoteEnd(q.open()) > v.tokens.get(k).start())
            return Optional.empty();
        String lemma = v.cues.get(k - 1);
        if (lemma == null || lemma.equals("according to")) return Optional.empty();
        int lo = Math.max(v.sentenceStartToken(k - 1), v.tokenFrom(v.paragraphStart(q.open())));
        Speaker sp = c.subjects.before(k - 1, lo);
        if (!c.isPerson(sp)) return Optional.empty();
        return Optional.of(c.make(g, sp, v.cueAt(k - 1, lemma), sp.pronoun() ? Sieve.INTRODUCED_BY_SENTENCE_PRONOUN : Sieve.INTRODUCED_BY_SENTENCE));
    }
}
