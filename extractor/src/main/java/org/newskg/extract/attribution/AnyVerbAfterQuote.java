package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Mention;
import org.newskg.extract.Quote;
import org.newskg.extract.Sieve;
import org.newskg.extract.TextSpan;

/**
 * {@code "...," an angry Ostrova retorted.}, {@code "...," he surmised.}: where no lexicon cue follows, a quote
 * that hands over with a comma (or ends on a question or exclamation) to a person and a verb that closes the
 * clause is attributed to that person, whatever the verb; the lexicon cannot list every verb a reporter uses.
 */
final class AnyVerbAfterQuote implements PieceRule {
    /** Articles and adjectives before the name ("an angry Ostrova"): at most three. */
    static final int MAX_MODIFIERS = 3;

    @Override
    public Optional<Attribution> attribute(Quote q, QuoteGroup g, SieveContext c) {
        ArticleView v = c.v;
        if (!q.closed() || CueAfterQuote.firstCue(q, v) >= 0) return Optional.empty();
        int i = v.tokenFrom(q.outerEnd());
        int regionEnd = CueAfterQuote.regionEnd(q, v);
        String content = v.text.substring(q.start(), q.end()).strip();
        if (content.isEmpty() || ",?!\u2014-".indexOf(content.charAt(content.length() - 1)) < 0) return Optional.empty();
        int j = i;
        while (j < v.tokens.size() && j < i + MAX_MODIFIERS && (v.tokens.get(j).pos().equals("DET") || v.tokens.get(j).pos().equals("ADJ"))
                && Character.isLowerCase(v.word(j).charAt(0))) j++;
        if (j >= v.tokens.size() || v.tokens.get(j).start() >= regionEnd) return Optional.empty();
        Mention m = v.mentionBySurfaceStart.get(v.tokens.get(j).start());
        if (m == null || m.inQuote() || m.kind() == Mention.Kind.ORGANIZATION) return Optional.empty();
        int k = v.tokenFrom(m.end());
        while (k < v.tokens.size() && k < v.tokenFrom(m.end()) + 2 && v.tokens.get(k).pos().equals("ADV")) k++;
        if (k + 1 >= v.tokens.size() || !v.tokens.get(k).isVerb() || v.tokens.get(k).start() >= regionEnd) return Optional.empty();
        String after = v.word(k + 1);
        if (!(Punctuation.isTerminator(after) || after.equals(",") || after.equals(":"))) return Optional.empty();
        Speaker sp = c.subjects.speakerOf(m);
        if (!c.isPerson(sp)) return Optional.empty();
        return Optional.of(c.make(g, sp, v.cueAt(k, v.tokens.get(k).lemma()), sp.pronoun() ? Sieve.ANY_VERB_AFTER_QUOTE_PRONOUN : Sieve.ANY_VERB_AFTER_QUOTE,
                new TextSpan(g.sentence().start(), Math.max(g.sentence().end(), v.tokens.get(k).end()))));
    }
}
