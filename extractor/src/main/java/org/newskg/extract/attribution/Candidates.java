package org.newskg.extract.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Gender;
import org.newskg.extract.Mention;
import org.newskg.extract.Titles;

/**
 * The candidates for a quotation's speaker: "nobody named" first, then every entity a rule proposes (in rule
 * order), then the persons named outside quotation marks around it that no rule proposed (nearest first), and the
 * previous quotation's speaker.
 */
final class Candidates {
    /** Persons named this many sentences before the quotation's first sentence, or one after its last, are candidates. */
    static final int SENTENCES_BEFORE = 3, SENTENCES_AFTER = 1;
    /** At most this many persons that no rule proposed. */
    static final int MAX_EXTRA = 6;

    private Candidates() {}

    static List<Candidate> of(QuoteGroup g, List<Proposal> proposals, SieveContext c) {
        ArticleView v = c.v;
        Gender said = attributionPronoun(g, v);
        Map<Integer, List<Proposal>> byEntity = new LinkedHashMap<>();
        byEntity.put(-1, new ArrayList<>());
        for (Proposal p : proposals) byEntity.computeIfAbsent(p.entity(), k -> new ArrayList<>()).add(p);
        int firstSentence = v.sentenceAt(g.first().open());
        int lastSentence = v.sentenceAt(Math.max(g.first().open(), g.last().outerEnd() - 1));
        List<Mention> extra = new ArrayList<>();
        for (Mention m : v.mentions) {
            if (m.kind() != Mention.Kind.PERSON || m.entity() < 0 || m.inQuote() || byEntity.containsKey(m.entity())) continue;
            if (m.sentence() < firstSentence - SENTENCES_BEFORE || m.sentence() > lastSentence + SENTENCES_AFTER) continue;
            if (!c.tracker.isLive(m.entity()) || inside(g, m)) continue;
            extra.add(m);
        }
        extra.sort((a, b) -> Integer.compare(distance(g, a), distance(g, b)));
        int added = 0;
        for (Mention m : extra) {
            if (added >= MAX_EXTRA) break;
            if (byEntity.putIfAbsent(m.entity(), new ArrayList<>()) == null) added++;
        }
        if (g.previous() != null && g.previous().hasSpeaker()) byEntity.putIfAbsent(g.previous().speaker(), new ArrayList<>());
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Proposal>> e : byEntity.entrySet()) {
            // '"...," she said.' names a woman, whoever else is near: a person of the other gender is no candidate,
            // unless the pronoun itself was resolved to that person (a slip, see GenderSlip) and the article has quoted
            // that person already: "Ms Ardern said ... “...”|‘...,’ he said." continues her; "Mr Lund spoke first.
            // “...,” she said." is someone else.
            if (e.getKey() >= 0 && !c.tracker.genderOf(e.getKey()).compatible(said)
                    && !(viaPronoun(e.getValue()) && c.quotedSpeakers.contains(e.getKey()))) continue;
            out.add(new Candidate(e.getKey(), e.getValue(), e.getKey() < 0 ? null : nearest(g, e.getKey(), v)));
        }
        return out;
    }

    /**
     * The gender of the pronoun that attributes the quotation, if one does: {@code "...," she said}, {@code "...,"
     * said he}, {@code He said: "..."}; UNKNOWN otherwise.
     */
    static Gender attributionPronoun(QuoteGroup g, ArticleView v) {
        int k = v.tokenFrom(g.last().outerEnd());
        while (k < v.tokens.size() && v.word(k).equals(",")) k++;
        if (k < v.tokens.size() && v.paragraphOf(v.tokens.get(k).start()) == g.last().paragraph()) {
            Optional<Gender> p = Titles.pronoun(v.word(k));
            if (p.isPresent() && isSubjectPronoun(v.word(k)) && k + 1 < v.tokens.size() && v.cues.containsKey(k + 1)) return p.get();
            if (v.cues.containsKey(k) && k + 1 < v.tokens.size() && isSubjectPronoun(v.word(k + 1))) return Titles.pronoun(v.word(k + 1)).get();
        }
        LeadingWindow w = LeadingWindow.of(g.first(), v);
        if (w.hi() - w.lo() >= 2 && isSubjectPronoun(v.word(w.lo()))) {
            for (int j = w.lo() + 1; j < w.hi(); j++) if (v.cues.containsKey(j)) return Titles.pronoun(v.word(w.lo())).get();
        }
        // "..., saying she 'no longer has enough in the tank'": a cue, then the pronoun the quoted words go on from.
        if (w.hi() - w.lo() >= 2 && isSubjectPronoun(v.word(w.hi() - 1)) && v.cues.containsKey(w.hi() - 2))
            return Titles.pronoun(v.word(w.hi() - 1)).get();
        return Gender.UNKNOWN;
    }

    private static boolean viaPronoun(List<Proposal> proposals) {
        for (Proposal p : proposals)
            if (p.attribution().speakerMention().map(m -> m.kind() == Mention.Kind.PRONOUN).orElse(false)) return true;
        return false;
    }

    private static boolean isSubjectPronoun(String w) { return w.equalsIgnoreCase("he") || w.equalsIgnoreCase("she"); }

    /** The entity's name mention outside quotation marks nearest to the quotation, or null. */
    static Mention nearest(QuoteGroup g, int entity, ArticleView v) {
        Mention best = null;
        int bestD = Integer.MAX_VALUE;
        for (Mention m : v.mentions) {
            if (m.entity() != entity || m.inQuote() || inside(g, m)) continue;
            int d = distance(g, m);
            if (d < bestD) { best = m; bestD = d; }
        }
        return best;
    }

    /** Characters between the mention and the quotation (0 between its pieces). */
    static int distance(QuoteGroup g, Mention m) {
        if (m.end() <= g.first().open()) return g.first().open() - m.end();
        if (m.start() >= g.last().outerEnd()) return m.start() - g.last().outerEnd();
        return 0;
    }

    /** Whether a mention sits inside one of the group's quotations. */
    static boolean inside(QuoteGroup g, Mention m) {
        for (var q : g.quotes()) if (m.start() >= q.start() && m.start() < q.end()) return true;
        return false;
    }
}
