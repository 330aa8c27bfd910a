package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The party as the object of a role or of a verb of leading or joining: "X, leader of the Green Party", "X, who
 * leads the Greens", "X was ousted as leader of the National Party", "X beat Y in a party-room ballot to lead the
 * Nationals" (both). The person is the nearest one before the phrase, joined to it only by an apposition, a
 * relative clause or a copula.
 */
final class PartyRoleOfRule implements MembershipRule {
    /** How many words before the role or verb the person's name may end ("X, who has been ... leader of"). */
    static final int SUBJECT_WITHIN = 14;
    /** In "X beat Y", how many words before Y the verb of winning may stand, and X before the verb. */
    static final int CONTEST_VERB_WITHIN = 4, WINNER_WITHIN = 3;

    /** "X, leader of the Greens", "X, who is deputy leader of", "X was ousted as leader of", "X is a member of". */
    static final Pattern BEFORE_ROLE = Pattern.compile("^(?:, (?:a |an |the )?|, who (?:(?:is|was|has been|had been|"
            + "became|remains|will be|also|now|currently|once again|again|always|still|long) )*(?:a |an |the )?|(?:(?:am|is|are|was|have|has|had|"
            + "been|became|becomes|remains|remained|will be|also|now|currently|once again|again|always|still|long) )*"
            + "(?:(?:ousted|elected|re-elected|chosen|appointed|installed|named|confirmed|dumped|removed|replaced|sworn|voted|made|"
            + "reappointed) )?(?:in )?(?:as )?(?:a |an |the )?)$");
    /** "X leads the Greens", "X, who heads the DMK", "X, who has led the Liberal Party for 11 years". */
    private static final Pattern BEFORE_VERB = Pattern.compile("^(?:, who )?(?:(?:has|had|also|now|currently|still|once) )*$");
    /** Adjectives of a member that may stand before the role: "a disciplined member of the ANC", "a founding member of". */
    static final Set<String> MEMBER_ADJECTIVES = Words.of("disciplined", "loyal", "lifelong", "life-long", "founding",
            "committed", "active", "proud", "prominent", "leading", "key", "top", "card-carrying", "long-standing",
            "longstanding", "staunch", "loyal", "paid-up", "influential", "powerful");
    private static final Pattern BEFORE_TO_LEAD = Pattern.compile("^(?:(?:is|was|has been|had been|will be) )?(?:(?:elected|"
            + "chosen|picked|tapped|voted|installed|set|poised|expected) )?to $");
    private static final Pattern IN_A_BALLOT = Pattern.compile("^in (?:a|the) [a-z -]*(?:ballot|vote|contest|spill|race)$");
    private static final Set<String> LEAD_VERBS = Words.of("leads", "led", "lead", "leading", "heads", "headed", "head",
            "heading", "chairs", "chaired", "joined", "rejoined");
    private static final Set<String> SWITCH_VERBS = Words.of("defected", "defects", "defecting", "switched", "switches",
            "crossed", "moved");
    private static final Set<String> CONTEST_VERBS = Words.of("beat", "beats", "defeated", "defeats", "edged", "ousted",
            "toppled", "unseated", "saw", "narrowly", "outpolled", "trounced");

    @Override
    public String id() { return "role-of-party"; }

