package org.newskg.extract.attribution;

import java.util.Locale;
import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.CueLexicon;
import org.newskg.extract.Sieve;
import org.newskg.extract.TextSpan;

/**
 * {@code Name said (that) CLAUSE}, {@code Name told reporters (on Friday) that CLAUSE}: a reporting verb with a
 * subject, and the clause after it (after "that", or after the addressee of "told"), to the sentence's end or
 * to where a second speaker takes over.
 */
final class ReportedClause implements ReportedRule {
    /** "that" is looked for within ten tokens after the verb, twenty after a prepositional phrase ("said in her memoir, ..., that"). */
    static final int THAT_WINDOW = 10, THAT_WINDOW_AFTER_PHRASE = 20;
    /** A claim has at least three tokens and eight characters. */
    static final int MIN_TOKENS = 3, MIN_CHARS = 8;

    @Override
    public Optional<Attribution> attribute(CueSite s, SieveContext c) {
        String lemma = s.lemma();
        if (!CueLexicon.takesClause(lemma)) return Optional.empty(); // "according to" is no reporting verb: AccordingToClause
        ArticleView v = c.v;
        int k = s.k(), sLo = s.sLo(), sHi = s.sHi();
        Speaker sp = c.subjects.before(k, sLo);
        if (sp == null) return Optional.empty();
        int cl = k + 1;
        int that = -1;
        // "said in her memoir, "The Tide Turns," that ...": a prepositional phrase may hold commas and a title.
        boolean phrase = k + 1 < sHi && v.tokens.get(k + 1).pos().equals("ADP") && !v.word(k + 1).equalsIgnoreCase("that");
        for (int j = k + 1; j < Math.min(sHi, k + (phrase ? THAT_WINDOW_AFTER_PHRASE : THAT_WINDOW)); j++) {
            String w = v.word(j).toLowerCase(Locale.ROOT);
            if (w.equals("that")) { that = j; break; }
            if (phrase && (w.equals(",") || Punctuation.isQuoteMark(w) || !v.tokens.get(j).isVerb() || v.insideQuoteMarks(v.tokens.get(j).start()))) continue;
            // "said in a written statement that": a participle after a determiner modifies a noun.
            boolean modifier = j > k + 1 && (v.tokens.get(j - 1).pos().equals("DET") || v.tokens.get(j - 1).pos().equals("ADJ"));
            if (v.tokens.get(j).isVerb() && !modifier || w.equals(",") || w.equals("\"")) break;
        }
        if (that >= 0) cl = that + 1;
        else if (lemma.equals("tell") || lemma.equals("assure") || lemma.equals("inform") || lemma.equals("warn") && ReportedSpeechFinder.isObject(v, k + 1)) {
            // "told reporters CLAUSE": skip the addressee.
            cl = k + 1;
            while (cl < sHi && cl < k + 4 && (ReportedSpeechFinder.isObject(v, cl) || v.word(cl).equalsIgnoreCase("the"))) cl++;
        } else if (CueLexicon.weak(lemma)) {
            return Optional.empty();
        }
        while (cl < sHi && (v.word(cl).equals(",") || v.word(cl).equals(":"))) cl++;
        int end = ReportedSpeechFinder.clauseEnd(c, cl, sHi);
        while (end > cl && Punctuation.isTrailing(v.word(end - 1))) end--;
        if (end - cl < MIN_TOKENS) return Optional.empty();
        // A complement that begins with a preposition or a noun phrase without a verb is not a claim ("said on Monday.").
        boolean hasVerb = false;
        for (int j = cl; j < end; j++) if (v.tokens.get(j).isVerb() || v.tokens.get(j).pos().equals("AUX")) { hasVerb = true; break; }
        if (!hasVerb) return Optional.empty();
        if (v.word(cl).equalsIgnoreCase("to") && that < 0 && !lemma.equals("say")) return Optional.empty();
        TextSpan span = new TextSpan(v.tokens.get(cl).start(), v.tokens.get(end - 1).end());
        if (span.length() < MIN_CHARS) return Optional.empty();
        return Optional.of(ReportedSpeechFinder.attribution(c, span, sp, v.cueAt(k, lemma), Sieve.REPORTED_CLAUSE, s));
    }
}
