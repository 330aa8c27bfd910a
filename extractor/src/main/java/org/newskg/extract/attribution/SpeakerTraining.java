package org.newskg.extract.attribution;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import org.newskg.extract.Attribution;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extractor;
import org.newskg.extract.Schemes;
import org.newskg.ingest.Article;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestItem;
import org.newskg.ingest.Manifest;
import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.Analyzer;
import org.newskg.nlp.NlpModels;

/**
 * Trains the speaker model on PolNeAR train and measures it on PolNeAR dev, as OpenNLP's trainers and evaluators
 * work: every quotation of train is run through the rules with its candidates recorded
 * ({@link SpeakerChooser#recording}), each candidate labelled by whether its name agrees with the gold speaker
 * (as the scorer decides it; "nobody named" is right where no candidate is, or where the quotation is no gold
 * attribution at all), and an OpenNLP event trainer learns from those events. Training is deterministic: the
 * articles are read in id order and the trainers run on one thread.
 */
public final class SpeakerTraining {
    private SpeakerTraining() {}

    /** What a training run needs (of either model): the shared folder (with polnear/train and polnear/dev), the trainer settings, workers for the NLP pass. */
    public record Config(Path shared, TrainingParameters parameters, int threads) {
        public Config {
            Objects.requireNonNull(shared, "shared");
            Objects.requireNonNull(parameters, "parameters");
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** The settings of the shipped model (see extractor/models/speaker-train.params). */
    public static TrainingParameters defaultParameters() {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        p.put(TrainingParameters.TRAINER_TYPE_PARAM, "Event");
        p.put(TrainingParameters.ITERATIONS_PARAM, 300);
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put("L1Cost", 0.0);
        p.put("L2Cost", 1.0);
        return p;
    }

    /** A PolNeAR split's articles ({@code text/}, with {@code metadata.tsv} as the manifest), in id order. */
    public static List<Article> polnearArticles(Path split) throws IOException, org.newskg.ingest.IngestException {
        if (!Files.isDirectory(split.resolve("text"))) throw new IOException("no PolNeAR split at " + split + " (no text/ folder)");
        List<Article> out = new ArrayList<>();
        for (IngestItem item : Ingest.withManifest(Manifest.read(split.resolve("metadata.tsv"))).read(List.of(split.resolve("text").toString()))) {
            if (item instanceof IngestItem.Ok ok) out.add(ok.article());
            else throw new IOException("cannot read " + ((IngestItem.Failed) item).message());
        }
        out.sort(Comparator.comparing(Article::id));
        return out;
    }

    /** The articles analyzed on {@code threads} workers (one Analyzer each), in the order given. */
    public static List<AnalyzedArticle> analyze(List<Article> articles, NlpModels models, int threads) {
        ThreadLocal<Analyzer> analyzers = ThreadLocal.withInitial(() -> new Analyzer(models));
        return parallel(articles, a -> analyzers.get().analyze(a), threads);
    }

    /** Each analyzed article extracted, on {@code threads} workers, in the order given. */
    public static List<Extraction> extract(List<AnalyzedArticle> articles, Extractor extractor, int threads) {
        return parallel(articles, extractor::extract, threads);
    }

    static <A, B> List<B> parallel(List<A> in, Function<A, B> f, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<B>> futures = new ArrayList<>();
            for (A a : in) futures.add(pool.submit(() -> f.apply(a)));
            List<B> out = new ArrayList<>();
            for (Future<B> fu : futures) out.add(fu.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every quotation's candidates as the rules see them, in article order and reading order. */
    public static List<SpeakerCandidates> candidates(List<AnalyzedArticle> articles, Schemes schemes, int threads) {
        List<List<SpeakerCandidates>> per = parallel(articles, a -> {
            List<SpeakerCandidates> sets = new ArrayList<>();
            new Extractor(schemes, SpeakerChooser.rules().recording(sets::add)).extract(a);
            return sets;
        }, threads);
        List<SpeakerCandidates> out = new ArrayList<>();
        per.forEach(out::addAll);
        return out;
    }

    /**
     * The index of the candidate that is right for a quotation, or -1 when gold does not say (the quotation
     * matches a gold attribution whose speaker is not named, "other" or "unresolved", which the scorer ignores).
     * Candidate 0 ("nobody named") is right for a quotation no gold attribution matches, and where no candidate's
     * name agrees with the gold speaker.
     */
    public static int label(SpeakerCandidates set, List<PolnearGold.Item> gold) {
        PolnearGold.Item best = PolnearGold.bestMatch(gold, set.start(), set.end());
        if (best == null) return 0;
        if (!best.evaluable()) return -1;
        for (int i = 0; i < set.candidates().size(); i++) {
            SpeakerCandidates.Row r = set.candidates().get(i);
            if (!r.isNone() && SpeakerNames.agree(r.name(), best.speaker())) return i;
        }
        return 0;
    }

    /** Training events: one per candidate of every labelled quotation, outcome T for the right one(s), F for the rest. */
    public static List<Event> events(List<SpeakerCandidates> sets, Map<String, List<PolnearGold.Item>> gold) {
        List<Event> out = new ArrayList<>();
        for (SpeakerCandidates set : sets) {
            List<PolnearGold.Item> items = gold.getOrDefault(set.article(), List.of());
            int right = label(set, items);
            if (right < 0) continue;
            String rightName = set.candidates().get(right).name();
            for (int i = 0; i < set.candidates().size(); i++) {
                SpeakerCandidates.Row r = set.candidates().get(i);
                boolean yes = i == right || right > 0 && !r.isNone() && SpeakerNames.agree(r.name(), rightName);
                out.add(new Event(yes ? SpeakerModel.SPEAKER : "F", r.features().toArray(String[]::new)));
            }
        }
        return out;
    }

    /** A model trained on {@code events} with OpenNLP's event trainer of {@code params}. */
    public static SpeakerModel train(List<Event> events, TrainingParameters params) throws IOException {
        Map<String, String> manifest = new TreeMap<>();
        return new SpeakerModel(fit(events, params, manifest), manifest);
    }

    /** An event model trained on {@code events} with OpenNLP's event trainer of {@code params}; what it did goes to {@code manifest}. */
    static MaxentModel fit(List<Event> events, TrainingParameters params, Map<String, String> manifest) throws IOException {
        // The trainer reports what it did (its event hash among others); the manifest keeps that with the settings.
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, manifest);
        MaxentModel m = trainer.train(ObjectStreamUtils.createObjectStream(events));
        params.getObjectSettings().forEach((k, v) -> manifest.put("Training-" + k, String.valueOf(v)));
        return m;
    }

    /** The direct-quotation scores of extractions against gold. */
    public static AttributionScore score(List<Extraction> xs, Map<String, List<PolnearGold.Item>> gold) {
        return score(xs, gold, true);
    }

    /** The scores of one class (direct quotations, or reported speech) of extractions against gold. */
    public static AttributionScore score(List<Extraction> xs, Map<String, List<PolnearGold.Item>> gold, boolean direct) {
        AttributionScore s = new AttributionScore(direct);
        for (Extraction x : xs) {
            Article a = x.analyzed().article();
            List<AttributionScore.SystemItem> items = new ArrayList<>();
            for (Attribution at : x.attributions()) {
                String name = at.hasSpeaker() ? x.entity(at.speaker()).name() : "";
                items.add(new AttributionScore.SystemItem(a.codePointOffset(at.span().start()), a.codePointOffset(at.span().end()), name, at.direct()));
            }
            s.add(items, gold.getOrDefault(a.id(), List.of()));
        }
        return s;
    }

    /** The outcome of {@link #run}: the model, and the dev scores of the rules alone and of the model. */
    public record Run(SpeakerModel model, int events, AttributionScore rulesOnDev, AttributionScore modelOnDev) {}

    /** Trains on PolNeAR train and scores rules and model on PolNeAR dev, logging each step to {@code log}. */
    public static Run run(Config c, PrintStream log) throws IOException, org.newskg.ingest.IngestException {
        NlpModels models = NlpModels.defaults();
        Schemes schemes = Schemes.bundled();
        Path train = c.shared().resolve("polnear/train"), dev = c.shared().resolve("polnear/dev");
        long t0 = System.nanoTime();
        List<AnalyzedArticle> trainArticles = analyze(polnearArticles(train), models, c.threads());
        log.printf(Locale.ROOT, "speaker model: analyzed %d train articles in %.0f s%n", trainArticles.size(), secs(t0));
        List<Event> events = events(candidates(trainArticles, schemes, c.threads()), PolnearGold.read(train.resolve("gold.jsonl")));
        trainArticles = null;
        long t1 = System.nanoTime();
        SpeakerModel model = train(events, c.parameters());
        log.printf(Locale.ROOT, "speaker model: trained on %d events in %.0f s%n", events.size(), secs(t1));
        List<AnalyzedArticle> devArticles = analyze(polnearArticles(dev), models, c.threads());
        Map<String, List<PolnearGold.Item>> devGold = PolnearGold.read(dev.resolve("gold.jsonl"));
        AttributionScore rules = score(extract(devArticles, new Extractor(schemes, SpeakerChooser.rules()), c.threads()), devGold);
        AttributionScore learned = score(extract(devArticles, new Extractor(schemes, SpeakerChooser.model(model)), c.threads()), devGold);
        log.println("speaker model: PolNeAR dev, rules alone: " + rules);
        log.println("speaker model: PolNeAR dev, with the model: " + learned);
        return new Run(model, events.size(), rules, learned);
    }

    private static double secs(long t0) { return (System.nanoTime() - t0) / 1e9; }
}
