package org.newskg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newskg.nlp.Token;

/**
 * Where a person's name starts in a name finder span that a role phrase runs into. English news in every
 * country writes a role, with its complement, straight before a name: "Ambassador to the UN Nikki Haley",
 * "Minister for Home Affairs Ravi Mehta", "Secretary of State Kate Ruiz", "the mayor's Chief of Staff Peter
 * Voss". The model often takes the complement and the name for one organization ("UN Nikki Haley"); the
 * person is the name at the end, and the organization in the complement is neither glued to it nor the speaker.
 */
final class RoleNames {
    private RoleNames() {}

    /** Words of a seat before a role ("Delhi", "Harbor County"): three would be a body's name, not a seat. */
    static final int SEAT_WORDS = 2;
    /**
     * Offices a seat can stand before ("Delhi Chief Minister", "Harbor County Sheriff"); not any title word: "Gold
     * Star Mom" in a headline is no seat and office.
     */
    private static final Set<String> SEAT_OFFICES = Words.of("minister", "governor", "mayor", "sheriff", "premier", "senator",
            "president", "chairman", "chairwoman", "chairperson", "chair", "commissioner", "secretary", "speaker", "councillor",
            "councilor", "councilman", "councilwoman", "judge", "prosecutor", "attorney", "mp", "mla", "cm", "pm",
            // "PolitiFact Executive Director Aaron Sharockman": a body's offices too.
            "director", "chief", "ceo", "spokesman", "spokeswoman", "spokesperson", "editor", "leader", "manager", "officer");

    /** Title words from {@code i} on, one of them an office a seat stands before, then a name of two or three words. */
    private static boolean officeAt(List<Token> t, int i, int last) {
        boolean office = false;
        int q = i;
        while (q < last && Titles.isTitleWord(t.get(q).form())) office |= SEAT_OFFICES.contains(t.get(q++).form().toLowerCase(Locale.ROOT));
        return office && last - q >= 2 && last - q <= 3;
    }

