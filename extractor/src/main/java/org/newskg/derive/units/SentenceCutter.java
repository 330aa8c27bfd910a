package org.newskg.derive.units;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Cuts a printed quote into sentences, the units that outlets pick from when they quote a statement: one prints
 * sentences 1 to 3, another 2 and 4, a third only a phrase of 3. A sentence ends at ".", "!" or "?" followed by a
 * capital, not after a title or an initial ("Mr. Khan", "U.S."), and a semicolon sets clauses apart as sentences; an
 * ellipsis ends nothing. Where an attribution interrupted
 * the quote ('"Nothing has changed," he wrote. "Every MP ..."'), the claim joins its pieces; the join is a sentence
 * end when the next piece opens with a capital, and inside one sentence when it goes on in lower case ('"No one,"
 * he said, "should be lost"').
 */
public final class SentenceCutter {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "vs", "gov", "sen", "rep",
            "gen", "lt", "col", "prof", "rev", "hon", "sgt", "capt", "cmdr", "adm", "maj", "pres", "supt", "insp", "etc", "mt", "ft", "jan",
            "feb", "aug", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "dept");

    private SentenceCutter() {}

    /** A sentence of a text: code-point offsets, end exclusive, surrounding spaces left out. */
    public record Cut(int start, int end) {}

    /**
     * @param joins code-point offsets in {@code text} where the claim joined two pieces of one quotation (the space
     *     it put between them)
     */
    public static List<Cut> cut(String text, Collection<Integer> joins) {
        int[] cps = text.codePoints().toArray();
        List<Cut> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean end = false;
            int after = i + 1;
            if (c == '.' && i + 1 < cps.length && cps[i + 1] == '.' || c == '\u2026') {
                // An ellipsis marks words left out, inside a sentence as often as between two ("To the new leader...
                // I say"): the unit goes on, and the words on either side may stand apart (see Containment).
                while (i + 1 < cps.length && (cps[i + 1] == '.' || cps[i + 1] == '\u2026')) i++;
                continue;
            }
            if (c == '.' || c == '!' || c == '?') {
                while (after < cps.length && (cps[after] == '.' || isClosing(cps[after]))) after++;
                end = c != '.' || !abbreviation(cps, i);
            } else if (c == ';') {
                // Clauses a semicolon sets apart are cut by outlets as sentences are ("We will not take revenge;
                // we will not send the innocent to jail" / "we will not send innocent people to jail").
                if (i + 1 < cps.length && Character.isWhitespace(cps[i + 1])) {
                    add(out, cps, start, i + 1);
                    start = i + 1;
                }
                continue;
            } else if (c == ',' && joins.contains(i + 1)) {
                while (after < cps.length && isClosing(cps[after])) after++;
                end = true;
            }
            if (!end) continue;
            int next = after;
            while (next < cps.length && Character.isWhitespace(cps[next])) next++;
            if (next == after && next < cps.length) continue;
            if (next < cps.length && !opensSentence(cps, next)) continue;
            add(out, cps, start, after);
            start = next;
            i = next - 1;
        }
        add(out, cps, start, cps.length);
        return out;
    }

    private static boolean isClosing(int c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']';
    }

    private static boolean opensSentence(int[] cps, int i) {
        int k = i;
        while (k < cps.length && (cps[k] == '"' || cps[k] == '\'' || cps[k] == '\u201C' || cps[k] == '\u2018' || cps[k] == '(' || cps[k] == '[')) k++;
        return k < cps.length && (Character.isUpperCase(cps[k]) || Character.isDigit(cps[k]));
    }

    /** Whether the period at {@code dot} ends a title or an initial rather than a sentence. */
    private static boolean abbreviation(int[] cps, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(cps[s - 1])) s--;
        if (s == dot) return false;
        String w = new String(cps, s, dot - s).toLowerCase(java.util.Locale.ROOT);
        if (w.length() == 1) return true;
        return ABBREVIATIONS.contains(w) || (s > 0 && cps[s - 1] == '.');
    }

    private static void add(List<Cut> out, int[] cps, int s, int e) {
        while (s < e && Character.isWhitespace(cps[s])) s++;
        while (e > s && Character.isWhitespace(cps[e - 1])) e--;
        for (int k = s; k < e; k++) {
            if (Character.isLetterOrDigit(cps[k])) {
                out.add(new Cut(s, e));
                return;
            }
        }
    }
}
