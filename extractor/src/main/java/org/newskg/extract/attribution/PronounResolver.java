package org.newskg.extract.attribution;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.newskg.extract.ArticleView;
import org.newskg.extract.EntityTracker;
import org.newskg.extract.Mention;
import org.newskg.nlp.Token;

/**
 * "He" and "she" to a person of the article: the most recent person before the pronoun, outside quotations,
 * whose gender does not contradict it, within the three paragraphs before. Resolutions are remembered, and the
 * gender a resolved pronoun shows is noted on the person, so the order of calls matters: one instance per
 * article, asked in reading order. Not thread-safe.
 */
final class PronounResolver {
    /** How many paragraphs back a pronoun may reach for its person. */
    static final int PARAGRAPHS_BACK = 3;

    private final ArticleView v;
    private final EntityTracker tracker;
    /** Pronoun mention start → entity, filled as pronouns are resolved. */
    private final Map<Integer, Integer> resolved = new HashMap<>();

    PronounResolver(ArticleView v, EntityTracker tracker) {
        this.v = v;
        this.tracker = tracker;
    }

    /**
     * The entity a pronoun refers to, or -1. The pronoun's own sentence first, then earlier ones; in each, the
     * leftmost compatible person (usually the subject) is preferred over a later object or modifier: "Pell said
     * ... of Alcott, whom he called" is Pell, and "He said Mr Trump pressed Mr Putin ... he said" refers to the
     * speaker, not to Putin.
     */
    int resolve(Mention p) {
        Integer known = resolved.get(p.start());
        if (known != null) return known;
        int found = -1;
        int para = v.sentence(p.sentence()).paragraph();
        for (int si = p.sentence(); si >= 0 && found < 0; si--) {
            if (v.sentence(si).paragraph() < para - PARAGRAPHS_BACK) break;
            int best = -1, bestRank = -1;
            for (Mention m : v.mentions) {
                if (m.sentence() != si || m.inQuote()) continue;
                if (m.start() >= p.start()) break;
                int e = candidate(m, p);
                if (e < 0) continue;
                int rank = salience(m);
                if (rank > bestRank) { best = e; bestRank = rank; }
            }
            found = best;
        }
        resolved.put(p.start(), found);
        if (found >= 0) tracker.noteGender(found, p.gender());
        return found;
    }

    /**
     * Whether a mention can be what a later pronoun picks up: a name used as a modifier ("Alcott adviser
     * Peter Voss", "the Alcott meeting") ranks below any other person of its sentence. (Ranking the subjects
     * of speech verbs above the rest was tried too: on PolNeAR train it gave more wrong speakers, 453 against 440.)
     */
    private int salience(Mention m) {
        if (inFrontedAdjunct(m)) return 0;
        int after = v.tokenFrom(m.end());
        if (m.kind() == Mention.Kind.PERSON && after < v.tokens.size()) {
            Token next = v.tokens.get(after);
            if (next.pos().equals("NOUN") || next.isProperNoun() && Character.isUpperCase(next.form().charAt(0))
                    || v.mentionBySurfaceStart.containsKey(next.start())) return 0;
        }
        return 1;
    }

    /**
     * "Tweeting after his talks with Prime Minister Varga, Mr Alcott said ...", "In a call with Ruiz, Alcott said":
     * a person named in a phrase that opens the sentence before its comma is not the subject a later "he" picks up.
     */
    private boolean inFrontedAdjunct(Mention m) {
        int lo = v.tokenFrom(v.sentence(m.sentence()).start());
        if (lo >= v.tokens.size()) return false;
        Token open = v.tokens.get(lo);
        String w = open.form().toLowerCase(Locale.ROOT);
        boolean adjunct = open.pos().equals("ADP") || open.pos().equals("SCONJ")
                || open.isVerb() && (w.endsWith("ing") || w.endsWith("ed"));
        if (!adjunct || open.start() >= m.surfaceStart()) return false;
        for (int k = lo; k < v.tokens.size() && v.sentenceOf.get(k) == m.sentence(); k++) {
            if (v.tokens.get(k).start() >= m.surfaceStart()) continue;
            if (v.word(k).equals(",") && !v.insideQuoteMarks(v.tokens.get(k).start())) return false;
        }
        int hi = v.sentenceEndToken(lo);
        for (int k = v.tokenFrom(m.end()); k < hi; k++)
            if (v.word(k).equals(",") && !v.insideQuoteMarks(v.tokens.get(k).start())) return true;
        return false;
    }

    private int candidate(Mention m, Mention pronoun) {
        if (m.kind() == Mention.Kind.PERSON && m.entity() >= 0 && tracker.isLive(m.entity())
                && tracker.genderOf(m.entity()).compatible(pronoun.gender()) && m.gender().compatible(pronoun.gender()))
            return m.entity();
        if (m.kind() == Mention.Kind.PRONOUN && m.gender() == pronoun.gender()) {
            Integer r = resolved.get(m.start());
            if (r == null) r = resolve(m);
            return r;
        }
        return -1;
    }
}
