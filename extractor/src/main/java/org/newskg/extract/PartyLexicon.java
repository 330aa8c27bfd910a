package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newskg.nlp.Token;

/**
 * Every way the party scheme lets news text name a party (labels, adjectives, member nouns, abbreviations,
 * plurals of member nouns), matched on tokens, longest first. A form shared by parties of several countries, a
 * form with an ordinary reading ("Congress", "Labor", "Reform") and a two-letter abbreviation are marked
 * {@link Form#needsContext()}: only the article's country can make them a party.
 */
final class PartyLexicon {
    /**
     * Forms that are also an ordinary word, a legislature, a department or an ideology somewhere ("Congress" in
     * the US, "Labor Department", "Conservative commentator"): a place named in the sentence does not make them
     * a party in an article of another country.
     */
    private static final Set<String> ORDINARY = Words.of("congress", "labor", "liberal", "liberals", "libs",
            "conservative", "conservatives", "green", "greens", "national", "nationals", "nats",
            "reform", "socialist", "alliance", "bloc", "the bloc", "jubilee", "wiper", "plaid", "renaissance", "left party",
            "nationalist", "act", "reform party", "one nation", "social democrats", "linke", "democratic alliance",
            "national front", "grit", "grits", "kipper", "insoumis", "the greens", "the nationals", "mk", "new democrats",
            "independent", "the left", "left", "congressman", "congresswoman", "congressmen", "congresswomen", "azimio",
            // names and words of other things: Vox the news site, Morena and Alba given names, the Tisza river, "Law and
            // justice will take its course", Kanu a surname
            "vox", "morena", "alba", "tisza", "law and justice", "kanu", "lakas", "amanah", "jamaat",
            // abbreviations that are also common acronyms in English news: a super PAC, the TPP trade deal, CPI
            // inflation, an ATM, an ADC to the governor, UNC the university, NDCs of the climate talks, CHP the
            // California Highway Patrol, the PKR rupee, an IPP power producer
            "pac", "tpp", "cpi", "atm", "adc", "pan", "pri", "ccc", "udc", "unc", "ndc", "chp", "pkr", "ipp", "sad", "bap",
            "pas", "psp", "rsp", "pnm", "cdp", "mcp", "bdp", "tlp", "nup", "sdp", "clp", "uap", "kap", "agp", "anp", "udm",
            "mns", "rld", "npp", "dpp", "pdp", "ji", "al", "pp", "pt", "pl", "po", "ko", "pa", "pd", "pf", "wp", "nc");
    /**
     * Names many countries' parties carry ("People's Party", "Workers' Party", "Democratic Party"): when the scheme
     * holds only one of them, the article's country must still decide, as for a name several concepts share.
     */
    private static final Set<String> GENERIC = Words.of("people's party", "peoples party", "workers' party", "workers party",
            "democratic party", "liberal party", "labour party", "labor party", "national party", "green party", "socialist party",
            "conservative party", "republican party", "patriotic front", "national front", "liberal democratic party",
            "social democratic party", "progressive party", "united national party", "democratic progressive party",
            "national democratic congress", "new patriotic party", "people's national party", "people's national movement",
            "national resistance movement", "democratic action party", "justice and development party", "reform party",
            "national action party", "patriotic alliance", "united democratic movement", "social democrats", "greens", "the greens");

    /** One way of naming a party: its words, the parties it may mean, and how it may be used. */
    record Form(String text, List<Schemes.PartyConcept> parties, boolean memberNoun, boolean adjective, boolean needsContext,
                boolean ordinary, boolean pluralMember) {}

    /**
     * A form found in a sentence: tokens {@code start..end} (exclusive) of the article view; {@code possessive}
     * when the tokenizer left "'s" on its last token ("SNP's").
     */
    record Match(int start, int end, Form form, boolean possessive) {}

    private final Map<String, List<Form>> byFirstWord = new HashMap<>();
    /**
     * The same forms with what matching needs of them worked out once: {@link #form} tries every form of a token's
     * first word at every capitalised token, and folding each form's text and compiling its capitals' patterns there
     * was most of the lexicon's cost on PolNeAR train.
     */
    private final Map<String, List<Entry>> entriesByFirstWord = new HashMap<>();

    /** A form, its folded text, and the patterns of its words written in capitals (see {@link #capitalsKept}). */
    private record Entry(Form form, String folded, List<java.util.regex.Pattern> capitals) {}

