package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Names the name finder missed or cut in a party phrase: "Congress MP Asha Mehta", "Fianna Fáil TD Ciaran Walsh",
 * "National MP Hamish Reid" (found as "Reid" alone), "fellow Conservative Amelia Croft" (found as "Amelia" and
 * "Croft"), "Anil Desai of the BJP". Runs before entities are tracked, so the membership rules find the person.
 */
final class PartyPhraseNames {
    /** How many role words and their modifiers may follow the party word before the name ("BJP state unit chief"). */
    static final int ROLE_WORDS = 5;
    /** A name is two or three capitalised words; a fourth means it is something else (a body, a title). */
    static final int NAME_WORDS = 3;

    private static final Set<String> NOT_NAMES = Words.of("the", "a", "an", "on", "in", "said", "says", "told", "has", "had",
            "was", "is", "will", "would", "and", "but", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "party", "parliament", "assembly", "this", "that", "it", "he", "she", "they", "we", "i");

    private final PartyLexicon lexicon;

    PartyPhraseNames(PartyLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Two to three capitalised words after a party word and a role are a person; after a party word alone they
     * only join person mentions the name finder already made. Returns the mentions, sorted by start, with these
     * added.
     */
    List<Mention> withNames(AnalyzedArticle a, List<Mention> found, List<Quote> quotes) {
        String body = a.article().body();
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) out.add(withoutPartyPossessive(a, m));
        for (Sentence s : a.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                PartyLexicon.Match pm = lexicon.at(t, body, i, t.size());
                if (pm == null) continue;
                ofPartyName(t, body, pm, out, quotes, s.index());
                int k = pm.end();
                // "LEADER of Azimio la Umoja opposition party Raila Odinga": the role may stand before the party.
                boolean role = roleOfBefore(t, pm);
                while (k < t.size() && k < pm.end() + ROLE_WORDS) {
                    String l = t.get(k).form().toLowerCase(Locale.ROOT);
                    if (PartyWords.ROLES.contains(l) || l.equals("td") || Titles.isTitleWord(t.get(k).form())) role = true;
                    else if (!PartyWords.ROLE_MODIFIERS.contains(l) && !l.equals("'s") && !l.equals("\u2019s")) break;
                    k++;
                }
                int n = k;
                while (n < t.size() && n < k + NAME_WORDS && isNameToken(t.get(n))) n++;
                if (n - k < 2 || n < t.size() && isNameToken(t.get(n))) { i = pm.end() - 1; continue; }
                int st = t.get(k).start(), en = t.get(n - 1).end();
                List<Mention> inside = new ArrayList<>();
                boolean blocked = false;
                int ts = t.get(pm.start()).start();
                // After a possessive party ("PML-N's Ayaz Sadiq") a name the article names elsewhere is that person.
                boolean known = !role && isPossessiveAfter(t, pm) && namedElsewhere(out, body.substring(st, en));
                for (Mention m : out) {
                    if (m.end() <= st || m.surfaceStart() >= en && m.start() >= en) continue;
                    if (m.kind() == Mention.Kind.PERSON && m.start() >= st && m.end() <= en) inside.add(m);
                    // The name finder took the whole phrase for a body: "Congress MP Asha Mehta".
                    else if (m.kind() == Mention.Kind.ORGANIZATION && (role || known) && m.start() >= ts && m.end() == en) inside.add(m);
                    else if (m.kind() != Mention.Kind.PRONOUN) blocked = true;
                }
                if (blocked || !role && inside.isEmpty() && !known
                        || inside.size() == 1 && inside.get(0).start() == st && inside.get(0).end() == en
                        && inside.get(0).kind() == Mention.Kind.PERSON) {
                    i = n - 1;
                    continue;
                }
                out.removeAll(inside);
                out.add(new Mention(ts, st, en, body.substring(st, en), Mention.Kind.PERSON, Gender.UNKNOWN, s.index(), k, n,
                        MentionFinder.inQuote(quotes, st), body.substring(ts, t.get(k - 1).end()), -1));
                i = n - 1;
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * "says AAP's Atishi": the name finder took the party's possessive into the name. The person's name starts
     * after it; the party and its possessive are the title, as in "AAP leader Atishi".
     */
    private Mention withoutPartyPossessive(AnalyzedArticle a, Mention m) {
        if (m.kind() != Mention.Kind.PERSON) return m;
        java.util.regex.Matcher x = POSSESSIVE_OPENING.matcher(m.name());
        if (!x.find() || !lexicon.isForm(x.group(1))) return m;
        int start = m.start() + x.end();
        Sentence s = a.sentences().get(m.sentence());
        int first = -1;
        for (int i = 0; i < s.tokens().size(); i++) if (s.tokens().get(i).start() == start) first = i;
        if (first < 0) return m;
        String body = a.article().body();
        return new Mention(m.surfaceStart(), start, m.end(), body.substring(start, m.end()), m.kind(), m.gender(), m.sentence(),
                first, m.endToken(), m.inQuote(), body.substring(m.surfaceStart(), start).strip(), m.entity());
    }

    private static final java.util.regex.Pattern POSSESSIVE_OPENING = java.util.regex.Pattern.compile("^(\\S+?)['\u2019]s\\s+(?=\\p{Lu})");

    private static boolean isPossessiveAfter(List<Token> t, PartyLexicon.Match pm) {
        if (pm.possessive()) return true;
        if (pm.end() >= t.size()) return false;
        String w = t.get(pm.end()).form();
        return w.equals("'s") || w.equals("\u2019s");
    }

    /** Whether a role and "of" (and "the") stand right before the party: "leader of the". */
    private static boolean roleOfBefore(List<Token> t, PartyLexicon.Match pm) {
        int o = pm.start() - 1;
        if (o >= 0 && t.get(o).form().equalsIgnoreCase("the")) o--;
        return o >= 1 && t.get(o).form().equalsIgnoreCase("of") && PartyWords.ROLES.contains(t.get(o - 1).form().toLowerCase(Locale.ROOT));
    }

    /** Whether a person mention elsewhere in the article has exactly this name. */
    private static boolean namedElsewhere(List<Mention> mentions, String name) {
        for (Mention m : mentions) if (m.kind() == Mention.Kind.PERSON && m.name().equals(name)) return true;
        return false;
    }

    /** "Anil Desai of the BJP said": two or three name words right before "of (the) PARTY". */
    private void ofPartyName(List<Token> t, String body, PartyLexicon.Match pm, List<Mention> out, List<Quote> quotes, int sentence) {
        int o = pm.start() - 1;
        if (o >= 0 && t.get(o).form().equalsIgnoreCase("the")) o--;
        if (o < 2 || !t.get(o).form().equals("of")) return;
        int n = o;
        while (n > 0 && n > o - NAME_WORDS && isNameToken(t.get(n - 1))) n--;
        if (o - n < 2 || n > 0 && isNameToken(t.get(n - 1))) return;
        int st = t.get(n).start(), en = t.get(o - 1).end();
        for (Mention m : out) if (m.end() > st && m.surfaceStart() < en) return;
        out.add(new Mention(st, st, en, body.substring(st, en), Mention.Kind.PERSON, Gender.UNKNOWN, sentence, n, o,
                MentionFinder.inQuote(quotes, st), "", -1));
    }

    /** A word of a person's name: capitalised, with lower-case letters, not a title, role, party or body. */
    private static boolean isNameToken(Token t) {
        String w = t.form();
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || w.chars().noneMatch(Character::isLowerCase)) return false;
        // "Trump's" ends a phrase; the name finder's "Donald Trump" is already the name.
        if (w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("'") || w.endsWith("\u2019")) return false;
        String l = w.toLowerCase(Locale.ROOT);
        return !Titles.isTitleWord(w) && !PartyWords.ROLES.contains(l) && !MentionFinder.isOrgHead(w) && !MentionFinder.isGroupNoun(w)
                && !NOT_NAMES.contains(l) && !PartyContext.isPlaceCue(w);
    }
}
