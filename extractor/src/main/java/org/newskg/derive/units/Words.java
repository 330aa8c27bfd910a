package org.newskg.derive.units;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Reads a printed quote into {@link Word}s. Outlets print one sentence with different quotation marks, case,
 * contractions ("we've" / "we have"), numbers ("9" / "nine"), spellings ("paycheque" / "paycheck"), inflections
 * ("decision" / "decisions", "has" / "have" when a partial quote moves into the reporter's third person) and
 * hyphenation; the word's {@code key} erases those differences and nothing else. Offsets are code points into the
 * text read, so a unit's words can be pointed to in the article.
 * <p>
 * Not thread-safe (the stemmer and its cache are per instance); one instance per derivation.
 */
public final class Words {
    /** The key of every negator: "no", "not", "never", "neither" and "nor" all turn a statement around alike. */
    public static final String NEGATION = "\u00acnot";

    /** Function words, pronouns, auxiliaries and light verbs: they carry no content of their own. */
    static final Set<String> STOP = Set.copyOf(Arrays.asList(("a about above after again against all am an and any are as at be "
            + "because been before being below between both but by can could did do does doing down during each few for from further "
            + "had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my "
            + "myself now of off on once only or other our ours ourselves out over own same she should so some such than that the "
            + "their theirs them themselves then there these they this those through to too under until up very was we were what "
            + "when where which while who whom why will with would you your yours yourself yourselves us going get got one also "
            + "really well yes oh said say says shall may might must let even still ever however do done go went gone come came put "
            + "mr mrs ms dr").split(" ")));

    /**
     * Light verbs: "take revenge", "seek revenge" and "exact revenge" say one thing, the noun carries it. They share
     * one key and carry no content.
     */
    static final Set<String> LIGHT = Set.copyOf(Arrays.asList(("take takes taking took taken make makes making made give gives giving "
            + "gave given seek seeks seeking sought exact exacts exacting").split(" ")));

    /** The key of every light verb. */
    static final String LIGHT_VERB = "\u2039light\u203a";

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "nor", "neither", "nothing", "nobody", "none", "nowhere");

    /** Pronouns whose "'s" is "is" ("it's time"); after any other word it is a possessive and dropped. */
    private static final Set<String> IS_AFTER = Set.of("it", "that", "there", "here", "he", "she", "what", "who", "where", "how", "this", "them");

    private static final Map<String, String> AUXILIARY = Map.ofEntries(Map.entry("has", "have"), Map.entry("had", "have"),
            Map.entry("having", "have"), Map.entry("is", "be"), Map.entry("are", "be"), Map.entry("was", "be"), Map.entry("were", "be"),
            Map.entry("am", "be"), Map.entry("been", "be"), Map.entry("being", "be"), Map.entry("does", "do"), Map.entry("did", "do"),
            Map.entry("doing", "do"));

    private static final Map<String, String> NUMBERS = numbers();

    private final SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    private final Map<String, String> keys = new HashMap<>();

    /** The words of {@code text}, in order. */
    public List<Word> read(String text) {
        List<Word> out = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        int bracket = 0;
        boolean gap = false, sentenceStart = true;
        int capitals = 0, letters = 0;
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            if (Character.isLetterOrDigit(c)) {
                int s = i;
                while (i < cps.length && (Character.isLetterOrDigit(cps[i]) || Character.getType(cps[i]) == Character.NON_SPACING_MARK
                        || (isApostrophe(cps[i]) && i + 1 < cps.length && Character.isLetter(cps[i + 1]))
                        || (Character.isDigit(cps[i - 1]) && (cps[i] == ',' || cps[i] == '.') && i + 1 < cps.length && Character.isDigit(cps[i + 1])))) {
                    i++;
                }
                String raw = new String(cps, s, i - s);
                boolean editorial = bracket > 0;
                boolean upper = Character.isUpperCase(raw.codePointAt(0));
                boolean acronym = raw.length() >= 2 && raw.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
                        && raw.codePoints().anyMatch(Character::isLetter);
                if (Character.isLetter(c)) {
                    letters++;
                    if (upper) capitals++;
                }
                boolean name = (upper && !sentenceStart && !raw.equals("I") && !raw.startsWith("I'") && !raw.startsWith("I\u2019")) || (acronym && !raw.equals("I"));
                for (String form : forms(raw)) {
                    out.add(word(s, i, form, name, editorial, gap));
                    gap = false;
                }
                sentenceStart = false;
                continue;
            }
            if (c == '(' || c == '[') {
                if (closes(cps, i)) bracket++;
            } else if ((c == ')' || c == ']') && bracket > 0) {
                bracket--;
            } else if (c == '\u2026' || (c == '.' && i + 1 < cps.length && cps[i + 1] == '.')) {
                gap = !out.isEmpty();
                while (i + 1 < cps.length && (cps[i + 1] == '.' || cps[i + 1] == '\u2026')) i++;
            } else if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') {
                sentenceStart = true;
            }
            i++;
        }
        // A headline in title case ("Not Enough In The Tank") names nothing by its capitals.
        if (letters > 0 && capitals * 10 >= letters * 6 && letters >= 4) {
            for (int k = 0; k < out.size(); k++) {
                Word w = out.get(k);
                out.set(k, new Word(w.start(), w.end(), w.form(), w.key(), w.content(), false, w.number(), w.editorial(), w.afterGap()));
            }
        }
        return out;
    }

    private static boolean isApostrophe(int c) { return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018'; }

    /** Whether the bracket opened at {@code i} closes later in the text; an unclosed one marks nothing editorial. */
    private static boolean closes(int[] cps, int i) {
        int close = cps[i] == '(' ? ')' : ']';
        for (int k = i + 1; k < cps.length; k++) if (cps[k] == close) return true;
        return false;
    }

    private Word word(int start, int end, String form, boolean name, boolean editorial, boolean gap) {
        boolean negation = NEGATORS.contains(form);
        boolean number = Character.isDigit(form.codePointAt(0));
        // Negators carry no content of their own: they must agree (see Agreement), not make two sentences alike.
        boolean content = !negation && (number || (!STOP.contains(form) && !LIGHT.contains(form) && form.codePointCount(0, form.length()) > 1));
        String key = negation ? NEGATION : keyOf(form);
        return new Word(start, end, form, key, content, name && !negation, number, editorial, gap);
    }

    /** The key of a compared form (see {@link Word#key}); also used for two words an outlet printed as one. */
    String keyOf(String form) {
        if (NEGATORS.contains(form)) return NEGATION;
        if (LIGHT.contains(form)) return LIGHT_VERB;
        if (Character.isDigit(form.codePointAt(0)) || STOP.contains(form)) return form;
        return keys.computeIfAbsent(form, f -> {
            String base = Equivalences.base(f);
            String cls = Equivalences.classOf(base);
            if (cls != null) return cls;
            String stem = stemmer.stem(base).toString();
            String stemClass = Equivalences.classOf(stem);
            return stemClass != null ? stemClass : stem;
        });
    }

    /**
     * The compared forms of one printed token: lowercase without accents, contractions spelled out ("can't" is "can
     * not", "it's" is "it is", "Trudeau's" is "trudeau"), numbers as digits, British spellings as American.
     */
    static List<String> forms(String raw) {
        String t = Normalizer.normalize(raw, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'').toLowerCase(Locale.ROOT);
        if (Character.isDigit(t.codePointAt(0))) return List.of(t.replace(",", ""));
        List<String> out = new ArrayList<>(2);
        int ap = t.indexOf('\'');
        if (ap < 0) {
            if (t.equals("cannot")) return List.of("can", "not");
            out.add(spelling(t));
        } else {
            String head = t.substring(0, ap), tail = t.substring(ap + 1);
            if (tail.equals("t") && head.endsWith("n")) {
                String verb = head.substring(0, head.length() - 1);
                out.add(switch (verb) {
                    case "ca" -> "can";
                    case "wo" -> "will";
                    case "sha" -> "shall";
                    case "ai" -> "be";
                    default -> aux(verb);
                });
                out.add("not");
            } else {
                out.add(spelling(head));
                switch (tail) {
                    case "ve" -> out.add("have");
                    case "re", "m" -> out.add("be");
                    case "ll" -> out.add("will");
                    case "d" -> out.add("would");
                    case "s" -> {
                        if (head.equals("let")) out.add("us");
                        else if (IS_AFTER.contains(head)) out.add("be");
                    }
                    default -> out.set(0, spelling(head + tail));
                }
            }
        }
        for (int k = 0; k < out.size(); k++) out.set(k, aux(NUMBERS.getOrDefault(out.get(k), out.get(k))));
        return out;
    }

    private static String aux(String form) { return AUXILIARY.getOrDefault(form, form); }

    /** British spellings as American, so that both outlets' words meet; applied alike to both, it needs no list of exceptions. */
    static String spelling(String w) {
        if (w.length() < 5) return w;
        if (w.endsWith("cheque")) return w.substring(0, w.length() - 6) + "check";
        if (w.endsWith("our") && w.length() >= 6) return w.substring(0, w.length() - 3) + "or";
        if (w.endsWith("ours") && w.length() >= 7) return w.substring(0, w.length() - 4) + "ors";
        if (w.length() >= 6) {
            for (String[] p : SPELLINGS) if (w.endsWith(p[0])) return w.substring(0, w.length() - p[0].length()) + p[1];
        }
        return w;
    }

    /** British endings and their American forms ("organisation", "analyse", "catalogue", "centre", "defence"). */
    private static final String[][] SPELLINGS = {{"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"}, {"ises", "izes"},
            {"ise", "ize"}, {"yse", "yze"}, {"ogue", "og"}, {"tre", "ter"}, {"fence", "fense"}, {"cence", "cense"}};

    private static Map<String, String> numbers() {
        String[] small = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                + "seventeen eighteen nineteen twenty").split(" ");
        Map<String, String> out = new HashMap<>();
        for (int k = 2; k < small.length; k++) out.put(small[k], Integer.toString(k));
        String[] tens = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int k = 0; k < tens.length; k++) out.put(tens[k], Integer.toString(30 + 10 * k));
        return Map.copyOf(out);
    }
}