    PartyLexicon(Schemes schemes) {
        Map<String, Map<Schemes.PartyConcept, int[]>> forms = new LinkedHashMap<>();
        for (Schemes.PartyConcept p : schemes.parties()) {
            // flags: 1 member noun, 2 adjective, 4 name, 8 plural of a member noun ("Republicans such as X")
            for (String w : p.memberNouns()) {
                flag(forms, w, p, 1);
                flag(forms, plural(w), p, 4 | 8);
            }
            for (String w : p.adjectives()) {
                flag(forms, w, p, 2);
                // "Conservative Party" names Britain's and Canada's, "Labour Party" four countries' parties: the
                // adjective and "Party" are a name of every party the adjective names, decided by the article.
                if (!w.toLowerCase(Locale.ROOT).contains("party")) flag(forms, w + " Party", p, 4);
            }
            for (String w : p.abbreviations()) if (w.length() > 1) flag(forms, w, p, 2 | 4);
            for (String w : p.altLabels()) flag(forms, w, p, 4);
            flag(forms, p.label(), p, 4);
        }
        for (var e : forms.entrySet()) {
            String text = e.getKey();
            int flags = 0;
            for (int[] f : e.getValue().values()) flags |= f[0];
            List<Schemes.PartyConcept> ps = List.copyOf(e.getValue().keySet());
            Set<String> countries = new LinkedHashSet<>();
            for (Schemes.PartyConcept p : ps) countries.add(p.country());
            String lower = text.toLowerCase(Locale.ROOT);
            boolean ordinary = ORDINARY.contains(lower);
            boolean needs = countries.size() > 1 || ordinary || GENERIC.contains(lower) || text.replace(".", "").length() <= 2;
            Form f = new Form(text, ps, (flags & 1) != 0, (flags & 2) != 0, needs, ordinary, (flags & 8) != 0);
            byFirstWord.computeIfAbsent(firstWord(lower), k -> new ArrayList<>()).add(f);
        }
        // Longest first, so "Liberal Democrat" wins over "Liberal".
        for (List<Form> l : byFirstWord.values()) l.sort((a, b) -> b.text().length() - a.text().length());
        byFirstWord.forEach((w, l) -> {
            List<Entry> es = new ArrayList<>();
            for (Form f : l) {
                String folded = fold(f.text());
                es.add(new Entry(f, folded, capitals(folded)));
            }
            entriesByFirstWord.put(w, List.copyOf(es));
        });
    }

    private static void flag(Map<String, Map<Schemes.PartyConcept, int[]>> forms, String w, Schemes.PartyConcept p, int f) {
        String t = w.strip();
        if (t.isEmpty()) return;
        forms.computeIfAbsent(t, k -> new LinkedHashMap<>()).computeIfAbsent(p, k -> new int[1])[0] |= f;
    }

