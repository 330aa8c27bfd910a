package org.newskg.extract.attribution;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import opennlp.tools.ml.model.Event;
import opennlp.tools.util.TrainingParameters;

import org.newskg.extract.Extraction;
import org.newskg.extract.Extractor;
import org.newskg.extract.Schemes;
import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.NlpModels;

/**
 * Trains the reported-speech model on PolNeAR train and measures it on PolNeAR dev, as {@link SpeakerTraining}
 * does for the speaker model: train is extracted with the speaker model and the rules, every verb
 * {@link ReportedVerbs} considers beside what they found is recorded, each labelled by whether its claim matches a
 * gold attribution (the scorer's half-overlap) whose speaker agrees, and OpenNLP's event trainer learns from them.
 * A verb whose claim matches a gold attribution the scorer does not score (an unnamed or "other" speaker) teaches
 * nothing and is left out. Deterministic: articles in id order, one training thread.
 */
public final class ReportedTraining {
    private ReportedTraining() {}

    /** The settings of the shipped model (see extractor/models/reported-train.params). */
    public static TrainingParameters defaultParameters() {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        p.put(TrainingParameters.TRAINER_TYPE_PARAM, "Event");
        p.put(TrainingParameters.ITERATIONS_PARAM, 300);
        p.put(TrainingParameters.CUTOFF_PARAM, 3);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return p;
    }

    /** The articles extracted by the rules alone, and every verb the learned rule considers beside what they find. */
    public record Recorded(List<Extraction> extractions, List<ReportedSite> sites) {}

    public static Recorded sites(List<AnalyzedArticle> articles, Schemes schemes, SpeakerModel speakers, int threads) {
        record One(Extraction x, List<ReportedSite> sites) {}
        List<Extraction> xs = new ArrayList<>();
        List<ReportedSite> out = new ArrayList<>();
        for (One one : SpeakerTraining.parallel(articles, a -> {
            List<ReportedSite> sites = new ArrayList<>();
            // Recording without a model adds no claim, so the extraction is the rules' alone.
            Extraction x = new Extractor(schemes, SpeakerChooser.model(speakers), ReportedVerbs.none().recording(sites::add)).extract(a);
            return new One(x, sites);
        }, threads)) {
            xs.add(one.x());
            out.addAll(one.sites());
        }
        return new Recorded(xs, out);
    }

    /** "T" where the site's claim matches a scored gold attribution with its speaker, "F" where it matches none or another speaker's; null where gold does not say. */
    static String label(ReportedSite s, List<PolnearGold.Item> gold) {
        PolnearGold.Item best = PolnearGold.bestMatch(gold, s.start(), s.end());
        if (best == null) return "F";
        if (!best.evaluable()) return null;
        return SpeakerNames.agree(s.speaker(), best.speaker()) ? ReportedModel.CLAIM : "F";
    }

    public static List<Event> events(List<ReportedSite> sites, Map<String, List<PolnearGold.Item>> gold) {
        List<Event> out = new ArrayList<>();
        for (ReportedSite s : sites) {
            String label = label(s, gold.getOrDefault(s.article(), List.of()));
            if (label != null) out.add(new Event(label, s.features().toArray(String[]::new)));
        }
        return out;
    }

    public static ReportedModel train(List<Event> events, TrainingParameters params) throws IOException {
        Map<String, String> manifest = new TreeMap<>();
        return new ReportedModel(SpeakerTraining.fit(events, params, manifest), manifest);
    }

    /** The outcome of {@link #run}: the model and the dev scores without and with it, of both classes. */
    public record Run(ReportedModel model, int events, int positives, AttributionScore reportedRules, AttributionScore reportedModel,
                      AttributionScore directRules, AttributionScore directModel) {}

