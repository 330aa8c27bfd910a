package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Sieve;
import org.newskg.extract.TextSpan;

/** {@code According to Name, CLAUSE.} and {@code CLAUSE, according to Name.} */
final class AccordingToClause implements ReportedRule {
    /** A claim has at least three tokens. */
    static final int MIN_TOKENS = 3;

    @Override
    public Optional<Attribution> attribute(CueSite s, SieveContext c) {
        if (!s.lemma().equals("according to")) return Optional.empty();
        ArticleView v = c.v;
        int k = s.k(), sLo = s.sLo(), sHi = s.sHi();
        Speaker sp = c.subjects.after(k + 1, Integer.MAX_VALUE);
        if (sp == null) return Optional.empty();
        int afterName = sp.mention() != null ? v.tokenFrom(sp.mention().end()) : k + 3;
        TextSpan span;
        if (k == sLo || k == sLo + 1 && Punctuation.isTrailing(v.word(sLo))) {
            int cl = afterName;
            while (cl < sHi && v.word(cl).equals(",")) cl++;
            int end = sHi;
            while (end > cl && Punctuation.isTrailing(v.word(end - 1))) end--;
            if (end - cl < MIN_TOKENS) return Optional.empty();
            span = new TextSpan(v.tokens.get(cl).start(), v.tokens.get(end - 1).end());
        } else {
            int end = k;
            while (end > sLo && v.word(end - 1).equals(",")) end--;
            if (end - sLo < MIN_TOKENS) return Optional.empty();
            span = new TextSpan(v.tokens.get(sLo).start(), v.tokens.get(end - 1).end());
        }
        return Optional.of(ReportedSpeechFinder.attribution(c, span, sp, v.cueAt(k, "according to"), Sieve.ACCORDING_TO_CLAUSE, s));
    }
}
