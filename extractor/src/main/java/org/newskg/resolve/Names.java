package org.newskg.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newskg.extract.Nicknames;

/**
 * Identity keys for people: {@code given [middle initials] surname [suffix]}, lowercase, with titles and honorifics
 * dropped and the given name replaced by its nickname class ("Steve"/"Steven" → "stephen"), so that "Sen. Steve
 * Voss" and "Steven Voss" share a key, "George W. Bush" and "George H.W. Bush" do not, and "Donald Trump Jr." keeps
 * his own. A name without middle initials joins the one with them in the derived layer when the store holds only
 * one such middle for that name.
 */
public final class Names {
    private Names() {}

    private static final Set<String> DROP = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady",
            "sen", "senator", "rep", "representative", "gov", "governor", "president", "secretary", "the", "former",
            "prof", "professor", "gen", "general", "judge", "justice", "mayor", "congressman", "congresswoman", "rev",
            "reverend", "pope", "king", "queen", "prince", "princess", "ambassador", "minister", "chancellor", "vice",
            "speaker", "chairman", "chairwoman", "leader", "adm", "admiral", "lt", "col", "sgt", "capt", "attorney");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    /** Words of a display name with titles and possessives removed, as written. */
    public static List<String> nameWords(String name) {
        String n = name.replace('\u2019', '\'').replaceAll("'s$", "").strip();
        List<String> out = new ArrayList<>();
        for (String w : n.split("\\s+")) {
            String bare = w.toLowerCase(Locale.ROOT).replaceAll("[.,]", "");
            if (bare.isEmpty()) continue;
            if (out.isEmpty() && DROP.contains(bare)) continue;
            out.add(w.replaceAll(",$", ""));
        }
        return out;
    }

    /** A person's name cut into what identity looks at: given name (nickname class), middle initials, surname, suffix. */
    public record KeyParts(String given, String middle, String surname, String suffix) {
        public String key() {
            StringBuilder b = new StringBuilder();
            if (!given.isEmpty()) b.append(given).append(' ');
            if (!middle.isEmpty()) b.append(middle).append(' ');
            b.append(surname);
            if (!suffix.isEmpty()) b.append(' ').append(suffix);
            return ascii(b.toString());
        }

        /** The same person written without the middle initials ("Donald J. Trump" → "Donald Trump"). */
        public KeyParts withoutMiddle() { return new KeyParts(given, "", surname, suffix); }
    }

    public static KeyParts keyParts(String name) {
        List<String> w = nameWords(name);
        if (w.isEmpty()) return new KeyParts("", "", ascii(name.toLowerCase(Locale.ROOT)), "");
        String suffix = "";
        int last = w.size() - 1;
        if (last > 0 && SUFFIXES.contains(bare(w.get(last)))) {
            suffix = bare(w.get(last));
            last--;
        }
        String surname = bare(w.get(last));
        if (last == 0) return new KeyParts("", "", ascii(surname), suffix);
        // "H.R. McMaster": initials are the given name as the outlet writes it; keep them whole.
        String given = Nicknames.canonicalGiven(bare(w.get(0)));
        // Middle names count by their initials, so "George Walker Bush", "George W. Bush" agree and "George H.W.
        // Bush" differs; whether "George Bush" is either one is for the store to decide (see the derived layer).
        StringBuilder middle = new StringBuilder();
        for (String m : w.subList(1, last)) {
            for (String part : m.split("[.\\-]")) {
                String b = ascii(part.toLowerCase(Locale.ROOT));
                if (!b.isEmpty() && Character.isLetter(b.charAt(0))) middle.append(b.charAt(0));
            }
        }
        return new KeyParts(ascii(given), middle.toString(), ascii(surname), suffix);
    }

    /** The identity key of a person's name; see the class comment and {@link #keyParts}. */
    public static String personKey(String name) {
        return keyParts(name).key();
    }

    /**
     * A person's IRI key in one article. A surname alone ("Scott") names different people in different articles:
     * without a full name the article cannot tell whom, so the node stays the article's own
     * ({@code person/scott/in/{article}}) and the derived layer decides, store-wide, whom it names.
     */
    public static String personIriKey(String personKey, String articleId) {
        return personKey.contains(" ") ? "person/" + slug(personKey) : "person/" + slug(personKey) + LOCAL + slug(articleId);
    }

    /** Whether a person's IRI (or IRI key) is an article's own surname-only node; see {@link #personIriKey}. */
    public static boolean isArticleLocal(String personIri) {
        return personIri.contains(LOCAL);
    }

    private static final String LOCAL = "/in/";

    /**
     * The name as the article prints it, titles dropped and nothing invented: "Sen. Bernie Sanders" → "Bernie
     * Sanders", never "Bernard Sanders". Store-wide labels are chosen among these printed forms.
     */
    public static String printed(String name) {
        return String.join(" ", nameWords(name));
    }

    /**
     * The block of a person key, in which store-wide identity is decided: the surname without a suffix. Two people
     * of different surnames are never one person, so nothing outside a block can change who is who inside it.
     */
    public static String surnameBlock(String personKey) {
        String[] w = personKey.split(" ");
        int last = w.length - 1;
        if (last > 0 && SUFFIXES.contains(w[last])) last--;
        return slug(w[last]);
    }

    /** An organization's label: no leading "the", and an acronym without its periods ("F.B.I." → "FBI"), as most outlets write it. */
    public static String orgDisplay(String name) {
        String n = name.replaceFirst("^(?i)the\\s+", "");
        return n.matches("(\\p{Lu}\\.){2,}\\p{Lu}?\\.?") ? n.replace(".", "") : n;
    }

    public static String orgKey(String name) {
        String n = name.replace('\u2019', '\'').replaceAll("'s$", "").strip().toLowerCase(Locale.ROOT);
        n = n.replaceFirst("^the\\s+", "");
        return ascii(n.replaceAll("[.,]", ""));
    }

    private static String bare(String w) { return w.toLowerCase(Locale.ROOT).replaceAll("[.,]", ""); }

    static String ascii(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return d.replaceAll("[^a-z0-9 \\-]", "").replaceAll("\\s+", " ").strip();
    }

    /** An IRI path segment from a key: words joined by '-'. */
    public static String slug(String key) {
        String s = ascii(key.toLowerCase(Locale.ROOT)).replace(' ', '-').replaceAll("-+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "x" : s;
    }
}
