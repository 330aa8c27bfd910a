package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.CueLexicon;
import org.newskg.extract.MentionFinder;
import org.newskg.extract.Sieve;
import org.newskg.extract.TextSpan;
import org.newskg.extract.Titles;

/**
 * {@code CLAUSE, Name said.} and {@code CLAUSE, said Name.} at the end of a sentence: the clause before the comma,
 * when nothing but the speaker (and a title, an apposition) follows the verb.
 */
final class TrailingReportedClause implements ReportedRule {
    /** After the verb, at most six tokens: the name, its title, a short apposition. */
    static final int MAX_TAIL = 6;
    static final int MIN_TOKENS = 3;

    @Override
    public Optional<Attribution> attribute(CueSite s, SieveContext c) {
        String lemma = s.lemma();
        if (!CueLexicon.takesClause(lemma)) return Optional.empty(); // "according to" is no reporting verb: AccordingToClause
        ArticleView v = c.v;
        int k = s.k(), sLo = s.sLo(), sHi = s.sHi();
        int tail = sHi;
        while (tail > k + 1 && Punctuation.isTrailing(v.word(tail - 1))) tail--;
        Speaker sp;
        int comma;
        // "..., said David Gilbert, its president and CEO.": the apposition after the name is not the claim's.
        if (tail - k > MAX_TAIL && k > sLo && v.word(k - 1).equals(",")) {
            Speaker after = c.subjects.after(k, v.tokens.get(tail - 1).end() + 1);
            if (after != null && after.mention() != null) {
                int afterName = v.tokenFrom(after.mention().end());
                if (afterName < tail && v.word(afterName).equals(",") || afterName >= tail) {
                    sp = after;
                    comma = k - 1;
                    if (comma - sLo < MIN_TOKENS) return Optional.empty();
                    TextSpan span = new TextSpan(v.tokens.get(sLo).start(), v.tokens.get(comma - 1).end());
                    if (v.inQuote(span.start()) || v.text.charAt(span.start()) == '"') return Optional.empty();
                    return Optional.of(ReportedSpeechFinder.attribution(c, span, sp, v.cueAt(k, lemma), Sieve.REPORTED_TRAILING, s));
                }
            }
        }
        for (int j = k + 1; j < tail; j++) {
            String pos = v.tokens.get(j).pos();
            if (!(pos.equals("ADP") || pos.equals("ADV") || pos.equals("PROPN") || pos.equals("NUM") || pos.equals("PUNCT")
                    || v.mentionBySurfaceStart.containsKey(v.tokens.get(j).start()) || Titles.isTitleWord(v.word(j))
                    || MentionFinder.isNameWord(v.tokens.get(j)) || j > k + 1 && (pos.equals("NOUN") || pos.equals("DET")))) return Optional.empty();
        }
        if (tail - k > MAX_TAIL || k <= sLo) return Optional.empty();
        // subject before the verb, then the comma before the subject
        sp = c.subjects.before(k, sLo);
        if (sp == null || sp.mention() == null && sp.entity() < 0) {
            Speaker after = c.subjects.after(k, v.tokens.get(tail - 1).end() + 1);
            if (after == null) return Optional.empty();
            sp = after;
            comma = k - 1;
        } else {
            int ms = sp.mention() != null ? v.tokenFrom(sp.mention().surfaceStart()) : k - 1;
            comma = ms - 1;
        }
        if (comma <= sLo || !v.word(comma).equals(",")) return Optional.empty();
        int end = comma;
        if (end - sLo < MIN_TOKENS) return Optional.empty();
        TextSpan span = new TextSpan(v.tokens.get(sLo).start(), v.tokens.get(end - 1).end());
        if (v.inQuote(span.start()) || v.text.charAt(span.start()) == '"') return Optional.empty();
        return Optional.of(ReportedSpeechFinder.attribution(c, span, sp, v.cueAt(k, lemma), Sieve.REPORTED_TRAILING, s));
    }
}
