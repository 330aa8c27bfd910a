package org.newskg.extract.attribution;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Cue;
import org.newskg.extract.Sieve;
import org.newskg.extract.TextSpan;

/**
 * '... says she has “nothing left” and tells her fiancé “let us marry”', 'Ruiz called the plan “a gift” and then
 * added: “We will build it.”': a speech verb joined by "and" to the verb of the quotation before, in the same
 * sentence, has no subject of its own; it shares that verb's, so the speaker of the quotation before goes on. The
 * cue is this quotation's own (a person after it, "tells her fiancé Tom", is its object, not a speaker).
 */
final class ConjoinedCue implements QuoteSieve {
    /** Words that may stand between "and" and the verb: "and then added", "and later told". */
    private static final Set<String> BETWEEN = Set.of("then", "later", "also", "again", "finally", "further", "quickly", "promptly");

    @Override
    public Optional<Attribution> attribute(QuoteGroup g, SieveContext c) {
        ArticleView v = c.v;
        Attribution p = g.previous();
        if (!g.followsSpokenQuote() || !c.isPerson(new Speaker(p.speaker(), null, false))) return Optional.empty();
        int after = v.tokenFrom(p.span().end()), open = v.tokenFrom(g.first().open());
        // The quotation before is in this sentence, and closes before the "and".
        if (after >= open || v.sentenceOf.get(after).intValue() != v.sentenceOf.get(open).intValue()) return Optional.empty();
        int k = after;
        // Its closing mark and a comma: '“nothing left”, and tells'.
        while (k < open && v.word(k).codePoints().noneMatch(Character::isLetterOrDigit)) k++;
        if (k >= open || !v.word(k).equalsIgnoreCase("and")) return Optional.empty();
        k++;
        while (k < open && BETWEEN.contains(v.word(k).toLowerCase(Locale.ROOT))) k++;
        String lemma = k < open ? v.cues.get(k) : null;
        if (lemma == null || lemma.equals("according to")) return Optional.empty();
        // No other cue between it and this quotation: "and said Tom told her “...”" has a speaker of its own.
        if (v.hasCue(v.tokens.get(k).end(), g.first().open(), -1)) return Optional.empty();
        Cue cue = new Cue(new TextSpan(v.tokens.get(k).start(), v.tokens.get(k).end()), v.word(k), lemma);
        return Optional.of(c.previousSpeaker(g, Optional.of(cue), Sieve.CONJOINED_CUE.confidence(), Sieve.CONJOINED_CUE));
    }
}
