package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newskg.ingest.ArticleMetadata;

/**
 * What the membership rules read in one article: the view, its party words outside quotations (indexed by first
 * and end token), the country that decides shared party words, and the named persons outside quotations (indexed
 * by first and end token). Built once per article and only read by the rules.
 */
final class PartyReading {
    final ArticleView v;
    final PartyContext ctx;
    final Map<Integer, PartyLexicon.Match> byEnd = new HashMap<>();
    final Map<Integer, PartyLexicon.Match> byStart = new HashMap<>();
    final List<PartyLexicon.Match> all = new ArrayList<>();
    final List<Mention> persons = new ArrayList<>();
    final Map<Integer, Mention> personByStartToken = new HashMap<>();
    final Map<Integer, Mention> personByEndToken = new HashMap<>();

    PartyReading(PartyLexicon lexicon, ArticleView v, List<Mention> mentions) {
        this.v = v;
        for (int i = 0; i < v.tokens.size(); i = v.sentenceEndToken(i)) {
            for (PartyLexicon.Match m : lexicon.inSentence(v, i)) {
                if (v.inQuote(v.tokens.get(m.start()).start())) continue;
                all.add(m);
                byEnd.put(m.end(), m);
                byStart.put(m.start(), m);
            }
        }
        ArticleMetadata meta = v.analyzed.article().metadata();
        List<String> named = new ArrayList<>();
        for (PartyLexicon.Match m : all) if (!m.form().needsContext()) named.add(m.form().parties().get(0).country());
        this.ctx = PartyContext.of(meta.url(), meta.outlet(), meta.title().orElse("") + "\n" + v.body).withParties(named);
        for (Mention m : mentions) {
            if (m.kind() != Mention.Kind.PERSON || m.entity() < 0 || m.inQuote()) continue;
            persons.add(m);
            personByStartToken.put(v.tokenFrom(m.start()), m);
            personByEndToken.put(v.tokenFrom(m.end()), m);
        }
    }

    /** The party a match means in its sentence, or null where the context does not decide. */
    Schemes.PartyConcept party(PartyLexicon.Match m) {
        Set<String> countries = new LinkedHashSet<>();
        for (Schemes.PartyConcept p : m.form().parties()) countries.add(p.country());
        int s = v.sentenceOf.get(m.start());
        Optional<String> c = ctx.choose(countries, v.sentence(s).text(v.body), m.form().needsContext(), m.form().ordinary());
        if (c.isEmpty()) return null;
        Schemes.PartyConcept only = null;
        for (Schemes.PartyConcept p : m.form().parties()) {
            if (!p.country().equals(c.get())) continue;
            if (only != null) return null;
            only = p;
        }
        return only;
    }

    String lower(int i) { return v.word(i).toLowerCase(Locale.ROOT); }

    boolean possessiveAfter(PartyLexicon.Match pm) {
        return pm.possessive() || pm.end() < v.tokens.size() && isPossessive(pm.end());
    }

    boolean isPossessive(int i) {
        String w = v.word(i);
        return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
    }

    /** The words between two token positions, lowercased and space-joined, with a leading space unless a comma. */
    String gap(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            String w = lower(i);
            if (!w.equals(",") && b.length() > 0) b.append(' ');
            b.append(w.equals(",") ? "," : w);
            if (w.equals(",")) b.append(' ');
        }
        return b.toString().replaceAll("\\s+", " ").strip();
    }

    /** Whether a party word stands as a noun phrase of its own: not "the Republican National Committee", "the Labour-led council". */
    boolean endsPhrase(PartyLexicon.Match pm) {
        int after = pm.end();
        if (after >= v.tokens.size() || !v.sentenceOf.get(after).equals(v.sentenceOf.get(pm.start()))) return true;
        String n = lower(after);
        if (pm.possessive() || isPossessive(after)) return false;
        return !(PartyWords.ORG_HEADS_AFTER.contains(n) || n.startsWith("-") || Character.isUpperCase(v.word(after).charAt(0))
                || PartyWords.ROLES.contains(n) || PartyWords.NOT_MEMBERSHIP_AFTER.contains(n));
    }

    /** The person mention inside a membership's evidence (the named person it is about), or null. */
    Mention personOf(Membership ms) {
        for (Mention m : persons)
            if (m.entity() == ms.entity() && m.end() <= ms.evidence().end() && m.end() > ms.evidence().start()) return m;
        return null;
    }
}
