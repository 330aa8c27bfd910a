package org.newskg.derive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.newskg.resolve.ClaimText;

/**
 * Decides which claims of one speaker report the same utterance. Outlets print one utterance with different
 * contractions, punctuation, hyphenation breaks, a sentence left out or swapped, or only a part of it; two
 * different things a person said share words too, so a wrong merge is guarded by asking for several shared
 * content words (not "I do not think that is") and a high share of the shorter side.
 * <p>
 * The answer depends only on the set of texts: pairs are compared symmetrically and joined transitively, so the
 * order claims arrive in never matters. Candidate pairs come from an inverted index of content words, which keeps
 * the cost near linear in the number of claims rather than quadratic.
 */
final class UtteranceMatcher {
    /** The thresholds, with the measurements behind them. */
    private static final IdentityRules RULES = IdentityRules.CURRENT;

    private static final Pattern HYPHEN_BREAK = Pattern.compile("(\\p{Ll})-\\s*(\\p{Ll})");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'\u201D\u2019]?)\\s+");

    private static final Set<String> STOP = Set.copyOf(Arrays.asList(("a about above after again against all am an and any are as at be because been before "
            + "being below between both but by can could did do does doing down during each few for from further had has have "
            + "having he her here hers herself him himself his how i if in into is it its itself just me more most my myself "
            + "now of off on once only or other our ours ourselves out over own same she should so some such than "
            + "that the their theirs them themselves then there these they this those through to too under until up very was "
            + "we were what when where which while who whom why will with would you your yours yourself yourselves us "
            + "going get got one also really well yes oh said say says").split(" ")));

    /** Words that turn a statement into its opposite: two sentences that differ in them never match. */
    private static final Set<String> NEGATION = Set.of("not", "no", "never", "nor", "nothing", "nobody", "none", "neither");

    private UtteranceMatcher() {}

    /** One claim's words as the matcher sees them. */
    record Text(String normalized, List<String> tokens, List<Set<String>> sentences, Set<String> content) {}

    static Text analyse(String text) {
        String joined = HYPHEN_BREAK.matcher(text).replaceAll("$1$2");
        String norm = ClaimText.normalize(joined);
        List<String> tokens = norm.isEmpty() ? List.of() : Arrays.asList(norm.split(" "));
        List<Set<String>> sentences = new ArrayList<>();
        for (String s : SENTENCE_END.split(joined)) {
            Set<String> c = contentWords(ClaimText.normalize(s));
            if (!c.isEmpty()) sentences.add(c);
        }
        return new Text(norm, tokens, sentences, contentWords(norm));
    }

    private static Set<String> contentWords(String normalized) {
        Set<String> out = new LinkedHashSet<>();
        if (normalized.isEmpty()) return out;
        for (String t : normalized.split(" ")) if (!STOP.contains(t) && t.length() > 1) out.add(t);
        return out;
    }

    /**
     * Whether two claims of one speaker are the same utterance worded apart (rules 1 and 2 of {@link #group}).
     * Symmetric. A claim printed word for word inside the other is not enough here: see {@link #isPart}.
     */
    static boolean similarClaims(Text a, Text b) {
        if (a.normalized.equals(b.normalized)) return !a.normalized.isEmpty();
        if (overlap(a.content, b.content) < RULES.minShared()) return false;
        if (similar(a.content, b.content)) return true;
        // One outlet's sentence inside another's three, or a sentence reworded in editing; the sentence must be most
        // of the shorter claim, so that a slogan both repeat ("make America great again") joins nothing.
        int shorter = Math.min(a.content.size(), b.content.size());
        for (Set<String> sa : a.sentences) {
            if (sa.size() < RULES.minSentenceWords()) continue;
            for (Set<String> sb : b.sentences) {
                if (sb.size() >= RULES.minSentenceWords() && similar(sa, sb) && 2 * overlap(sa, sb) >= shorter) return true;
            }
        }
        return false;
    }

    /** The part printed word for word inside the whole, with words of its own: a shortened or partial quote. */
    static boolean isPart(Text part, Text whole) {
        return !part.normalized.equals(whole.normalized) && contiguous(part, whole);
    }

    private static boolean contiguous(Text part, Text whole) {
        return part.content.size() >= RULES.minPartWords() && part.tokens.size() >= RULES.minPartTokens()
                && (" " + whole.normalized + " ").contains(" " + part.normalized + " ");
    }

    /** Most of the shorter side's content words, and at least {@link IdentityRules#minSharedSimilar} of them, appear in the longer. */
    private static boolean similar(Set<String> a, Set<String> b) {
        for (String n : NEGATION) if (a.contains(n) != b.contains(n)) return false;
        int shared = overlap(a, b);
        if (shared < RULES.minShared()) return false;
        int min = Math.min(a.size(), b.size());
        int union = a.size() + b.size() - shared;
        double jaccard = shared / (double) union;
        double containment = shared / (double) min;
        return shared >= RULES.minSharedSimilar() && (jaccard >= RULES.minJaccard() || containment >= RULES.minContainment());
    }

