package org.newskg.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A party office written without a name refers back to the person the article is telling about: "JACINDA Ardern
 * has resigned ... In a tearful press conference, the Labour Party leader stated that ...", "The arrest of AAP
 * national convenor triggered attacks" after "Delhi Chief Minister Arvind Kejriwal was arrested", "the President of
 * Pakistan Muslim League-Nawaz, said". The person is the leftmost one (usually the subject) of the nearest
 * sentence before that names anyone, within {@link #SENTENCES_BACK} sentences and the same or previous paragraph;
 * persons the description's own sentence names after it are others ("The ANC deputy secretary general applauded
 * Zuma"). Only offices one person holds (leader, chairman, president, convenor, presidential candidate ...) refer
 * so, only to a person the article gives a political title, and never to one stated to be of another party.
 */
final class PartyDescriptionRule implements MembershipRule {
    /** How many sentences back the person may be named. */
    static final int SENTENCES_BACK = 3;
    /** Offices one person holds in a party. */
    static final Set<String> SINGLE_OFFICES = Words.of("leader", "chief", "president", "chairman", "chairwoman", "chairperson",
            "chair", "convenor", "convener", "supremo", "head", "boss", "secretary-general", "general-secretary", "candidate",
            "nominee", "founder", "patron");
    /** Words before the description that make it someone else, or no one in particular. */
    private static final Set<String> NOT_THE_ONE = Words.of("a", "an", "another", "former", "ex", "ex-", "every", "any", "each",
            "one", "new", "next", "future", "then", "previous", "late", "whose", "its", "their", "our", "your", "my", "his", "her",
            "which", "what", "no", "acting", "interim", "deputy", "vice", "assistant", "would-be", "possible", "potential");
    /** Title words that make a person a politician: the person a party office refers to is one. */
    private static final Set<String> POLITICAL_TITLES = Words.of("minister", "president", "premier", "leader", "chairman",
            "chairwoman", "chief", "senator", "sen.", "rep.", "representative", "mp", "mla", "td", "mna", "governor", "mayor",
            "candidate", "speaker", "taoiseach", "tánaiste", "tanaiste", "chancellor", "secretary", "councillor", "spokesperson",
            "spokesman", "spokeswoman", "convenor", "deputy", "opposition", "cm", "pm");

    @Override
    public String id() { return "description"; }

    @Override
    public void apply(PartyReading r, List<Finding> found) {
        ArticleView v = r.v;
        for (PartyLexicon.Match pm : r.all) {
            int sEnd = v.sentenceEndToken(pm.start()), lo = v.sentenceStartToken(pm.start());
            int open, close;
            // "the Labour Party leader", "AAP national convenor": the party, modifiers, one office.
            int k = pm.end();
            if (k < sEnd && r.lower(k).equals("party") && !pm.form().text().toLowerCase(Locale.ROOT).endsWith("party")) k++;
            int office = officeAt(r, k, sEnd, 2);
            if (office >= 0) {
                open = pm.start();
                close = office;
            } else {
                // "the President of Pakistan Muslim League-Nawaz".
                int a = pm.start() - 1;
                if (a >= lo && r.lower(a).equals("the")) a--;
                if (a - 1 < lo || !r.lower(a).equals("of") || !SINGLE_OFFICES.contains(r.lower(a - 1))) continue;
                if (!r.endsPhrase(pm)) continue;
                open = a - 1;
                close = pm.end() - 1;
            }
            int before = open - 1;
            if (before >= lo && r.lower(before).equals("the")) before--;
            else if (before >= lo && !isBareSlot(r, before)) continue;
            if (before >= lo && NOT_THE_ONE.contains(r.lower(before))) continue;
            // The description must be what its clause is about: its subject ("the Labour Party leader stated", "...,
            // the President of the PML-N, said") or the one an event of the story happens to ("the arrest of AAP
            // national convenor", "the crackdown on the AAP chief"). An object ("to support the Republican
            // nominee") may be anyone the article named earlier.
            if (!isSubject(r, before, close, lo, sEnd) && !isEventObject(r, before, lo)) continue;
            if (before >= lo && v.word(before).equals(",") && r.personByEndToken.containsKey(before)) continue;
            // A name, a possessive or "of" after the office makes it a title or another phrase.
            int after = close + 1;
            if (after < sEnd && (Character.isUpperCase(v.word(after).charAt(0)) || r.isPossessive(after) || r.lower(after).equals("of")
                    || r.lower(after).equals("for") || r.lower(after).equals("and"))) continue;
            // "the Democratic Party chairwoman, Representative Debbie Wasserman Schultz": the name follows in apposition.
            if (after + 1 < sEnd && v.word(after).equals(",") && (Character.isUpperCase(v.word(after + 1).charAt(0))
                    && v.tokens.get(after + 1).isProperNoun() || r.personByStartToken.containsKey(after + 1))) continue;
            if (coveredByEvidence(r, found, v.tokens.get(open).start())) continue;
            Schemes.PartyConcept p = r.party(pm);
            if (p == null) continue;
            Mention who = antecedent(r, pm.start(), lo, sEnd);
            if (who == null || PartyReading.conflicts(found, who.entity(), p.iri()) || !isPolitician(r, who)) continue;
            int evStart = v.tokens.get(before >= lo && r.lower(before).equals("the") ? before : open).start();
            found.add(new Finding(new Membership(who.entity(), p.iri(), new TextSpan(evStart, v.tokens.get(close).end()), id()), false));
        }
    }

    /** The token of a single office after up to {@code modifiers} role modifiers from {@code k}, or -1. */
    private static int officeAt(PartyReading r, int k, int sEnd, int modifiers) {
        int q = k;
        while (q < sEnd && q < k + modifiers && PartyWords.ROLE_MODIFIERS.contains(r.lower(q)) && !SINGLE_OFFICES.contains(r.lower(q))
                && !PartyWords.isFormer(r.lower(q))) q++;
        if (q >= sEnd || !SINGLE_OFFICES.contains(r.lower(q))) return -1;
        // "secretary general", "presidential candidate": the office may take one more word.
        if (q + 1 < sEnd && (r.lower(q + 1).equals("general") || SINGLE_OFFICES.contains(r.lower(q + 1)))) q++;
        return q;
    }

    /** Nouns of an event that happens to a person: "the arrest of", "the crackdown on". */
    static final Set<String> EVENTS = Words.of("arrest", "detention", "ouster", "removal", "resignation", "crackdown", "raid",
            "questioning", "summons", "indictment", "conviction", "acquittal", "release", "death", "assassination",
            "impeachment", "re-election", "defeat", "exit", "departure", "expulsion", "suspension", "sacking", "firing",
            "prosecution", "trial", "sentencing", "jailing", "imprisonment", "ouster", "victory", "win");

    /** Whether the description opens its clause (sentence start, after a comma or a conjunction) and a verb follows. */
    private static boolean isSubject(PartyReading r, int before, int close, int lo, int sEnd) {
        ArticleView v = r.v;
        boolean opens = before < lo || v.word(before).equals(",") || r.lower(before).equals("and") || r.lower(before).equals("but")
                || r.lower(before).equals("while") || r.lower(before).equals("as");
        if (!opens) return false;
        int after = close + 1;
        if (after < sEnd && v.word(after).equals(",")) after++;
        if (after < sEnd && r.lower(after).equals("who")) return true;
        while (after < sEnd && v.tokens.get(after).pos().equals("ADV")) after++;
        return after < sEnd && (v.tokens.get(after).isVerb() || v.tokens.get(after).pos().equals("AUX"));
    }

    /** "The arrest of AAP national convenor", "the crackdown on the AAP chief". */
    private static boolean isEventObject(PartyReading r, int before, int lo) {
        if (before - 1 < lo) return false;
        String prep = r.lower(before);
        if (!prep.equals("of") && !prep.equals("on") && !prep.equals("against")) return false;
        return EVENTS.contains(r.lower(before - 1));
    }

    /** Where a description without "the" may stand: after a preposition or a comma, or opening the sentence. */
    private static boolean isBareSlot(PartyReading r, int before) {
        String w = r.lower(before);
        return w.equals("of") || w.equals("on") || w.equals("by") || w.equals("against") || w.equals("to") || w.equals("with")
                || w.equals("for") || w.equals(",");
    }

    private static boolean coveredByEvidence(PartyReading r, List<Finding> found, int offset) {
        for (Finding f : found) if (f.m().evidence().contains(offset)) return true;
        return false;
    }

    /**
     * The leftmost person of the nearest sentence before that names one. Persons of the description's own
     * sentence are others: "The ANC deputy secretary general applauded Zuma"; "if Sen. Rubio wins Florida ..., the
     * GOP nominee will be decided at the convention"; "Addressing the house after the vote against Prime Minister
     * X, the President of the PML-N said".
     */
    private static Mention antecedent(PartyReading r, int at, int lo, int sEnd) {
        ArticleView v = r.v;
        int sentence = v.sentenceOf.get(at);
        int para = v.sentence(sentence).paragraph();
        Set<Integer> here = new HashSet<>();
        for (Mention m : r.persons) if (m.sentence() == sentence) here.add(m.entity());
        for (int si = sentence - 1; si >= Math.max(0, sentence - SENTENCES_BACK); si--) {
            if (v.sentence(si).paragraph() < para - 1) break;
            for (Mention m : r.persons) {
                if (m.sentence() != si) continue;
                if (here.contains(m.entity())) return null;
                return m;
            }
        }
        return null;
    }

    /**
     * Whether the article gives the person a political title ("Prime Minister Jacinda Ardern", "Chief Minister"), or
     * the sentence that names them a political office ("X has resigned as Prime Minister").
     */
    private static boolean isPolitician(PartyReading r, Mention m) {
        for (String title : r.entities.get(m.entity()).titles())
            for (String w : title.toLowerCase(Locale.ROOT).split("[\\s-]+")) if (POLITICAL_TITLES.contains(w)) return true;
        int lo = r.v.tokenFrom(r.v.sentence(m.sentence()).start()), hi = r.v.sentenceEndToken(lo);
        for (int k = lo; k < hi; k++) if (POLITICAL_TITLES.contains(r.lower(k)) && !r.v.inQuote(r.v.tokens.get(k).start())) return true;
        return false;
    }
}
