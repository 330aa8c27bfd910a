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
 * and end token) and inside them, the country that decides shared party words, the named persons outside
 * quotations (indexed by first and end token), the article's entities and its attributions (who speaks each
 * quotation). Built once per article and only read by the rules.
 */
final class PartyReading {
    final ArticleView v;
    final PartyContext ctx;
    final Map<Integer, PartyLexicon.Match> byEnd = new HashMap<>();
    final Map<Integer, PartyLexicon.Match> byStart = new HashMap<>();
    final List<PartyLexicon.Match> all = new ArrayList<>();
    /** Party words inside quotations, for what a speaker says of their own party ("I am a member of the ANC"). */
    final Map<Integer, PartyLexicon.Match> quotedByStart = new java.util.TreeMap<>();
    final List<Mention> persons = new ArrayList<>();
    final Map<Integer, Mention> personByStartToken = new HashMap<>();
    final Map<Integer, Mention> personByEndToken = new HashMap<>();
    /** Named persons inside quotations, by end token. */
    final Map<Integer, Mention> quotedPersonByEndToken = new HashMap<>();
    final List<Entity> entities;
    final List<Attribution> attributions;
    /** Pronoun token → the persons it may refer to, filled as pronouns are read. */
    private final Map<Integer, List<Mention>> antecedents = new HashMap<>();

    PartyReading(PartyLexicon lexicon, ArticleView v, List<Entity> entities, List<Attribution> attributions) {
        this.v = v;
        this.entities = entities;
        this.attributions = attributions;
        for (int i = 0; i < v.tokens.size(); i = v.sentenceEndToken(i)) {
            for (PartyLexicon.Match m : lexicon.inSentence(v, i)) {
                if (v.inQuote(v.tokens.get(m.start()).start())) {
                    quotedByStart.put(m.start(), m);
                    continue;
                }
                all.add(m);
                byEnd.put(m.end(), m);
                byStart.put(m.start(), m);
            }
        }
        ArticleMetadata meta = v.analyzed.article().metadata();
        List<String> named = new ArrayList<>();
        for (PartyLexicon.Match m : all) if (!m.form().needsContext()) named.add(m.form().parties().get(0).country());
        this.ctx = PartyContext.of(meta.url(), meta.outlet(), meta.title().orElse("") + "\n" + v.body).withParties(named);
        for (Mention m : v.mentions) {
            if (m.kind() != Mention.Kind.PERSON || m.entity() < 0 || !isPersonName(lexicon, entities.get(m.entity()).name())) continue;
            if (m.inQuote()) {
                quotedPersonByEndToken.put(v.tokenFrom(m.end()), m);
                continue;
            }
            persons.add(m);
            personByStartToken.put(v.tokenFrom(m.start()), m);
            personByEndToken.put(v.tokenFrom(m.end()), m);
        }
    }

