package org.newskg.derive.units;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words that outlets, translators and rewording tools put in place of each other without changing what was said:
 * verbs of belief ("I believe we can" / "I think we can"), of choosing, of starting, the nouns for an office. Each
 * class is keyed by its first word. The table is small on purpose: a class is added only when the development sets
 * show versions of one sentence it joins and the PolNeAR pairs judged different show none it would join (see
 * docs/identity.md for the measurement); it is not a thesaurus.
 * <p>
 * Irregular past forms ("thought", "chose") map to their verb first, because the stemmer leaves them alone.
 */
final class Equivalences {
    private Equivalences() {}

    /** Word classes, each a set of base forms that one sentence may carry in any of its versions. */
    static final List<List<String>> CLASSES = List.of(
            List.of("think", "believe", "feel", "reckon"),
            List.of("choose", "select", "elect", "pick"),
            List.of("begin", "start", "commence"),
            List.of("job", "role", "post", "position", "office"),
            List.of("big", "large", "huge"),
            List.of("intervene", "interfere"),
            List.of("new", "fresh"),
            List.of("common", "regular", "usual"),
            List.of("fulfilling", "rewarding", "satisfying"),
            List.of("want", "wish"),
            // "we can no longer" / "we can't anymore" / "not any longer": the negator aligns on its own.
            List.of("longer", "anymore"));

    /** Past tenses and participles the stemmer does not bring back to the verb. */
    static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("thought", "think"), Map.entry("felt", "feel"), Map.entry("chose", "choose"), Map.entry("chosen", "choose"),
            Map.entry("began", "begin"), Map.entry("begun", "begin"), Map.entry("took", "take"), Map.entry("taken", "take"),
            Map.entry("gave", "give"), Map.entry("given", "give"), Map.entry("made", "make"), Map.entry("brought", "bring"),
Map.entry("lost", "lose"), Map.entry("won", "win"), Map.entry("ran", "run"),
            Map.entry("saw", "see"), Map.entry("seen", "see"), Map.entry("came", "come"), Map.entry("went", "go"),
            Map.entry("gone", "go"), Map.entry("knew", "know"), Map.entry("known", "know"), Map.entry("told", "tell"),
            Map.entry("held", "hold"), Map.entry("kept", "keep"), Map.entry("met", "meet"), Map.entry("paid", "pay"),
            Map.entry("led", "lead"), Map.entry("sent", "send"), Map.entry("spent", "spend"), Map.entry("built", "build"),
            Map.entry("stood", "stand"), Map.entry("understood", "understand"), Map.entry("fought", "fight"),
            Map.entry("sought", "seek"), Map.entry("taught", "teach"), Map.entry("bought", "buy"), Map.entry("caught", "catch"),
            Map.entry("wrote", "write"), Map.entry("written", "write"), Map.entry("spoke", "speak"), Map.entry("spoken", "speak"),
            Map.entry("broke", "break"), Map.entry("broken", "break"), Map.entry("rose", "rise"), Map.entry("risen", "rise"),
            Map.entry("fell", "fall"), Map.entry("fallen", "fall"), Map.entry("grew", "grow"), Map.entry("grown", "grow"),
            Map.entry("drew", "draw"), Map.entry("drawn", "draw"), Map.entry("threw", "throw"), Map.entry("thrown", "throw"),
            Map.entry("became", "become"), Map.entry("shown", "show"), Map.entry("meant", "mean"), Map.entry("heard", "hear"),
            Map.entry("found", "find"), Map.entry("sold", "sell"), Map.entry("struck", "strike"), Map.entry("hid", "hide"),
            Map.entry("forgot", "forget"), Map.entry("forgotten", "forget"), Map.entry("forgave", "forgive"));

    private static final Map<String, String> CLASS_OF = classIndex();

    private static Map<String, String> classIndex() {
        Map<String, String> out = new HashMap<>();
        for (List<String> c : CLASSES) for (String w : c) out.put(w, c.get(0));
        return Map.copyOf(out);
    }

    /** The verb an irregular form belongs to, or the word itself. */
    static String base(String form) { return IRREGULAR.getOrDefault(form, form); }

    /** The class key of a base form, or empty when the word stands for itself. */
    static String classOf(String base) { return CLASS_OF.get(base); }
}
