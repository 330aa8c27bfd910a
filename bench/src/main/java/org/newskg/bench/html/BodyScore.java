package org.newskg.bench.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores of extracted article bodies against references, two ways.
 *
 * <p>{@link Shingles} is the ScrapingHub article-extraction-benchmark's scorer ({@code evaluate.py}), ported: each
 * text becomes its word 4-grams ("shingles"; words are runs of Unicode letters, digits and underscores, as Python's
 * {@code \w+}), counted as a multiset; per page, true positives are the shared shingles, false positives the
 * extracted ones the reference lacks, false negatives the reverse, the three normalized to sum to 1 so that long
 * pages weigh no more than short ones. Precision is the mean over pages that extracted something, recall the mean
 * over pages with a reference, and F1 is computed from those two means.
 *
 * <p>{@link Snippets} is trafilatura's evaluation: each page has snippets that must appear in the body and
 * snippets that must not; a must-have found is a true positive, missed a false negative; a must-not found is a
 * false positive, absent a true negative. Counts are summed over pages. White space is collapsed on both sides
 * before the substring test.
 */
public final class BodyScore {
    private BodyScore() {}

    public record Prf(double precision, double recall, double f1) {}

    /** The ScrapingHub benchmark's per-page shingle scorer, summed into macro averages as its evaluate.py does. */
    public static final class Shingles {
        private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
        private final List<double[]> pages = new ArrayList<>();

        /** Adds one page and returns its normalized {tp, fp, fn}. */
        public double[] add(String reference, String extracted) {
            Map<String, Integer> t = shingles(reference), p = shingles(extracted);
            double tp = 0, fp = 0, fn = 0;
            Set<String> keys = new HashSet<>(t.keySet());
            keys.addAll(p.keySet());
            for (String k : keys) {
                int tc = t.getOrDefault(k, 0), pc = p.getOrDefault(k, 0);
                tp += Math.min(tc, pc);
                fp += Math.max(0, pc - tc);
                fn += Math.max(0, tc - pc);
            }
            double s = tp + fp + fn;
            double[] r = s > 0 ? new double[] {tp / s, fp / s, fn / s} : new double[] {0, 0, 0};
            pages.add(r);
            return r;
        }

        public Prf result() {
            double ps = 0, rs = 0;
            int pn = 0, rn = 0;
            for (double[] x : pages) {
                double tp = x[0], fp = x[1], fn = x[2];
                if (tp + fp > 0) { ps += precision(tp, fp, fn); pn++; }
                if (tp + fn > 0) { rs += recall(tp, fp, fn); rn++; }
            }
            double p = pn == 0 ? 0 : ps / pn, r = rn == 0 ? 0 : rs / rn;
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }

        /** Page F1 of a {tp, fp, fn} triple, for listing the worst pages. */
        public static double f1(double[] x) {
            double p = precision(x[0], x[1], x[2]), r = recall(x[0], x[1], x[2]);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private static double precision(double tp, double fp, double fn) {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fp == 0) return 0;
            return tp / (tp + fp);
        }

        private static double recall(double tp, double fp, double fn) {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fn == 0) return 0;
            return tp / (tp + fn);
        }

        static Map<String, Integer> shingles(String text) {
            List<String> w = new ArrayList<>();
            Matcher m = WORD.matcher(text == null ? "" : text);
            while (m.find()) w.add(m.group());
            Map<String, Integer> out = new HashMap<>();
            // As evaluate.py: a text shorter than four words is one shingle of all its words.
            for (int i = 0; i < Math.max(1, w.size() - 4 + 1); i++) {
                List<String> g = w.subList(i, Math.min(w.size(), i + 4));
                if (!g.isEmpty()) out.merge(String.join("\u0001", g), 1, Integer::sum);
            }
            return out;
        }
    }

    /** trafilatura's must-have / must-not-have snippet evaluation, summed over pages. */
    public static final class Snippets {
        private long tp, fp, fn, tn;

        public void add(String extracted, List<String> mustHave, List<String> mustNot) {
            String text = collapse(extracted == null ? "" : extracted);
            for (String s : mustHave) if (text.contains(collapse(s))) tp++; else fn++;
            for (String s : mustNot) if (text.contains(collapse(s))) fp++; else tn++;
        }

        public Prf result() {
            double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp), r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }

        public double accuracy() {
            long n = tp + fp + fn + tn;
            return n == 0 ? 0 : (tp + tn) / (double) n;
        }
    }

    /** Runs of white space (with no-break and zero-width spaces) as one space, none at either end. */
    static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') { space = true; continue; }
            if (space && b.length() > 0) b.append(' ');
            space = false;
            b.append(c);
        }
        return b.toString();
    }
}