    private static int overlap(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String s : small) if (large.contains(s)) n++;
        return n;
    }

    /**
     * Groups claims into utterances: for every input index, the index of its group's representative (the smallest
     * index of the group). Only claims marked {@code fuzzy} (quoted directly somewhere) are matched on their words;
     * a reported paraphrase ("she said the plans were ready") is too loose a wording to join another article's on
     * words alone, and joins only a claim of exactly its text.
     * <ol>
     * <li>two claims are joined when their content words are similar, as whole claims or sentence by sentence;</li>
     * <li>then a part printed word for word inside longer claims joins them only when all those claims are already one
     *     group: a partial quote that several different statements contain ("make America great again") would
     *     otherwise chain them together. The decision looks at the groups of step 1 only, so no order matters.</li>
     * </ol>
     * Claims are matched on their words only when {@code near} says they were printed close enough in time to
     * report one occasion: a politician repeats a line for months.
     */
    static int[] group(List<Text> texts, boolean[] fuzzy, java.util.function.BiPredicate<Integer, Integer> near) {
        int n = texts.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) if (fuzzy[i]) for (String w : texts.get(i).content) postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
        List<int[]> partOf = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!fuzzy[i]) continue;
            Map<Integer, Integer> shared = new HashMap<>();
            for (String w : texts.get(i).content) {
                List<Integer> p = postings.get(w);
                if (p.size() > RULES.maxPostings()) continue;
                for (int j : p) if (j > i) shared.merge(j, 1, Integer::sum);
            }
            for (var e : shared.entrySet()) {
                if (e.getValue() < RULES.minShared() || !near.test(i, e.getKey())) continue;
                Text a = texts.get(i), b = texts.get(e.getKey());
                if (similarClaims(a, b)) union(parent, i, e.getKey());
                else if (isPart(a, b)) partOf.add(new int[] {i, e.getKey()});
                else if (isPart(b, a)) partOf.add(new int[] {e.getKey(), i});
            }
        }
        // Identical normalized texts are one utterance whatever their words.
        Map<String, Integer> firstOfText = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (texts.get(i).normalized.isEmpty()) continue;
            Integer f = firstOfText.putIfAbsent(texts.get(i).normalized, i);
            if (f != null) union(parent, f, i);
        }
        int[] step1 = new int[n];
        for (int i = 0; i < n; i++) step1[i] = find(parent, i);
        Map<Integer, Integer> groupSize = new HashMap<>();
        for (int i = 0; i < n; i++) groupSize.merge(step1[i], 1, Integer::sum);
        Map<Integer, Set<Integer>> wholeGroups = new HashMap<>();
        for (int[] pw : partOf) {
            Set<Integer> groups = wholeGroups.computeIfAbsent(pw[0], k -> new HashSet<>());
            groups.add(step1[pw[1]]);
            // A part already joined to a statement by step 1 is that statement's, and bridges to no other.
            if (groupSize.get(step1[pw[0]]) > 1) groups.add(step1[pw[0]]);
        }
        for (var e : wholeGroups.entrySet()) {
            Set<Integer> groups = e.getValue();
            if (groups.size() == 1) union(parent, e.getKey(), groups.iterator().next());
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = find(parent, i);
        return out;
    }

    /**
     * Pairs (part, whole) where the part is printed word for word inside the longer claim: the candidates come from
     * the same index, so a part needs content words ({@code "I do not know"} inside everything links nothing).
     */
    static List<int[]> parts(List<Text> texts) {
        List<int[]> out = new ArrayList<>();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) for (String w : texts.get(i).content) postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
        for (int i = 0; i < texts.size(); i++) {
            Text part = texts.get(i);
            if (part.content.isEmpty()) continue;
            // Every whole must contain the part's rarest content word.
            String rarest = null;
            for (String w : part.content) if (rarest == null || postings.get(w).size() < postings.get(rarest).size()) rarest = w;
            Set<Integer> seen = new HashSet<>();
            for (int j : postings.get(rarest)) {
                if (j == i || !seen.add(j)) continue;
                if (ClaimText.isPartOf(part.normalized, texts.get(j).normalized)) out.add(new int[] {i, j});
            }
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a), rb = find(parent, b);
        if (ra == rb) return;
        // The smaller index roots the group, so the representative is the same whatever order pairs were joined in.
        if (ra < rb) parent[rb] = ra;
        else parent[ra] = rb;
    }
}
