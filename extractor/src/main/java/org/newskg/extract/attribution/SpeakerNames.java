package org.newskg.extract.attribution;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two speaker names name the same person, as PolNeAR's scorer ({@code score_attribution.py}) decides it:
 * the surnames agree, or the whole names do, after dropping titles ("Sen.", "President"), suffixes ("Jr.") and a
 * possessive. Used to label training data and to measure, so the model learns what the scorer counts.
 */
public final class SpeakerNames {
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sen", "senator", "rep",
            "representative", "gov", "governor", "president", "pres", "vice", "the", "former", "secretary", "sec", "gen", "general",
            "prof", "professor", "rev", "reverend", "judge", "justice", "mayor", "chairman", "chairwoman", "speaker", "sir", "dame",
            "lord", "lady", "first", "adm", "admiral", "col", "lt", "sgt", "capt", "attorney", "candidate", "nominee", "rabbi", "pope",
            "father", "sister", "st", "elect", "president-elect", "congressman", "congresswoman", "sheriff", "chief");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "esq", "phd", "md");

    private SpeakerNames() {}

    public static boolean agree(String system, String gold) {
        List<String> s = normalized(system), g = normalized(gold);
        if (s.isEmpty() || g.isEmpty()) return false;
        return s.equals(g) || s.get(s.size() - 1).equals(g.get(g.size() - 1));
    }

    static List<String> normalized(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'').toLowerCase(Locale.ROOT);
        s = s.replaceAll("'s\\b", " ").replaceAll("(?<=s)'(?=\\s|$)", " ").replace("'", "");
        s = s.replaceAll("[^\\p{L}\\p{N}_\\s-]", " ").replace('_', ' ');
        List<String> toks = new ArrayList<>();
        for (String t : s.strip().split("\\s+")) {
            String x = t.replaceAll("^-+|-+$", "");
            if (!x.isEmpty()) toks.add(x);
        }
        while (!toks.isEmpty() && TITLES.contains(toks.get(0))) toks.remove(0);
        while (!toks.isEmpty() && SUFFIXES.contains(toks.get(toks.size() - 1))) toks.remove(toks.size() - 1);
        return toks;
    }
}
