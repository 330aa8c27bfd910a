package org.newskg.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Titles, honorifics and roles that precede names, and what they tell about a person's gender. */
public final class Titles {
    private Titles() {}

    static final Set<String> HONORIFICS_MALE = Words.of("mr", "mr.", "sir", "lord", "king", "prince", "father", "brother");
    static final Set<String> HONORIFICS_FEMALE = Words.of("ms", "ms.", "mrs", "mrs.", "miss", "dame", "lady", "queen",
            "princess", "sister", "madam");
    /** Words that open or are part of a title before a name; never part of the name itself. */
    static final Set<String> TITLE_WORDS = Words.of(
            "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr", "dr.", "prof", "prof.", "professor",
            "sen", "sen.", "senator", "rep", "rep.", "representative", "congressman", "congresswoman", "gov",
            "gov.", "governor", "premier", "lt.", "lt", "gen", "gen.", "general", "adm", "adm.", "admiral", "col", "col.",
            "sgt", "sgt.", "capt", "capt.", "president", "vice", "pres", "pres.", "secretary", "sec.", "minister",
            "prime", "chancellor", "ambassador", "mayor", "judge", "justice", "chief", "chairman", "chairwoman",
            "chair", "speaker", "leader", "spokesman", "spokeswoman", "spokesperson", "attorney", "candidate",
            "nominee", "envoy", "emissary", "former", "then-", "acting", "deputy", "assistant", "sheriff", "commissioner",
            "director", "adviser", "advisor", "counselor", "sir", "dame", "lord", "lady", "rev", "rev.",
            "reverend", "rabbi", "pope", "cardinal", "bishop", "king", "queen", "prince", "princess",
            "treasury", "state", "defense", "defence", "homeland", "security", "foreign", "interior", "energy",
            "commerce", "labor", "health", "education", "agriculture", "transportation", "majority", "minority",
            "house", "senate", "national", "us", "u.s.", "u.s", "american", "federal", "first", "elect",
            "president-elect", "vice-president", "gop", "democratic", "republican", "independent", "labour",
            "conservative", "liberal", "incumbent", "presidential", "officer", "staff", "campaign", "manager",
            "strategist", "pollster", "analyst", "economist", "host", "anchor", "correspondent", "columnist",
            "editor", "reporter", "founder", "ceo", "executive", "businessman", "businesswoman", "billionaire",
            "actor", "actress", "singer", "rapper", "star", "coach", "officials", "official", "aide", "advisers",
            // Offices of other systems, and of local and national government in every country: "Taoiseach Leo Varadkar",
            // "Tanaiste Micheal Martin", "PM Shehbaz Sharif", "CM Arvind Kejriwal", "Councilwoman Priya Natarajan",
            // "Alderman Tom Reyes", "Assemblywoman Kate Ruiz", "Supervisor Ana Ortiz", "Shri Rahul Gandhi".
            "taoiseach", "tanaiste", "tánaiste", "pm", "cm", "councilwoman", "councilman", "councillor", "councilor",
            "councilmember", "alderman", "alderwoman", "selectman", "selectwoman", "supervisor", "assemblyman", "assemblywoman",
            "assemblymember", "freeholder", "legislator", "lawmaker", "shri", "smt", "smt.", "member",
            // "Del. Stacey Plaskett": a delegate to the US House, abbreviated as AP style has it (only with the period:
            // "Del" alone is a given name).
            "del.",
            // Honorifics of South Asian and South African politics: "Maulana Fazlur Rehman", "Mian Nawaz Sharif",
            // "Comrade Cyril Ramaphosa".
            "maulana", "mian", "comrade");

    public static boolean isTitleWord(String w) { return TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT)); }

    static boolean isHonorific(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return HONORIFICS_MALE.contains(l) || HONORIFICS_FEMALE.contains(l) || l.equals("dr") || l.equals("dr.");
    }

    /** Gender a title or honorific states; most titles state none. */
    static Optional<Gender> genderOf(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (HONORIFICS_MALE.contains(l) || Set.of("congressman", "chairman", "spokesman", "businessman", "councilman", "alderman",
                "selectman", "assemblyman", "shri").contains(l))
            return Optional.of(Gender.MALE);
        if (HONORIFICS_FEMALE.contains(l) || Set.of("congresswoman", "chairwoman", "spokeswoman", "businesswoman", "actress",
                "councilwoman", "alderwoman", "selectwoman", "assemblywoman", "smt", "smt.").contains(l))
            return Optional.of(Gender.FEMALE);
        return Optional.empty();
    }

    /** Pronoun gender, or empty when the word is not a third-person singular pronoun. */
    public static Optional<Gender> pronoun(String w) {
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his", "himself" -> Optional.of(Gender.MALE);
            case "she", "her", "hers", "herself" -> Optional.of(Gender.FEMALE);
            default -> Optional.empty();
        };
    }

    static final Set<String> NAME_SUFFIXES = Words.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");
}
