package org.newskg.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Direct-quotation scores against PolNeAR gold, counted as {@code score_attribution.py --restrict-person} counts
 * them (one-to-one matching by overlap, at least half of the shorter span; gold items of other speaker kinds stay
 * in the matching but leave the counts), so that training can be measured in-process. The speaker names are the
 * article's own, not the store-wide names the scorer reads, so figures may differ from it slightly.
 * Not thread-safe: one instance gathers one evaluation.
 */
public final class AttributionScore {
    /** A system attribution: code-point span, speaker name ("" for none), direct or not. */
    public record SystemItem(int start, int end, String speaker, boolean direct) {}

    private int spanSys, spanTp, spanGold, attrSys, attrTp, attrGold, wrongSpeaker;
    /** The class scored: direct quotations, or reported speech (a matched item takes its gold item's class, as the scorer's). */
    private final boolean direct;

    /** Scores direct quotations. */
    public AttributionScore() { this(true); }

    /** Scores direct quotations ({@code true}) or reported speech ({@code false}). */
    public AttributionScore(boolean direct) { this.direct = direct; }

    /** Adds one article's attributions (those with a speaker are scored, as attributions.rq lists them) against its gold items. */
    public void add(List<SystemItem> system, List<PolnearGold.Item> gold) {
        List<SystemItem> sys = system.stream().filter(s -> !s.speaker().isEmpty()).toList();
        List<int[]> cands = new ArrayList<>();
        for (int si = 0; si < sys.size(); si++) {
            SystemItem s = sys.get(si);
            for (int gi = 0; gi < gold.size(); gi++) {
                PolnearGold.Item g = gold.get(gi);
                int ov = g.overlap(s.start(), s.end());
                if (ov == 0 || ov * 2 < Math.min(s.end() - s.start(), g.length())) continue;
                double iou = ov / (double) (s.end() - s.start() + g.length() - ov);
                int agree = SpeakerNames.agree(s.speaker(), g.speaker()) ? 0 : 1;
                cands.add(new int[] {-ov, (int) (-iou * 1_000_000), agree, si, gi});
            }
        }
        cands.sort((a, b) -> {
            for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return Integer.compare(a[i], b[i]);
            return 0;
        });
        boolean[] usedS = new boolean[sys.size()], usedG = new boolean[gold.size()];
        int[] matchOfS = new int[sys.size()];
        java.util.Arrays.fill(matchOfS, -1);
        for (int[] c : cands) {
            if (usedS[c[3]] || usedG[c[4]]) continue;
            usedS[c[3]] = usedG[c[4]] = true;
            matchOfS[c[3]] = c[4];
        }
        for (PolnearGold.Item g : gold) {
            if (g.direct() != direct || !g.kind().equals("person")) continue;
            spanGold++;
            if (g.evaluable()) attrGold++;
        }
        for (int si = 0; si < sys.size(); si++) {
            if (matchOfS[si] < 0) {
                if (sys.get(si).direct() != direct) continue;
                spanSys++;
                attrSys++;
                continue;
            }
            PolnearGold.Item g = gold.get(matchOfS[si]);
            if (g.direct() != direct || !g.kind().equals("person")) continue;
            spanSys++;
            spanTp++;
            if (!g.evaluable()) continue;
            attrSys++;
            if (SpeakerNames.agree(sys.get(si).speaker(), g.speaker())) attrTp++;
            else wrongSpeaker++;
        }
    }

    /** Scored system items that are right, scored system items, and gold items of the class with a scored speaker. */
    public int rightCount() { return attrTp; }

    public int systemCount() { return attrSys; }

    public int goldCount() { return attrGold; }

    public double precision() { return attrSys == 0 ? 0 : attrTp / (double) attrSys; }

    public double recall() { return attrGold == 0 ? 0 : attrTp / (double) attrGold; }

    public double f1() { return precision() + recall() == 0 ? 0 : 2 * precision() * recall() / (precision() + recall()); }

    public double spanF1() {
        double p = spanSys == 0 ? 0 : spanTp / (double) spanSys, r = spanGold == 0 ? 0 : spanTp / (double) spanGold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s attribution P %.3f R %.3f F1 %.3f (%d right of %d, gold %d, wrong speaker %d); span F1 %.3f",
                direct ? "direct" : "reported", precision(), recall(), f1(), attrTp, attrSys, attrGold, wrongSpeaker, spanF1());
    }
}
