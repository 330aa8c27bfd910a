package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.CueLexicon;
import org.newskg.extract.Sieve;
import org.newskg.extract.TextSpan;

/**
 * {@code Sanders defended his call to raise the minimum wage}, {@code Mrs. Clinton accused him of sexism}: a
 * named subject, a stance verb, and the rest of its phrase as the claim. The subject must be a person, a pronoun
 * or an organization the text names; "the bill was criticized" has none and gives nothing.
 */
final class ReportedObject implements ReportedRule {
    @Override
    public Optional<Attribution> attribute(CueSite s, SieveContext c) {
        String lemma = s.lemma();
        if (!CueLexicon.takesObject(lemma)) return Optional.empty();
        ArticleView v = c.v;
        int k = s.k(), sLo = s.sLo(), sHi = s.sHi();
        Speaker sp = c.subjects.before(k, sLo);
        if (sp == null || sp.mention() == null) return Optional.empty();
        int cl = k + 1;
        String particle = CueLexicon.particle(lemma);
        if (particle != null) {
            if (cl >= sHi || !v.word(cl).equalsIgnoreCase(particle)) {
                if (!CueLexicon.isStanceVerb(lemma)) return Optional.empty();
            } else {
                cl++;
            }
        }
        if (cl < sHi && v.word(cl).equalsIgnoreCase("that")) return Optional.empty();
        int end = ReportedSpeechFinder.clauseEnd(c, cl, sHi);
        while (end > cl && Punctuation.isTrailing(v.word(end - 1))) end--;
        if (end <= cl || v.word(cl).equals(",") || v.word(cl).equals(".") || v.insideQuoteMarks(v.tokens.get(cl).start())) return Optional.empty();
        TextSpan span = new TextSpan(v.tokens.get(cl).start(), v.tokens.get(end - 1).end());
        return Optional.of(ReportedSpeechFinder.attribution(c, span, sp, v.cueAt(k, lemma), Sieve.REPORTED_OBJECT, s));
    }
}
