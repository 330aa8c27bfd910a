package org.newskg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Role descriptions that stand for a person as the subject of a speech verb, as news in every country writes them
 * once the person is named: "the prime minister said", "The Tanaiste added:", "the PML-N president told the
 * assembly", "the 42-year-old continued", "the veteran opposition leader said", "the 70-year-old former Chief
 * Minister of Punjab Province said", and inverted, "said the premier". "The" opens the description; modifiers
 * (capitalized words, adjectives, nouns, numbers, "former") lead to a role head, possibly with an "of" complement;
 * a speech verb follows (over an adverb or two), or precedes it. Elsewhere ("the prime minister's role") a
 * description is not taken: only a speaker's description matters here.
 */
public final class Descriptions {
    /** Nouns that head a description of one person's role. "spokesman", "official" and the like are not here: they describe speakers the text does not name. */
    static final Set<String> HEADS = Words.of("leader", "president", "chairman", "chairwoman", "chairperson", "chair", "minister",
            "premier", "taoiseach", "tanaiste", "tánaiste", "mp", "mla", "msp", "td", "mep", "senator", "congressman", "congresswoman",
            "governor", "mayor", "councillor", "councilor", "councilman", "councilwoman", "alderman", "alderwoman", "selectman",
            "selectwoman", "assemblyman", "assemblywoman", "supervisor", "commissioner", "secretary", "nominee", "candidate",
            "lawmaker", "legislator", "politician", "president-elect", "speaker", "chancellor", "ambassador", "envoy", "pm", "cm",
            "supremo", "convener", "convenor", "chief", "founder", "ceo", "prosecutor", "sheriff", "judge", "general", "king", "queen",
            "prince", "princess");
    /** "the 42-year-old", "the mum-of-one", "the father-of-two". */
    private static final Pattern AGE_OR_FAMILY = Pattern.compile("(?i)\\d+-year-old|(mum|mom|mother|father|dad|grandmother|grandfather)-of-[a-z]+");
    private static final Set<String> FEMALE_HEADS = Words.of("chairwoman", "congresswoman", "councilwoman", "alderwoman",
            "selectwoman", "assemblywoman", "queen", "princess");
    /** Words that may modify a role head inside a description. */
    private static final Set<String> MODIFIERS = Words.of("former", "then", "outgoing", "incoming", "new", "veteran", "embattled",
            "acting", "deputy", "vice", "opposition", "party", "state", "national", "federal", "provincial", "chief", "prime", "senior",
            "junior", "longtime", "long-serving", "defiant", "emotional", "-", "'s");
    /** How many words a description may hold before its head. */
    static final int MAX_WORDS = 7;

    private Descriptions() {}

    /** The descriptions of a sentence that are the subject of one of its speech verbs, each a {@link Mention.Kind#DESCRIPTION}. */
    static void find(Sentence s, String body, List<Quote> quotes, boolean[] covered, List<Mention> out) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!t.get(i).form().equalsIgnoreCase("the") || covered[t.get(i).start()] || MentionFinder.inQuote(quotes, t.get(i).start())) continue;
            int head = -1, headFirst = -1;
            int j = i + 1;
            for (int words = 0; j < t.size() && words < MAX_WORDS; words++) {
                // The tokenizer splits "42-year-old" and "mum-of-one" at their hyphens: a run of touching tokens is one word.
                int r = runEnd(t, j);
                String word = body.substring(t.get(j).start(), t.get(r - 1).end());
                if (isHead(word)) {
                    head = r - 1;
                    headFirst = j;
                } else if (r - j > 1 || !isModifier(t.get(j))) {
                    if (r - j == 1 || !word.matches("[A-Z][\\p{L}\\p{N}]*(-[\\p{L}\\p{N}]+)+")) break;
                }
                j = r;
            }
            if (head < 0) continue;
            int end = head + 1;
            // "... Chief Minister of Punjab Province said": an "of" complement of capitalized words.
            if (end + 1 < t.size() && t.get(end).form().equals("of")) {
                int k = end + 1;
                if (k < t.size() && t.get(k).form().equalsIgnoreCase("the")) k++;
                int c = k;
                while (c < t.size() && c < k + 4 && Character.isUpperCase(t.get(c).form().charAt(0))) c++;
                if (c > k) end = c;
            }
            if (!speaks(t, i, end)) continue;
            String h = body.substring(t.get(headFirst).start(), t.get(head).end()).toLowerCase(Locale.ROOT);
            Gender g = FEMALE_HEADS.contains(h) || h.matches("(mum|mom|mother|grandmother)-of-.*") ? Gender.FEMALE
                    : h.matches("(father|dad|grandfather)-of-.*") ? Gender.MALE : Gender.UNKNOWN;
            int st = t.get(i + 1).start(), en = t.get(end - 1).end();
            out.add(new Mention(t.get(i).start(), st, en, body.substring(st, en), Mention.Kind.DESCRIPTION, g, s.index(), i + 1, end,
                    false, "", -1));
            for (int c = t.get(i).start(); c < en; c++) covered[c] = true;
            i = end - 1;
        }
    }

    /** The end (exclusive) of the run of touching tokens from {@code j} joined by hyphens ("42-", "year", "-", "old"). */
    private static int runEnd(List<Token> t, int j) {
        int r = j + 1;
        while (r < t.size() && t.get(r).start() == t.get(r - 1).end()
                && (t.get(r).form().startsWith("-") || t.get(r - 1).form().endsWith("-"))) r++;
        return r;
    }

    /** "42-year-old", "mum-of-one": a description by age or family, which names no office. */
    public static boolean isAgeOrFamily(String w) { return AGE_OR_FAMILY.matcher(w).matches(); }

    /** Whether a word heads a role description: "leader", "Tanaiste", "42-year-old". */
    public static boolean isHead(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return HEADS.contains(l) || AGE_OR_FAMILY.matcher(l).matches();
    }

    /** Whether a word is one of the fixed modifiers of a role ("former", "veteran", "opposition"). */
    public static boolean isModifierWord(String w) { return MODIFIERS.contains(w.toLowerCase(Locale.ROOT)); }

    private static boolean isModifier(Token w) {
        String f = w.form();
        if (MODIFIERS.contains(f.toLowerCase(Locale.ROOT))) return true;
        if (Titles.pronoun(f).isPresent() || f.equals(",") || f.equals("\"") || f.equals("'")) return false;
        String pos = w.pos();
        return Character.isUpperCase(f.charAt(0)) || pos.equals("ADJ") || pos.equals("NUM") || pos.equals("NOUN") && !CueLexicon.cueLemma(f, w.lemma()).isPresent();
    }

    /** A speech verb follows the description (over two adverbs or auxiliaries), or stands right before "the". */
    private static boolean speaks(List<Token> t, int the, int end) {
        int k = end;
        int skipped = 0;
        while (k < t.size() && skipped < 2 && (t.get(k).pos().equals("ADV") || t.get(k).pos().equals("AUX"))) { k++; skipped++; }
        if (k < t.size() && isCue(t.get(k))) return true;
        return the > 0 && isCue(t.get(the - 1));
    }

    private static boolean isCue(Token t) {
        return Character.isLowerCase(t.form().charAt(0)) && CueLexicon.cueLemma(t.form(), t.lemma()).isPresent()
                && (t.isVerb() || t.pos().equals("NOUN") || t.pos().equals("AUX"));
    }
}
