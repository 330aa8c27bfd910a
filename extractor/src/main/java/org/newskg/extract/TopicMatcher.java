package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Topics by the scheme's keywords. A claim's own words count most, its sentence less and the article's
 * headline and body least: a claim about "the plan" in an article about a cyber unit is about
 * cybersecurity, but only if the claim or its sentence gives some support of its own.
 */
final class TopicMatcher {
    static final double CLAIM_WEIGHT = 1.0;
    static final double SENTENCE_WEIGHT = 0.5;
    static final double CONTEXT_WEIGHT = 0.3;
    static final double ARTICLE_WEIGHT = 0.1;
    static final double THRESHOLD = 0.5;

    private record Keyword(String topic, String phrase, String[] words, boolean prefix) {}

    private final Map<String, List<Keyword>> byFirstWord = new HashMap<>();
    /** Single-word prefix keywords ("cyber*") by their first three letters, so a word is checked against a few. */
    private final Map<String, List<Keyword>> prefixByStart = new HashMap<>();
    private final List<Keyword> shortPrefixes = new ArrayList<>();

    TopicMatcher(Schemes schemes) {
        for (Schemes.TopicConcept t : schemes.topics()) {
            for (String k : t.keywords()) {
                String kw = k.toLowerCase(Locale.ROOT).strip();
                boolean prefix = kw.endsWith("*");
                if (prefix) kw = kw.substring(0, kw.length() - 1);
                String[] words = words(kw).toArray(String[]::new);
                if (words.length == 0) continue;
                Keyword key = new Keyword(t.iri(), k, words, prefix);
                if (prefix && words.length == 1) {
                    if (words[0].length() >= 3) prefixByStart.computeIfAbsent(words[0].substring(0, 3), x -> new ArrayList<>()).add(key);
                    else shortPrefixes.add(key);
                }
                else byFirstWord.computeIfAbsent(words[0], x -> new ArrayList<>()).add(key);
            }
        }
    }

    /**
     * The words of a text, lowered: what {@code [\\p{L}\\p{N}]+(?:[-'][\\p{L}\\p{N}]+)*} finds ("cyber-security",
     * "don't" are one word each). A scan of the characters instead of that pattern's find(): the extract stage runs it over each article and each claim's
     * sentence and context, and the pattern's Unicode classes made it a tenth of the stage on PolNeAR train.
     */
    static List<String> words(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<String> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n) {
            int cp = t.codePointAt(i);
            if (!isLetterOrNumber(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i = run(t, i);
            // "[-'][\\p{L}\\p{N}]+" as often as it follows.
            while (i + 1 < n && (t.charAt(i) == '-' || t.charAt(i) == '\'') && isLetterOrNumber(t.codePointAt(i + 1))) i = run(t, i + 1);
            out.add(t.substring(start, i));
        }
        return out;
    }

    /** The end of the run of letters and numbers that starts at {@code i}. */
    private static int run(String t, int i) {
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            if (!isLetterOrNumber(cp)) break;
            i += Character.charCount(cp);
        }
        return i;
    }

    /** As {@code [\\p{L}\\p{N}]}: a letter, or a number of any kind (not only a decimal digit). */
    private static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Topic → matched keyword phrases in {@code text}. */
    Map<String, List<String>> match(String text) {
        List<String> w = words(text);
        Map<String, List<String>> hits = new TreeMap<>();
        for (int i = 0; i < w.size(); i++) {
            List<Keyword> cands = byFirstWord.get(w.get(i));
            if (cands != null) for (Keyword k : cands) if (matchesAt(w, i, k)) hits.computeIfAbsent(k.topic, x -> new ArrayList<>()).add(k.phrase);
            String word = w.get(i);
            List<Keyword> pre = word.length() >= 3 ? prefixByStart.get(word.substring(0, 3)) : null;
            if (pre != null) for (Keyword k : pre) if (word.startsWith(k.words[0])) hits.computeIfAbsent(k.topic, x -> new ArrayList<>()).add(k.phrase);
            for (Keyword k : shortPrefixes) if (word.startsWith(k.words[0])) hits.computeIfAbsent(k.topic, x -> new ArrayList<>()).add(k.phrase);
        }
        return hits;
    }

    private static boolean matchesAt(List<String> w, int i, Keyword k) {
        if (i + k.words.length > w.size()) return false;
        for (int j = 0; j < k.words.length; j++) {
            String word = w.get(i + j);
            boolean last = j == k.words.length - 1;
            if (last && k.prefix ? !word.startsWith(k.words[j]) : !word.equals(k.words[j])) return false;
        }
        return true;
    }

    /**
     * Scores each topic: hits in the claim count 1, in its sentence 0.5, in the two sentences before it 0.3,
     * and the article's two dominant topics add 0.1 per hit up to 1, so that "it is pretty close to the dumbest
     * idea" in an article about a cyber unit is about cybersecurity, weakly. Kept from 0.5; the score reported
     * is the total over 3, capped at 1. {@code seen} keeps each text's hits for the article's next attribution:
     * the claims of one article share their sentences and the sentences before them (the hits are read, never
     * changed).
     */
    List<TopicMatch> topics(int attribution, String claim, String sentence, String context, Map<String, List<String>> articleHits,
                            Map<String, Map<String, List<String>>> seen) {
        Map<String, Double> score = new TreeMap<>();
        Map<String, TreeSet<String>> words = new HashMap<>();
        add(score, words, seen.computeIfAbsent(claim, this::match), CLAIM_WEIGHT);
        add(score, words, seen.computeIfAbsent(sentence, this::match), SENTENCE_WEIGHT);
        add(score, words, seen.computeIfAbsent(context, this::match), CONTEXT_WEIGHT);
        List<String> dominant = articleHits.entrySet().stream()
                .sorted((a, b) -> b.getValue().size() != a.getValue().size() ? b.getValue().size() - a.getValue().size() : a.getKey().compareTo(b.getKey()))
                .limit(2).map(Map.Entry::getKey).toList();
        for (String t : dominant) {
            score.merge(t, Math.min(1.0, ARTICLE_WEIGHT * articleHits.get(t).size()), Double::sum);
            words.computeIfAbsent(t, k -> new TreeSet<>()).addAll(articleHits.get(t));
        }
        List<TopicMatch> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : score.entrySet()) {
            double total = e.getValue();
            if (total < THRESHOLD) continue;
            double normalized = Math.round(Math.min(1.0, total / 3.0) * 1000) / 1000.0;
            out.add(new TopicMatch(attribution, e.getKey(), normalized, new ArrayList<>(words.get(e.getKey()))));
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()) != 0 ? Double.compare(b.score(), a.score()) : a.topic().compareTo(b.topic()));
        return out.size() > 5 ? out.subList(0, 5) : out;
    }

    private static void add(Map<String, Double> score, Map<String, TreeSet<String>> words, Map<String, List<String>> hits, double w) {
        for (Map.Entry<String, List<String>> e : hits.entrySet()) {
            score.merge(e.getKey(), w * e.getValue().size(), Double::sum);
            words.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).addAll(e.getValue());
        }
    }
}
