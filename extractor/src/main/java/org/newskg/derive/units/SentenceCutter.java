package org.newskg.derive.units;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Cuts a printed quote into sentences, the units that outlets pick from when they quote a statement: one prints
 * sentences 1 to 3, another 2 and 4, a third only a phrase of 3. A sentence ends at ".", "!" or "?" followed by a
 * capital, not after a title or an initial ("Mr. Voss", "U.S."), and a semicolon sets clauses apart as sentences; an
 * ellipsis ends nothing. Where an attribution interrupted
 * the quote ('"The plan stands," she wrote. "Every council ..."'), the claim joins its pieces; the join is a sentence
 * end when the next piece opens with a capital, and inside one sentence when it goes on in lower case ('"Nobody,"
 * she said, "expected the vote to pass"').
 */
public final class SentenceCutter {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "vs", "gov", "sen", "rep",
            "gen", "lt", "col", "prof", "rev", "hon", "sgt", "capt", "cmdr", "adm", "maj", "pres", "supt", "insp", "etc", "mt", "ft", "jan",
            "feb", "aug", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "dept");

    private SentenceCutter() {}

    /**
     * A sentence of a text: code-point offsets, end exclusive, surrounding spaces left out. {@code woven}: a partial
     * quote woven into the reporter's sentence rather than a sentence of a quoted passage; woven partials of one
     * sentence are pieces of one statement each, not sentences that follow each other.
     */
    public record Cut(int start, int end, boolean woven) {}

    /**
     * @param joins code-point offsets in {@code text} where the claim joined two pieces of one quotation (the space
     *     it put between them)
     */
    public static List<Cut> cut(String text, Collection<Integer> joins) {
        int[] cps = text.codePoints().toArray();
        List<Cut> out = new ArrayList<>();
        int start = 0, wovenFrom = Integer.MAX_VALUE;
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
                // Clauses a semicolon sets apart are cut by outlets as sentences are ("We will not cut the budget;
                // we will not close the clinics" / "we will not close any clinics").
                if (i + 1 < cps.length && Character.isWhitespace(cps[i + 1])) {
                    add(out, cps, start, i + 1);
                    start = i + 1;
                }
                continue;
            } else if (joins.contains(i + 1)) {
                // Where the claim joined two pieces: one sentence goes on only after a comma (or a dash) and in
                // lower case ('"Nobody," she said, "expected the vote to pass"'); partial quotes woven into the reporter's
                // sentence ('the "happiest years" of her career, "both private and public"') are units each.
                boolean goesOn = (c == ',' || c == '\u2014' || c == '\u2013' || c == '-' || c == ':')
                        && i + 2 < cps.length && Character.isLowerCase(cps[i + 2]);
                if (!goesOn) {
                    boolean sentence = (c == ',' || c == '!' || c == '?') && i + 2 < cps.length && Character.isUpperCase(cps[i + 2]);
                    if (!sentence) wovenFrom = Math.min(wovenFrom, out.size());
                    add(out, cps, start, i + 1);
                    start = i + 2;
                    i = i + 1;
                }
                continue;
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
        if (wovenFrom == Integer.MAX_VALUE) return out;
        // Pieces woven into the reporter's sentence: every unit of the claim is one.
        List<Cut> woven = new ArrayList<>(out.size());
        for (Cut c : out) woven.add(new Cut(c.start(), c.end(), true));
        return woven;
    }

    /**
     * The units of a claim: the sentences of a direct quote, the quotations of a paraphrase. A claim marked direct
     * whose text holds a double-quoted piece after words of its own ('it was "reckless" to close the ferry now') is
     * the reporter's clause with a partial quote in it, the same as a paraphrase: inside a speaker's quote an outlet
     * sets quoted words in single marks, so double marks inside the claim's text close the speaker's words again.
     */
    public static List<Cut> units(String text, Collection<Integer> joins, boolean direct) {
        return direct && !partlyQuoted(text) ? cut(text, joins) : quoted(text);
    }

    /** Whether a double mark opens after words of the text's own (not at its start) and closes later in it. */
    static boolean partlyQuoted(String text) {
        int[] cps = text.codePoints().toArray();
        boolean words = false;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (Character.isLetterOrDigit(c)) words = true;
            boolean opens = c == '\u201C' || c == '"' && (i == 0 || Character.isWhitespace(cps[i - 1]));
            if (!opens || !words || i == 0 || !Character.isWhitespace(cps[i - 1])) continue;
            for (int k = i + 1; k < cps.length; k++) if (cps[k] == '\u201D' || cps[k] == '"') return true;
            return false;
        }
        return false;
    }

    /**
     * The quotations inside a reported clause ('her reasons "for leaving are both private and public"'):
     * the speaker's own words in a paraphrase, a partial quote as any other. Double marks pair up in order; a single
     * mark opens only after a space or at the start and closes only before a non-letter, so an apostrophe
     * ("Trudeau's", "don't") is none.
     */
    public static List<Cut> quoted(String text) {
        int[] cps = text.codePoints().toArray();
        List<Cut> out = new ArrayList<>();
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            int close = -1;
            if (c == '\u201C' || c == '"') {
                for (int k = i + 1; k < cps.length; k++) {
                    if (cps[k] == '\u201D' || cps[k] == '"') {
                        close = k;
                        break;
                    }
                }
            } else if ((c == '\u2018' || c == '\'') && (i == 0 || !Character.isLetterOrDigit(cps[i - 1]))) {
                for (int k = i + 1; k < cps.length; k++) {
                    if ((cps[k] == '\u2019' || cps[k] == '\'') && (k + 1 == cps.length || !Character.isLetter(cps[k + 1]))) {
                        close = k;
                        break;
                    }
                }
            }
            // A mark the claim's span leaves unclosed quotes to the end ('the current "two party council will').
            boolean opens = c == '\u201C' || c == '\u2018' || (c == '"' || c == '\'') && (i == 0 || !Character.isLetterOrDigit(cps[i - 1]));
            if (close < 0 && opens && i + 1 < cps.length && Character.isLetterOrDigit(cps[i + 1])) close = cps.length;
            if (close < 0) {
                i++;
                continue;
            }
            add(out, cps, i + 1, close, true);
            i = close + 1;
        }
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

    private static void add(List<Cut> out, int[] cps, int s, int e) { add(out, cps, s, e, false); }

    private static void add(List<Cut> out, int[] cps, int s, int e, boolean woven) {
        while (s < e && Character.isWhitespace(cps[s])) s++;
        while (e > s && Character.isWhitespace(cps[e - 1])) e--;
        for (int k = s; k < e; k++) {
            if (Character.isLetterOrDigit(cps[k])) {
                out.add(new Cut(s, e, woven));
                return;
            }
        }
    }
}
