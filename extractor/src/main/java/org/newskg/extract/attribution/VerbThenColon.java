package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Cue;
import org.newskg.extract.Mention;
import org.newskg.extract.Sieve;
import org.newskg.extract.TextSpan;

/**
 * {@code Mr Alcott shot back: "..."}, {@code Ruiz fired back, "..."}: a person and a verb with its particle,
 * whatever the verb, introduce the quotation with a colon or a comma. The lexicon cannot list every verb a
 * reporter uses for speech.
 */
final class VerbThenColon implements QuoteSieve {
    @Override
    public Optional<Attribution> attribute(QuoteGroup g, SieveContext c) {
        ArticleView v = c.v;
        LeadingWindow w = LeadingWindow.of(g.first(), v);
        int lo = w.lo(), hi = w.hi();
        if (hi - 2 < lo || !(v.word(hi - 1).equals(":") || v.word(hi - 1).equals(","))) return Optional.empty();
        int j = hi - 2;
        String pos = v.tokens.get(j).pos();
        if (j > lo && (pos.equals("ADP") || pos.equals("PART") || pos.equals("ADV")) && Character.isLowerCase(v.word(j).charAt(0))) j--;
        // The tagger can take a verb after a name for a noun ("Alcott shot/NOUN back:"); a lowercase word there is the verb.
        String jp = v.tokens.get(j).pos();
        boolean verb = v.tokens.get(j).isVerb() || (jp.equals("NOUN") || jp.equals("ADJ")) && Character.isLowerCase(v.word(j).charAt(0));
        if (j <= lo || !verb || v.word(j).endsWith("ing")) return Optional.empty();
        int b = j - 1;
        while (b > lo && v.tokens.get(b).pos().equals("ADV")) b--;
        Mention m = v.mentionByEnd.get(v.tokens.get(b).end());
        if (m == null || m.inQuote() || !(m.kind() == Mention.Kind.PERSON || m.refersBack())) return Optional.empty();
        // "Kate Ruiz heckles Alcott supporters: '...'": a name after its clause's verb or subject is an object or a
        // modifier, and the noun after it no verb of speech (the tagger often reads a headline's verb as a noun).
        for (int k = v.tokenFrom(m.surfaceStart()) - 1; k >= lo && !v.word(k).equals(","); k--) {
            Mention before = v.mentionByEnd.get(v.tokens.get(k).end());
            boolean subject = before != null && !before.inQuote() && before.kind() == Mention.Kind.PERSON && !v.word(k + 1).equalsIgnoreCase("and");
            if (v.tokens.get(k).isVerb() || subject) return Optional.empty();
        }
        Speaker sp = c.subjects.speakerOf(m);
        if (sp.entity() < 0) return Optional.empty();
        Cue cue = new Cue(new TextSpan(v.tokens.get(j).start(), v.tokens.get(hi - 2).end()),
                v.body.substring(v.tokens.get(j).start(), v.tokens.get(hi - 2).end()), v.tokens.get(j).lemma());
        return Optional.of(c.make(g, sp, cue, sp.pronoun() ? Sieve.VERB_THEN_COLON_PRONOUN : Sieve.VERB_THEN_COLON));
    }
}