    private static String plural(String noun) {
        if (noun.endsWith("y") && !noun.endsWith("ey")) return noun.substring(0, noun.length() - 1) + "ies";
        return noun.endsWith("s") ? noun : noun + "s";
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) i++;
        return i == 0 ? s.substring(0, 1) : s.substring(0, i);
    }

    /**
     * The longest form that starts at token {@code i} and ends inside the sentence (before token {@code limit}).
     * A form must be written with a capital, as a party's name is; a form in capitals ("ACT", "DA") must be
     * written in capitals, so the verb "act" or "Da" in a name are not parties.
     */
    Match at(ArticleView v, int i, int limit) { return at(v.tokens, v.body, i, limit); }

    /**
     * The same over any token list of the body (a sentence's, before the view exists). A party's abbreviation in
     * brackets right after its name belongs to the match: "Aam Aadmi Party (AAP) chief", "Pakistan Tehreek-e-Insaf
     * (PTI) MP".
     */
    Match at(List<Token> tokens, String body, int i, int limit) {
        Match m = form(tokens, body, i, limit);
        if (m == null || m.possessive() || m.end() + 2 >= limit || !tokens.get(m.end()).text().equals("(")) return m;
        Match inner = form(tokens, body, m.end() + 1, limit);
        if (inner == null || inner.possessive() || inner.end() >= limit || !tokens.get(inner.end()).text().equals(")")) return m;
        for (Schemes.PartyConcept p : inner.form().parties())
            if (m.form().parties().contains(p)) return new Match(i, inner.end() + 1, m.form(), false);
        return m;
    }

    private Match form(List<Token> tokens, String body, int i, int limit) {
        Token t = tokens.get(i);
        if (t.form().isEmpty() || !Character.isUpperCase(t.form().charAt(0))) return null;
        List<Entry> cands = entriesByFirstWord.get(firstWord(t.form().toLowerCase(Locale.ROOT)));
        if (cands == null) return null;
        // Each token's folded text and its text without a final "'s" or "'", worked out on first use for all forms
        // (the first few tokens: a form spans few, and the limit may be the article's end).
        String[] folded = new String[Math.max(0, Math.min(limit - i, FOLDED_TOKENS))];
        String[] bares = new String[folded.length];
        for (Entry e : cands) {
            int j = i;
            int pos = 0;
            String text = e.folded();
            // Walk the form's characters over the tokens, allowing whitespace where the text has it.
            boolean possessive = false;
            while (j < limit && pos < text.length()) {
                String w, bare;
                if (j - i < folded.length) {
                    if (folded[j - i] == null) {
                        folded[j - i] = fold(tokens.get(j).text());
                        bares[j - i] = withoutPossessive(folded[j - i]);
                    }
                    w = folded[j - i];
                    bare = bares[j - i];
                } else {
                    w = fold(tokens.get(j).text());
                    bare = withoutPossessive(w);
                }
                while (pos < text.length() && text.charAt(pos) == ' ') pos++;
                if (text.regionMatches(true, pos, w, 0, w.length())) {
                    pos += w.length();
                } else if (!bare.equals(w) && pos + bare.length() == text.length() && text.regionMatches(true, pos, bare, 0, bare.length())) {
                    pos += bare.length();
                    possessive = true;
                } else break;
                j++;
            }
            if (pos != text.length() || j == i) continue;
            String written = fold(body.substring(t.start(), tokens.get(j - 1).end()));
            if (!capitalsKept(e.capitals(), written)) continue;
            return new Match(i, j, e.form(), possessive);
        }
        return null;
    }

    /** Tokens whose folded text {@link #form} keeps while trying the forms of one token. */
    private static final int FOLDED_TOKENS = 8;

    private static final java.util.regex.Pattern POSSESSIVE_END = java.util.regex.Pattern.compile("'s?$");

    /** A word without a final "'s" or "'" ("SNP's", "Greens'"), as {@code replaceFirst("'s?$", "")}. */
    private static String withoutPossessive(String w) {
        // Only a word with an apostrophe can lose one; the pattern (whose "$" also allows a final line break) is kept
        // for those few so the result is the pattern's to the character.
        return w.indexOf('\'') < 0 ? w : POSSESSIVE_END.matcher(w).replaceFirst("");
    }

    /**
     * Whether the words of a form written in capitals ("ACT", "DA", the "NZ" of "NZ First") are written so: the
     * verb "act" or "Da" in a name are not parties. Other words may differ in case ("Conservative party",
     * "Azimio La Umoja", "LEADER of").
     */
    private static boolean capitalsKept(List<java.util.regex.Pattern> capitals, String written) {
        for (java.util.regex.Pattern p : capitals) if (!p.matcher(written).find()) return false;
        return true;
    }

    /** The patterns that find each word of a form written in capitals (two capitals or more) as a whole word. */
    private static List<java.util.regex.Pattern> capitals(String form) {
        List<java.util.regex.Pattern> out = new ArrayList<>();
        for (String piece : form.split("[^\\p{L}]+")) {
            if (upperCount(piece) < 2) continue;
            out.add(java.util.regex.Pattern.compile("(?<!\\p{L})" + java.util.regex.Pattern.quote(piece) + "(?!\\p{L})"));
        }
        return List.copyOf(out);
    }

    /** Dashes and apostrophes as one character each: "Umoja–One" is "Umoja-One", "PML-N’s" is "PML-N's". */
    private static String fold(String s) {
        // A plain loop: the regex replacement this was ran on every token a party form was tried on.
        int i = 0;
        while (i < s.length() && !isFolded(s.charAt(i))) i++;
        if (i == s.length()) return s;
        char[] cs = s.toCharArray();
        for (; i < cs.length; i++) {
            char c = cs[i];
            if (c >= '\u2010' && c <= '\u2015' || c == '\u2212') cs[i] = '-';
            else if (c == '\u2019' || c == '\u2018') cs[i] = '\'';
        }
        return new String(cs);
    }

    private static boolean isFolded(char c) {
        return c >= '\u2010' && c <= '\u2015' || c == '\u2212' || c == '\u2018' || c == '\u2019';
    }

    /** Whether a single word is a way of naming a party ("Tory", "Liberals", "BJP"). */
    boolean isForm(String word) {
        List<Form> cands = byFirstWord.get(firstWord(word.toLowerCase(Locale.ROOT)));
        if (cands == null) return false;
        for (Form f : cands) if (f.text().equalsIgnoreCase(word)) return true;
        return false;
    }

    private static int upperCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isUpperCase(s.charAt(i))) n++;
        return n;
    }

    /** All forms in the sentence of token {@code from}, left to right, not overlapping. */
    List<Match> inSentence(ArticleView v, int from) {
        int lo = v.sentenceStartToken(from), hi = v.sentenceEndToken(from);
        List<Match> out = new ArrayList<>();
        for (int i = lo; i < hi; i++) {
            Match m = at(v, i, hi);
            if (m != null) {
                out.add(m);
                i = m.end() - 1;
            }
        }
        return out;
    }
}
