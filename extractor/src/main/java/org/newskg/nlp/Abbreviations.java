package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.util.Span;

/**
 * Repairs what the UD models, trained on web English, do to news: they end a sentence at "Sen." and split
 * "Sen." into "Sen" and ".", which would separate every senator from the verb she speaks with. A title
 * abbreviation never ends a sentence; other abbreviations end one only before a capital letter.
 */
final class Abbreviations {
    private Abbreviations() {}

    /** Abbreviated titles: always followed by a name, never sentence-final. */
    static final Set<String> TITLES = Set.of("sen", "sens", "rep", "reps", "gov", "govs", "mr", "mrs", "ms", "dr", "gen",
            "lt", "col", "sgt", "capt", "adm", "prof", "rev", "maj", "cmdr", "supt", "det", "insp", "atty", "pres",
            "sec", "hon", "amb", "cpl", "pvt", "fr", "sr", "st", "messrs", "mssrs",
            // "Del. Stacey Plaskett": US news abbreviates a delegate to the House "Del." (AP style).
            "del");
    /** Other abbreviations: sentence-final only before a capital letter. */
    static final Set<String> OTHER = Set.of("jr", "inc", "corp", "co", "ltd", "no", "vs", "etc", "u.s", "u.n", "u.k",
            "d.c", "a.m", "p.m", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "ft", "mt",
            "approx", "dept", "univ", "assn", "bros", "est", "gop");

    static List<Span> mergeSentences(String text, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                if (continues(text.substring(prev.getStart(), prev.getEnd()), text.substring(s.getStart(), s.getEnd()))) {
                    out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /**
     * Dotted place abbreviations of two or more letters that end sentences ("in Charlotte, N.C."), unlike a
     * person's initials ("Rep. G.K. Butterfield", "H.R. McMaster"): the US states and a few others news writes so.
     */
    static final Set<String> DOTTED_PLACES = Set.of("n.c", "s.c", "n.y", "n.j", "n.h", "n.d", "s.d", "n.m", "r.i", "w.va",
            "l.a", "e.u", "u.a.e", "p.r");

    /** "G.K", "H.R", "J.R.R": a run of single capital initials (the last one's period not included). */
    static boolean isInitials(String word) {
        return word.length() >= 3 && word.matches("(?:\\p{Lu}\\.)+\\p{Lu}");
    }

    /** A person's initials before a surname, not a dotted place or a body ("U.S", "N.C"), nor a state tag ("D-N.C."). */
    private static boolean personInitials(String prev, String word) {
        String t = prev.stripTrailing();
        int at = t.length() - 1 - word.length();
        if (at > 0 && t.charAt(at - 1) == '-') return false;
        String w = word.toLowerCase(Locale.ROOT);
        return isInitials(word) && !OTHER.contains(w) && !DOTTED_PLACES.contains(w);
    }

    private static boolean continues(String prev, String next) {
        char first = firstLetter(next);
        // No sentence of news opens in lowercase: `"...," he said` and `D-Ore., said` continue the sentence before.
        if (Character.isLowerCase(first)) return true;
        String word = lastWordBeforeDot(prev);
        if (word == null) return false;
        String w = word.toLowerCase(Locale.ROOT);
        if (TITLES.contains(w)) return true;
        // "H.R. McMaster", "George W. Bush": a single initial before a capitalised word.
        // "Rep. G.K. Butterfield": initials likewise, where they are no place's.
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) || OTHER.contains(w) && !Character.isUpperCase(first)
                || personInitials(prev, word) && Character.isUpperCase(first);
    }

    private static String lastWordBeforeDot(String s) {
        String t = s.stripTrailing();
        if (!t.endsWith(".")) return null;
        int i = t.length() - 1;
        int j = i;
        while (j > 0 && (Character.isLetter(t.charAt(j - 1)) || t.charAt(j - 1) == '.')) j--;
        if (j == i) return null;
        return t.substring(j, i);
    }

    private static char firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) return c;
        }
        return ' ';
    }

    /** Joins "Sen" "." into "Sen." where the period touches the word and belongs to it. */
    static Span[] mergeTokens(String sentence, Span[] tokens) {
        List<Span> out = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            Span t = tokens[i];
            if (i + 1 < tokens.length && tokens[i + 1].getStart() == t.getEnd() && sentence.charAt(t.getEnd()) == '.'
                    && tokens[i + 1].getEnd() == t.getEnd() + 1) {
                String w = sentence.substring(t.getStart(), t.getEnd()).toLowerCase(Locale.ROOT);
                boolean last = i + 1 == tokens.length - 1;
                String word = sentence.substring(t.getStart(), t.getEnd());
                if (TITLES.contains(w) || (!last && (OTHER.contains(w) || w.length() == 1 && Character.isLetter(w.charAt(0))
                        || isInitials(word) && !DOTTED_PLACES.contains(w)))) {
                    out.add(new Span(t.getStart(), t.getEnd() + 1));
                    i++;
                    continue;
                }
            }
            out.add(t);
        }
        return out.toArray(new Span[0]);
    }
}