    @Override
    public void apply(PartyReading r, List<Finding> out) {
        ArticleView v = r.v;
        for (PartyLexicon.Match pm : r.all) {
            int a = pm.start();
            if (a > 0 && r.lower(a - 1).equals("the")) a--;
            if (a < 1) continue;
            if (!r.endsPhrase(pm)) continue;
            int lo = v.sentenceStartToken(pm.start());
            String trigger = r.lower(a - 1);
            int phraseStart;
            boolean verb = LEAD_VERBS.contains(trigger);
            // "X defected to Reform UK", "X switched to the Liberal Democrats": the party X now belongs to.
            boolean defected = trigger.equals("to") && a - 2 >= lo && SWITCH_VERBS.contains(r.lower(a - 2));
            if (verb) {
                phraseStart = a - 1;
            } else if (defected) {
                verb = true;
                phraseStart = a - 2;
            } else if (trigger.equals("of")) {
                int q = a - 2;
                if (q < lo || !PartyWords.ROLES.contains(r.lower(q))) continue;
                while (q - 1 >= lo && (PartyWords.ROLE_MODIFIERS.contains(r.lower(q - 1)) || PartyWords.ROLES.contains(r.lower(q - 1))
                        || MEMBER_ADJECTIVES.contains(r.lower(q - 1)))) q--;
                if (r.lower(q).equals("former") || r.lower(q).equals("ex-")) continue;
                phraseStart = q;
            } else continue;
            boolean infinitive = verb && phraseStart - 1 >= lo && r.lower(phraseStart - 1).equals("to");
            Schemes.PartyConcept p = r.party(pm);
            if (p == null) continue;
            // The nearest person before the phrase, or a pronoun subject read back to its person ("he had always
            // been a disciplined member of the ANC", "she led the Labour Party to victory").
            Mention subject = null;
            int subjEnd = -1;
            for (int q = phraseStart - 1; q >= Math.max(lo, phraseStart - SUBJECT_WITHIN); q--) {
                Mention m = r.personByEndToken.get(q + 1);
                if (m != null && v.tokenFrom(m.end()) == q + 1) { subject = m; subjEnd = q + 1; break; }
                String w = r.lower(q);
                if (w.equals("he") || w.equals("she")) {
                    subject = r.antecedent(q, p.iri(), out);
                    subjEnd = q + 1;
                    break;
                }
            }
            if (subject == null || r.isHypothetical(subjEnd - 1)) continue;
            String gap = r.gap(subjEnd, phraseStart);
            int evEnd = v.tokens.get(pm.end() - 1).end();
            List<Mention> who = new ArrayList<>();
            if (verb && infinitive) {
                // "X beat Y in a party-room ballot to lead the Nationals": a contest for the party's lead is between members.
                String g = r.gap(subjEnd, phraseStart - 1);
                if (BEFORE_TO_LEAD.matcher(g.isEmpty() ? "to " : g + " to ").matches()) who.add(subject);
                else if (IN_A_BALLOT.matcher(g).matches()) {
                    who.add(subject);
                    Mention rival = contestWinner(r, subject, lo);
                    if (rival != null) who.add(rival);
                }
            } else if ((verb ? BEFORE_VERB : BEFORE_ROLE).matcher(gap.isEmpty() ? "" : gap + " ").matches()) {
                who.add(subject);
            }
            int pronounStart = v.tokens.get(subjEnd - 1).start();
            for (Mention m : who) {
                // The evidence starts at the name, or at the pronoun when the name is in an earlier sentence.
                int evStart = m.sentence() == v.sentenceOf.get(pm.start()) ? Math.min(m.surfaceStart(), pronounStart) : pronounStart;
                out.add(new Finding(new Membership(m.entity(), p.iri(), new TextSpan(evStart, evEnd), id()), false));
            }
        }
    }

    /** In "X beat Y in a ballot", X: the person before Y, joined to Y by a verb of winning. */
    private static Mention contestWinner(PartyReading r, Mention loser, int lo) {
        int ls = r.v.tokenFrom(loser.surfaceStart());
        for (int q = ls - 1; q >= Math.max(lo, ls - CONTEST_VERB_WITHIN); q--) {
            if (!CONTEST_VERBS.contains(r.lower(q))) continue;
            for (int p = q - 1; p >= Math.max(lo, q - WINNER_WITHIN); p--) {
                Mention m = r.personByEndToken.get(p + 1);
                if (m != null && r.v.tokenFrom(m.end()) == p + 1) return m;
                if (!r.lower(p).equals("narrowly")) break;
            }
        }
        return null;
    }
}