    /**
     * Whether an entity's name can be a person's: the name finder also returns offices ("Taoiseach"), places
     * ("Pakistan") and party words ("Liberals", "Tory") as persons; a membership of those would be about no one.
     */
    private static boolean isPersonName(PartyLexicon lexicon, String name) {
        for (String w : name.split("\\s+")) {
            String l = w.toLowerCase(Locale.ROOT);
            if (!Titles.isTitleWord(w) && !PartyWords.OFFICES.contains(l) && !PartyContext.isPlaceCue(w) && !lexicon.isForm(w)
                    && !PartyWords.PLACES_AND_PEOPLES.contains(l))
                return true;
        }
        return false;
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

    /**
     * The persons a third-person singular pronoun at token {@code i} may refer to ("he", "she", "his", "her"), most
     * likely first; empty when none. As {@code AttributionFinder} resolves a speaker's pronoun: the pronoun's own
     * sentence first, then earlier ones within {@link #PRONOUN_PARAGRAPHS} paragraphs; in the nearest sentence with
     * persons of a compatible gender, the leftmost one right before its verb first ("Zuma told the nation he would
     * ...", and not "his wife, Carrie," in "Joined by his wife, Carrie, and supporters, Johnson said"), then the
     * leftmost other one, except that the owner of a noun the pronoun's clause completes comes first ("Poilievre condemned
     * Trudeau's announcement that he would ..." is Trudeau). A rule takes the first one not stated to be of
     * another party.
     */
    List<Mention> antecedents(int i) {
        List<Mention> known = antecedents.get(i);
        if (known != null) return known;
        Optional<Gender> g = Titles.pronoun(v.word(i));
        List<Mention> found = new ArrayList<>();
        if (g.isPresent() && isPersonPronoun(i)) {
            int at = v.tokens.get(i).start();
            int sentence = v.sentenceOf.get(i);
            int para = v.sentence(sentence).paragraph();
            Mention owner = clauseOwner(i);
            if (owner != null && compatible(owner, g.get())) found.add(owner);
            for (int si = sentence; si >= 0; si--) {
                if (v.sentence(si).paragraph() < para - PRONOUN_PARAGRAPHS) break;
                List<Mention> others = new ArrayList<>(), modifiers = new ArrayList<>();
                for (Mention m : persons) {
                    if (m.sentence() != si || m.start() >= at || !compatible(m, g.get())) continue;
                    if (found.stream().anyMatch(f -> f.entity() == m.entity())) continue;
                    if (isSubjectOfVerb(m) && !isModifier(m)) found.add(m);
                    else if (isModifier(m) || inFrontedAdjunct(m)) modifiers.add(m);
                    else others.add(m);
                }
                // In the pronoun's own sentence only a subject is its person: "A Blue Dog Democrat who represented
                // Courtland ..., he switched" is not about Courtland.
                if (si != sentence) {
                    found.addAll(others);
                    found.addAll(modifiers);
                }
                if (!found.isEmpty()) break;
            }
        }
        antecedents.put(i, found);
        return found;
    }

    /** The first of {@link #antecedents} not stated to be of another party than {@code party}, or null. */
    Mention antecedent(int i, String party, List<MembershipRule.Finding> found) {
        for (Mention m : antecedents(i)) if (!conflicts(found, m.entity(), party)) return m;
        return null;
    }

    private boolean compatible(Mention m, Gender g) {
        return entities.get(m.entity()).gender().compatible(g) && m.gender().compatible(g);
    }

    /** "X's announcement (on Monday) that he": the owner of the noun whose "that" clause holds the pronoun at {@code i}. */
    private Mention clauseOwner(int i) {
        int lo = v.sentenceStartToken(i);
        if (i - 1 < lo || !lower(i - 1).equals("that")) return null;
        for (int q = i - 2; q >= Math.max(lo, i - 2 - CLAUSE_OWNER_WITHIN); q--) {
            if (isPossessive(q)) return personByEndToken.get(q);
            Mention m = personByEndToken.get(q + 1);
            if (m != null && (v.word(q).endsWith("'s") || v.word(q).endsWith("\u2019s"))) return m;
        }
        return null;
    }

    /** How far before "that" the owner's possessive may stand ("Trudeau's announcement on Monday that"). */
    static final int CLAUSE_OWNER_WITHIN = 4;

    /**
     * What "the party" refers to before an offset: the party named last in the sentence of token {@code token} or
     * in the one before ("In a blow to the Aam Aadmi Party (AAP), X, the party's national convenor"), or null.
     */
    PartyLexicon.Match lastPartyBefore(int offset, int token) {
        int sentence = v.sentenceOf.get(token);
        PartyLexicon.Match last = null;
        for (PartyLexicon.Match pm : all) {
            if (v.tokens.get(pm.start()).start() >= offset) break;
            if (sentence - v.sentenceOf.get(pm.start()) <= 1) last = pm;
        }
        return last;
    }

    /** Whether the person is already stated to be of another party. */
    static boolean conflicts(List<MembershipRule.Finding> found, int entity, String party) {
        for (MembershipRule.Finding f : found) if (f.m().entity() == entity && !f.m().party().equals(party)) return true;
        return false;
    }

    /** How many paragraphs back a pronoun may find its person (as {@code AttributionFinder} reads speakers' pronouns). */
    static final int PRONOUN_PARAGRAPHS = 3;

    /** A name used as a modifier ("Alcott adviser Peter Voss", "the Alcott meeting") is the antecedent only when no other person is. */
    private boolean isModifier(Mention m) {
        int after = v.tokenFrom(m.end());
        if (after >= v.tokens.size()) return false;
        org.newskg.nlp.Token next = v.tokens.get(after);
        return next.pos().equals("NOUN") || next.isProperNoun() && Character.isUpperCase(next.form().charAt(0))
                || v.mentionBySurfaceStart.containsKey(next.start());
    }

    /**
     * A name before its verb ("Johnson said", "Varadkar has announced"), across an adverb, a short prepositional
     * phrase ("Trudeau on Monday announced") or a parenthesis ("Mr Varadkar, 45, said"): the subject a pronoun picks
     * up first.
     */
    boolean isSubjectOfVerb(Mention m) {
        int k = v.tokenFrom(m.end()), hi = k < v.tokens.size() ? v.sentenceEndToken(k) : k;
        if (k < hi && v.word(k).equals(",")) {
            int c = k + 1;
            while (c < hi && c < k + 1 + PARENTHESIS_WORDS && !v.word(c).equals(",")) c++;
            if (c < hi && v.word(c).equals(",")) k = c + 1;
        }
        while (k < hi && v.tokens.get(k).pos().equals("ADV")) k++;
        if (k < hi && v.tokens.get(k).pos().equals("ADP")) {
            int c = k + 1;
            while (c < hi && c < k + 4 && Set.of("DET", "NOUN", "PROPN", "NUM", "ADJ").contains(v.tokens.get(c).pos())) c++;
            if (c > k + 1) k = c;
        }
        return k < hi && (v.tokens.get(k).isVerb() || v.tokens.get(k).pos().equals("AUX"));
    }

    /** How many words a parenthesis after a name may have ("Mr Varadkar, 45, said", "X, the party's leader, said"). */
    static final int PARENTHESIS_WORDS = 8;

    /**
     * Whether what is said of the person at token {@code subject} is only supposed: "if Trump is the Republican
     * nominee", "whether she becomes leader of the party", "unless he steps down as Labour leader".
     */
    boolean isHypothetical(int subject) {
        int lo = v.sentenceStartToken(subject);
        for (int q = subject - 1; q >= lo; q--) {
            String w = lower(q);
            if (w.equals(",") || w.equals(";") || w.equals(":")) return false;
            if (CONDITIONALS.contains(w)) return true;
        }
        return false;
    }

    private static final Set<String> CONDITIONALS = Words.of("if", "whether", "unless", "once", "until", "suppose", "supposing",
            "assuming", "should", "lest", "whenever");

    /**
     * "Joined by his wife, Carrie, and supporters, Johnson said", "In a call with Ruiz, Alcott said": a person named
     * in a phrase that opens the sentence before its comma is not the subject a later pronoun picks up (as
     * {@code AttributionFinder} reads it).
     */
    boolean inFrontedAdjunct(Mention m) {
        int lo = v.tokenFrom(v.sentence(m.sentence()).start());
        if (lo >= v.tokens.size()) return false;
        org.newskg.nlp.Token open = v.tokens.get(lo);
        String w = open.form().toLowerCase(Locale.ROOT);
        boolean adjunct = open.pos().equals("ADP") || open.pos().equals("SCONJ")
                || open.isVerb() && (w.endsWith("ing") || w.endsWith("ed"));
        if (!adjunct || open.start() >= m.surfaceStart()) return false;
        for (int k = lo; k < v.tokens.size() && v.tokens.get(k).start() < m.surfaceStart(); k++)
            if (v.word(k).equals(",") && !v.insideQuoteMarks(v.tokens.get(k).start())) return false;
        int hi = v.sentenceEndToken(lo);
        for (int k = v.tokenFrom(m.end()); k < hi; k++)
            if (v.word(k).equals(",") && !v.insideQuoteMarks(v.tokens.get(k).start())) return true;
        return false;
    }

    /** Whether token {@code i} is a third-person singular pronoun that may stand for a person ("he", "her", "his"). */
    boolean isPersonPronoun(int i) {
        String w = lower(i);
        return w.equals("he") || w.equals("she") || w.equals("his") || w.equals("her");
    }

    /** The person mention inside a membership's evidence (the named person it is about), or null. */
    Mention personOf(Membership ms) {
        for (Mention m : persons)
            if (m.entity() == ms.entity() && m.end() <= ms.evidence().end() && m.end() > ms.evidence().start()) return m;
        return null;
    }
}