    /** Prepositions that attach a complement to a role: "Ambassador to", "Minister for", "Secretary of". */
    private static final Set<String> ROLE_PREPOSITIONS = Words.of("to", "for", "of", "at", "on");
    /** Honorifics that only ever precede a person, written with or without the period (British, Australian style). */
    private static final Set<String> PERSON_HONORIFICS = Words.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx",
            "mx.", "dr", "dr.", "sir", "dame", "prof", "prof.",
            // "PM Shehbaz Sharif", "CM Arvind Kejriwal": offices written as capitals only ever stand before a person.
            "pm", "cm",
            // "Maulana Fazlur Rehman", "Mian Nawaz Sharif", "Comrade Cyril Ramaphosa", "Shri Arvind Kejriwal": honorifics of
            // South Asian and South African politics, before a person only.
            "maulana", "mian", "comrade", "shri", "smt", "smt.",
            // "Del. Stacey Plaskett": a delegate to the US House.
            "del.");

    /** "Mr Trump", "Dr Lund": a span opening with an honorific (or right after one) is a person whatever the model's type. */
    static boolean honorificOpens(List<Token> t, int first, int last) {
        if (last - first >= 2 && isHonorific(t.get(first).form()) && Character.isUpperCase(t.get(first + 1).form().charAt(0))) return true;
        return first > 0 && isHonorific(t.get(first - 1).form());
    }

    private static boolean isHonorific(String w) {
        return PERSON_HONORIFICS.contains(w.toLowerCase(Locale.ROOT)) && Character.isUpperCase(w.charAt(0));
    }

    /** A role phrase and the name after it inside one span: tokens {@code [roleFirst, nameFirst)} are the role. */
    record Split(int roleFirst, int nameFirst) {}

    /**
     * The role and the name inside {@code [first, last)}, when the span (or the words right before it) is a role
     * with a complement, or a possessive and a role; null when it is not, or no name of two words is left.
     */
    static Split split(List<Token> t, int first, int last) {
        int p = first;
        // "Alcott's Chief of Staff Peter Voss": after the possessive, a role.
        for (int i = last - 2; i >= first; i--) {
            String w = t.get(i).form();
            if ((w.endsWith("'s") || w.endsWith("\u2019s")) && i + 1 < last && Titles.isTitleWord(t.get(i + 1).form())) { p = i + 1; break; }
        }
        int roleFirst = p;
        if (p == first && roleBefore(t, first)) {
            int s = splitComplement(t, p, last);
            return s < 0 ? null : new Split(roleFirst, s);
        }
        // "Delhi Chief Minister Arvind Kejriwal", "Harbor County Sheriff Ana Ortiz": a place or body before the role is
        // its seat, and the name still follows the role.
        int seat = p;
        while (seat < p + SEAT_WORDS && seat < last - 3 && !Titles.isTitleWord(t.get(seat).form())
                && MentionFinder.isNameWordAnyTag(t.get(seat))) seat++;
        if (seat > p && seat < last && Character.isUpperCase(t.get(seat).form().charAt(0)) && officeAt(t, seat, last)) p = seat;
        int q = p;
        boolean role = false;
        while (q < last && Titles.isTitleWord(t.get(q).form())) role |= !NOT_A_ROLE.contains(t.get(q++).form().toLowerCase(Locale.ROOT));
        // "US Border Patrol", "House Freedom Caucus": modifiers of an organization, not a role one person holds.
        if (!role) return null;
        if (q < last && ROLE_PREPOSITIONS.contains(t.get(q).form().toLowerCase(Locale.ROOT))) {
            q++;
            if (q < last && t.get(q).form().equalsIgnoreCase("the")) q++;
            int s = splitComplement(t, q, last);
            return s < 0 ? null : new Split(roleFirst, s);
        }
        return allNameWords(t, q, last) || allNameWords(t, q, placeAfter(t, q, last)) ? new Split(roleFirst, q) : null;
    }

    /**
     * "Del. Stacey Plaskett of the Virgin Islands", "Sen. Kate Ruiz from Ohio": the token of the "of" or "from" that
     * ends a name of two or three words after a role, or {@code last} when there is none.
     */
    static int placeAfter(List<Token> t, int nameFirst, int last) {
        for (int i = nameFirst + 2; i < last - 1 && i <= nameFirst + 3; i++) {
            String w = t.get(i).form();
            if (w.equals("of") || w.equals("from")) return i;
        }
        return last;
    }

    /** Where the role begins as a reader sees it: "US Ambassador to the UN" before "Nikki Haley". */
    static int titleStart(List<Token> t, Split s) {
        int i = s.roleFirst();
        if (roleBefore(t, i)) {
            i--;
            if (t.get(i).form().equalsIgnoreCase("the")) i--;
            i--;
            while (i > 0 && Titles.isTitleWord(t.get(i - 1).form()) && Character.isUpperCase(t.get(i - 1).form().charAt(0))) i--;
        }
        return i;
    }

    /**
     * "Kate Ruiz of the Harbor Institute", "Tom Alcott from Lagos": where a span that opens with a person's name
     * (a common given name and a surname) goes on with "of" or "from" and a body or a place, the token of the
     * preposition, where the person's name ends; -1 otherwise ("Bank of America", "House of Commons").
     */
    static int affiliationAfterName(List<Token> t, int first, int last) {
        for (int i = first + 2; i < last - 1 && i <= first + 3; i++) {
            String w = t.get(i).form();
            if (!w.equals("of") && !w.equals("from")) continue;
            // A common given name, or a role right before the span ("Del. [Stacey Plaskett of the Virgin Islands]"),
            // says the span opens with a person's name.
            boolean titled = first > 0 && Titles.isTitleWord(t.get(first - 1).form()) && Character.isUpperCase(t.get(first - 1).form().charAt(0));
            if (!titled && (!FirstNames.known(t.get(first).form()) || FirstNames.ambiguous(t.get(first).form()))) return -1;
            for (int j = first; j < i; j++) if (!MentionFinder.isNameWord(t.get(j))) return -1;
            return i;
        }
        return -1;
    }

    /**
     * "Minister for Home Affairs [Ravi] Mehta", "the UN's [Nikki] Haley", "President [Barack] Obama": a capitalised
     * word between a role (or its complement) and a surname the model found alone is the given name.
     */
    static boolean givenNameBefore(List<Token> t, int first) {
        if (first < 2 || !MentionFinder.isNameWord(t.get(first - 1)) || t.get(first - 1).form().endsWith("s")
                && !FirstNames.known(t.get(first - 1).form())) return false;
        String role = t.get(first - 2).form();
        String l = role.toLowerCase(Locale.ROOT);
        return isAcronym(role) || COMPLEMENT_HEADS.contains(l)
                || Titles.isTitleWord(role) && Character.isUpperCase(role.charAt(0)) && !NOT_A_ROLE.contains(l);
    }

    /** "Ambassador to the [UN Nikki Haley]": a role and a preposition stand right before the span. */
    private static boolean roleBefore(List<Token> t, int first) {
        int i = first - 1;
        if (i >= 0 && t.get(i).form().equalsIgnoreCase("the")) i--;
        if (i < 1 || !ROLE_PREPOSITIONS.contains(t.get(i).form().toLowerCase(Locale.ROOT))) return false;
        String role = t.get(i - 1).form();
        return Titles.isTitleWord(role) && Character.isUpperCase(role.charAt(0)) && !NOT_A_ROLE.contains(role.toLowerCase(Locale.ROOT));
    }

    /** Title words that modify an organization rather than name a role held by one person. */
    private static final Set<String> NOT_A_ROLE = Words.of("house", "senate", "national", "state", "us", "u.s.", "u.s",
            "american", "federal", "first", "gop", "democratic", "republican", "independent", "labour", "conservative",
            "liberal", "campaign", "officials", "advisers", "majority", "minority", "foreign", "homeland", "security");

    /**
     * Where, after the start of a complement ("UN Nikki Haley", "Home Affairs Ravi Mehta"), the name begins: at a
     * common given name; else right after an acronym or an organization's head word; else the last two words.
     */
    private static int splitComplement(List<Token> t, int from, int last) {
        for (int s = from + 1; s < last - 1; s++)
            if (FirstNames.known(t.get(s).form()) && !FirstNames.ambiguous(t.get(s).form()) && allNameWords(t, s, last)) return s;
        for (int s = last - 2; s > from; s--) {
            String prev = t.get(s - 1).form();
            if ((isAcronym(prev) || MentionFinder.isOrgHead(prev) || COMPLEMENT_HEADS.contains(prev.toLowerCase(Locale.ROOT)))
                    && allNameWords(t, s, last)) return s;
        }
        if (last - from >= 3 && allNameWords(t, last - 2, last)) return last - 2;
        return -1;
    }

    /** Last words of a portfolio or a body that a role names: "Home Affairs", "United Nations", "Chief of Staff". */
    private static final Set<String> COMPLEMENT_HEADS = Words.of("affairs", "nations", "states", "staff", "kingdom", "union",
            "justice", "finance", "defence", "defense", "health", "education", "energy", "trade", "treasury", "interior",
            "development", "state", "security", "environment", "communications", "transport", "industry", "agriculture", "labour",
            "labor", "commerce", "planning", "tourism", "housing", "immigration", "police", "sport", "culture", "africa",
            "europe", "asia", "china", "russia", "india", "pacific");

    private static boolean allNameWords(List<Token> t, int from, int last) {
        for (int i = from; i < last; i++) if (!MentionFinder.isNameWordAnyTag(t.get(i))) return false;
        return last - from >= 2;
    }

    private static boolean isAcronym(String w) {
        String l = w.replace(".", "");
        return l.length() >= 2 && l.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }
}