    public static Run run(SpeakerTraining.Config c, PrintStream log) throws IOException, org.newskg.ingest.IngestException {
        NlpModels models = NlpModels.defaults();
        Schemes schemes = Schemes.bundled();
        SpeakerModel speakers = SpeakerModel.bundled();
        Path train = c.shared().resolve("polnear/train"), dev = c.shared().resolve("polnear/dev");
        long t0 = System.nanoTime();
        List<AnalyzedArticle> trainArticles = SpeakerTraining.analyze(SpeakerTraining.polnearArticles(train), models, c.threads());
        log.printf(Locale.ROOT, "reported model: analyzed %d train articles in %.0f s%n", trainArticles.size(), secs(t0));
        Map<String, List<PolnearGold.Item>> trainGold = PolnearGold.read(train.resolve("gold.jsonl"));
        Recorded recorded = sites(trainArticles, schemes, speakers, c.threads());
        List<Event> events = events(recorded.sites(), trainGold);
        trainArticles = null;
        for (double[] row : twoFoldSweep(recorded.sites(), recorded.extractions(), trainGold, c.parameters()))
            log.printf(Locale.ROOT, "reported model: PolNeAR train, two folds, at %.2f: reported P %.3f R %.3f F1 %.3f%n", row[0], row[1], row[2], row[3]);
        int positives = (int) events.stream().filter(e -> e.getOutcome().equals(ReportedModel.CLAIM)).count();
        long t1 = System.nanoTime();
        ReportedModel model = train(events, c.parameters());
        log.printf(Locale.ROOT, "reported model: trained on %d events (%d positive) in %.0f s%n", events.size(), positives, secs(t1));
        List<AnalyzedArticle> devArticles = SpeakerTraining.analyze(SpeakerTraining.polnearArticles(dev), models, c.threads());
        Map<String, List<PolnearGold.Item>> devGold = PolnearGold.read(dev.resolve("gold.jsonl"));
        List<Extraction> without = SpeakerTraining.extract(devArticles, new Extractor(schemes, SpeakerChooser.model(speakers), ReportedVerbs.none()), c.threads());
        List<Extraction> with = SpeakerTraining.extract(devArticles, new Extractor(schemes, SpeakerChooser.model(speakers), ReportedVerbs.model(model)), c.threads());
        Run run = new Run(model, events.size(), positives, SpeakerTraining.score(without, devGold, false), SpeakerTraining.score(with, devGold, false),
                SpeakerTraining.score(without, devGold, true), SpeakerTraining.score(with, devGold, true));
        log.println("reported model: PolNeAR dev, rules alone: " + run.reportedRules());
        log.println("reported model: PolNeAR dev, with the model: " + run.reportedModel());
        log.println("reported model: PolNeAR dev direct, rules alone: " + run.directRules());
        log.println("reported model: PolNeAR dev direct, with the model: " + run.directModel());
        return run;
    }

    /** Thresholds swept by {@link #twoFoldSweep}. */
    static final double[] SWEEP = {0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 1.01};

    /**
     * How the threshold is chosen without looking at dev: train's articles split in two by id order (even, odd), a
     * model trained on each half scores the other's sites, and each threshold's reported-speech P, R and F1 over
     * both halves is what the rules found plus the sites it adds (sites never overlap the rules' claims). The last
     * row (above 1) is the rules alone. Rows: threshold, P, R, F1.
     */
    static List<double[]> twoFoldSweep(List<ReportedSite> sites, List<Extraction> rules, Map<String, List<PolnearGold.Item>> gold,
                                       TrainingParameters params) throws IOException {
        List<String> ids = new ArrayList<>();
        for (Extraction x : rules) ids.add(x.analyzed().article().id());
        Set<String> even = new HashSet<>();
        for (int i = 0; i < ids.size(); i += 2) even.add(ids.get(i));
        AttributionScore base = SpeakerTraining.score(rules, gold, false);
        int[] tp = new int[SWEEP.length], sys = new int[SWEEP.length];
        for (boolean heldEven : new boolean[] {true, false}) {
            List<ReportedSite> fit = new ArrayList<>(), held = new ArrayList<>();
            for (ReportedSite s : sites) (even.contains(s.article()) == heldEven ? held : fit).add(s);
            ReportedModel m = train(events(fit, gold), params);
            double[] p = new double[held.size()];
            for (int j = 0; j < held.size(); j++) p[j] = m.probability(held.get(j).features().toArray(String[]::new));
            for (int i = 0; i < SWEEP.length; i++) {
                // As the rule runs: in reading order, a site overlapping one already added is skipped; as the scorer
                // matches: each gold item is matched once.
                List<ReportedSite> added = new ArrayList<>();
                Set<PolnearGold.Item> used = Collections.newSetFromMap(new IdentityHashMap<>());
                for (int j = 0; j < held.size(); j++) {
                    ReportedSite s = held.get(j);
                    if (p[j] < SWEEP[i] || added.stream().anyMatch(a -> a.article().equals(s.article()) && a.start() < s.end() && s.start() < a.end())) continue;
                    added.add(s);
                    PolnearGold.Item g = PolnearGold.bestMatch(gold.getOrDefault(s.article(), List.of()), s.start(), s.end());
                    if (g != null && !g.evaluable()) continue;
                    sys[i]++;
                    if (g != null && !used.contains(g) && SpeakerNames.agree(s.speaker(), g.speaker())) { used.add(g); tp[i]++; }
                }
            }
        }
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < SWEEP.length; i++) {
            double right = base.rightCount() + tp[i], pr = right / (base.systemCount() + sys[i]), re = right / base.goldCount();
            out.add(new double[] {SWEEP[i], pr, re, pr + re == 0 ? 0 : 2 * pr * re / (pr + re)});
        }
        return out;
    }

    private static double secs(long t0) { return (System.nanoTime() - t0) / 1e9; }
}
