package org.newskg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * OpenNLP's {@code NameFinderME}, for the one configuration newskg ships (perceptron, beam 1, BIO codec, the default
 * feature descriptor), with the same answer computed without the repeated work. {@code NameFinderME} cost 6 s of CPU
 * on PolNeAR train (722,867 tokens), two thirds of the whole bare sentence/token/POS pass, because for every token it
 * rebuilds some twenty feature strings (each window word's lowercase form and class five times over, the lowercase
 * through a code-point stream), hashes each into the 800,000-predicate map, and runs a beam of one through priority
 * queues and a sort. Here everything that depends on a word alone (its class, lowercase, and the model's parameters for
 * its fifteen window features and its previous-outcome pairs) is looked up once per distinct word and remembered in
 * a {@link WordMemory}, shared by the workers; only the two word-bigram features are looked up per token.
 *
 * <p>The answer is the same to the last bit, not an approximation: features are summed in {@code NameFinderME}'s order
 * (the descriptor's generators, then {@code po}, {@code pow}, {@code powf}, {@code ppo}), with the perceptron's own
 * normalization, the beam's choice (first best valid outcome, else the best valid one by sequence score, ties to the
 * first) and its minimum sequence score, the codec's decoding, the span probability as the mean of token
 * probabilities, and the previous-outcome map kept per document. {@link #supports} admits only models this holds for;
 * {@code NameFinderTest} compares the two on written sentences and, where present, on every PolNeAR dev sentence.
 */
final class GreedyNameDecoder {
    /** {@code BeamSearch}'s {@code zeroLog}: a sequence scoring at or below it is dropped. */
    private static final double MIN_SEQUENCE_SCORE = -100000;
    /** Every class {@code FeatureGeneratorUtil.tokenFeature} can answer, so class pairs index a table. */
    private static final List<String> CLASSES = List.of("jah", "jak", "lc", "2d", "4d", "an", "dd", "ds", "dc", "dp",
            "num", "sc", "ac", "cp", "ic", "other");
    private static final String DEFAULT_DESCRIPTOR = "/opennlp/tools/namefind/ner-default-features.xml";

    /** Distinct words kept before the shared memory is emptied: PolNeAR train has about 40,000; a word costs some 400 bytes here. */
    static final int MEMORY_LIMIT = 100_000;

    /**
     * One word's share of the features: its class (as an index into {@link #CLASSES}, -1 if unknown) and the model's
     * parameters (null where the model has no such predicate) for {@code wc=}, {@code w&c=} at offsets 0, p1, p2, n1,
     * n2 (slots 0-9, class then word-and-class), {@code w=} at 0, p1, p2, n1, n2 (slots 10-14), and per previous
     * outcome {@code pow=} and {@code powf=}.
     */
    record Word(String cls, int classIndex, Context[] window, Context[] pow, Context[] powf) {}

    private final Map<String, Context> pmap;
    private final String[] outcomes;
    private final int other;
    private final boolean[][] valid;
    private final SequenceCodec<String> codec;
    private final WordMemory<Word> memory;
    private final Context def, sentenceBegin, pdNull;
    private final Context[] po, ppo, pd;
    private final Context[][] prevClassPair, nextClassPair;
    /** Token to index of its last outcome in this document: the previous-map feature's adaptive data. */
    private final Map<String, Integer> previous = new HashMap<>();
    private double[] scores;

    /** Whether {@code model} is the configuration this decoder reproduces exactly. */
    static boolean supports(TokenNameFinderModel model) {
        if (!(model.getArtifact("nameFinder.model") instanceof PerceptronModel)) return false;
        if (!"1".equals(model.getManifestProperty("BeamSize"))) return false;
        TokenNameFinderFactory f = model.getFactory();
        if (f.getClass() != TokenNameFinderFactory.class || !(f.createSequenceCodec() instanceof BioCodec)) return false;
        byte[] descriptor = model.getArtifact("generator.featuregen");
        if (descriptor == null) return false;
        try (InputStream in = TokenNameFinderFactory.class.getResourceAsStream(DEFAULT_DESCRIPTOR)) {
            return in != null && Arrays.equals(descriptor, in.readAllBytes());
        } catch (IOException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    GreedyNameDecoder(TokenNameFinderModel model, WordMemory<Word> memory) {
        PerceptronModel m = model.getArtifact("nameFinder.model");
        Object[] data = m.getDataStructures();
        this.pmap = (Map<String, Context>) data[1];
        this.outcomes = ((String[]) data[2]).clone();
        this.memory = memory;
        this.codec = model.getFactory().createSequenceCodec();
        int n = outcomes.length;
        int o = -1;
        for (int i = 0; i < n; i++) if (outcomes[i].equals(BioCodec.OTHER)) o = i;
        if (o < 0) throw new IllegalArgumentException("name-finder model has no '" + BioCodec.OTHER + "' outcome");
        this.other = o;
        // The codec's own validator decides, asked once per (previous outcome, outcome); row 0 is the sentence start.
        SequenceValidator<String> validator = codec.createSequenceValidator();
        this.valid = new boolean[n + 1][n];
        for (int prev = -1; prev < n; prev++)
            for (int out = 0; out < n; out++)
                valid[prev + 1][out] = validator.validSequence(prev + 1, null,
                        prev < 0 ? new String[0] : new String[] {outcomes[prev]}, outcomes[out]);
        this.def = pmap.get("def");
        this.sentenceBegin = pmap.get("S=begin");
        this.pdNull = pmap.get("pd=null");
        this.po = new Context[n];
        this.ppo = new Context[n];
        this.pd = new Context[n];
        for (int i = 0; i < n; i++) {
            po[i] = pmap.get("po=" + outcomes[i]);
            ppo[i] = pmap.get("ppo=" + outcomes[i]);
            pd[i] = pmap.get("pd=" + outcomes[i]);
        }
        int c = CLASSES.size();
        this.prevClassPair = new Context[c][c];
        this.nextClassPair = new Context[c][c];
        for (int a = 0; a < c; a++)
            for (int b = 0; b < c; b++) {
                prevClassPair[a][b] = pmap.get("pwc,wc=" + CLASSES.get(a) + "," + CLASSES.get(b));
                nextClassPair[a][b] = pmap.get("wc,nc=" + CLASSES.get(a) + "," + CLASSES.get(b));
            }
        this.scores = new double[n];
    }

    void startDocument() { previous.clear(); }

    Span[] find(String[] tokens) {
        int n = tokens.length;
        if (n == 0) return new Span[0];
        Word[] w = new Word[n];
        for (int i = 0; i < n; i++) w[i] = word(tokens[i]);
        int[] out = new int[n];
        double[] probs = new double[n];
        double sequenceScore = 0;
        double[] s = scores;
        for (int i = 0; i < n; i++) {
            Arrays.fill(s, 0);
            Word wi = w[i];
            // Window of token class and word-and-class (descriptor generator 1).
            add(s, wi.window[0]);
            add(s, wi.window[1]);
            for (int k = 1; k <= 2; k++) {
                if (i - k >= 0) { add(s, w[i - k].window[2 * k]); add(s, w[i - k].window[2 * k + 1]); }
            }
            for (int k = 1; k <= 2; k++) {
                if (i + k < n) { add(s, w[i + k].window[4 + 2 * k]); add(s, w[i + k].window[5 + 2 * k]); }
            }
            // Window of lowercase words (generator 2).
            add(s, wi.window[10]);
            for (int k = 1; k <= 2; k++) if (i - k >= 0) add(s, w[i - k].window[10 + k]);
            for (int k = 1; k <= 2; k++) if (i + k < n) add(s, w[i + k].window[12 + k]);
            // Outcome prior, previous map, bigrams, sentence begin (generators 3-6).
            add(s, def);
            Integer prev = previous.get(tokens[i]);
            add(s, prev == null ? pdNull : pd[prev]);
            if (i > 0) {
                add(s, pmap.get("pw,w=" + tokens[i - 1] + "," + tokens[i]));
                add(s, classPair(prevClassPair, "pwc,wc=", w[i - 1], wi));
            }
            if (i + 1 < n) {
                add(s, pmap.get("w,nw=" + tokens[i] + "," + tokens[i + 1]));
                add(s, classPair(nextClassPair, "wc,nc=", wi, w[i + 1]));
            }
            if (i == 0) add(s, sentenceBegin);
            // The context generator's previous-outcome features.
            int p1 = i > 0 ? out[i - 1] : other;
            int p2 = i > 1 ? out[i - 2] : other;
            add(s, po[p1]);
            add(s, wi.pow[p1]);
            add(s, wi.powf[p1]);
            add(s, ppo[p2]);
            normalize(s);
            int best = choose(s, i == 0 ? 0 : out[i - 1] + 1, sequenceScore);
            out[i] = best;
            probs[i] = s[best];
            sequenceScore = sequenceScore + StrictMath.log(s[best]);
        }
        List<String> labels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) labels.add(outcomes[out[i]]);
        for (int i = 0; i < n; i++) previous.put(tokens[i], out[i]);
        Span[] spans = codec.decode(labels);
        for (int si = 0; si < spans.length; si++) {
            double p = 0;
            for (int oi = spans[si].getStart(); oi < spans[si].getEnd(); oi++) p += probs[oi];
            p /= spans[si].length();
            spans[si] = new Span(spans[si], p);
        }
        return spans;
    }

    /** {@code BeamSearch} with a beam of one: the first valid best outcome, else the best valid one by sequence score. */
    private int choose(double[] s, int validRow, double sequenceScore) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) if (v > max) max = v;
        boolean[] ok = valid[validRow];
        for (int p = 0; p < s.length; p++) {
            if (s[p] >= max && ok[p] && sequenceScore + StrictMath.log(s[p]) > MIN_SEQUENCE_SCORE) return p;
        }
        int best = -1;
        double bestScore = 0;
        for (int p = 0; p < s.length; p++) {
            if (!ok[p]) continue;
            double score = sequenceScore + StrictMath.log(s[p]);
            if (score > MIN_SEQUENCE_SCORE && (best < 0 || score > bestScore)) { best = p; bestScore = score; }
        }
        // NameFinderME fails here too (its beam comes back empty): only a sentence of some 45,000 tokens gets here.
        if (best < 0) throw new IllegalStateException("name finder: no outcome above the minimum sequence score");
        return best;
    }

    /** {@code PerceptronModel}'s normalization, step for step. */
    private static void normalize(double[] prior) {
        double maxPrior = 1;
        for (double v : prior) if (maxPrior < StrictMath.abs(v)) maxPrior = StrictMath.abs(v);
        double normal = 0.0;
        for (int oid = 0; oid < prior.length; oid++) {
            prior[oid] = StrictMath.exp(prior[oid] / maxPrior);
            normal += prior[oid];
        }
        for (int oid = 0; oid < prior.length; oid++) prior[oid] /= normal;
    }

    /** {@code ArrayMath.sumFeatures} for one feature with value 1. */
    private static void add(double[] s, Context c) {
        if (c == null) return;
        int[] outs = c.getOutcomes();
        double[] params = c.getParameters();
        for (int ai = 0; ai < outs.length; ai++) s[outs[ai]] += params[ai] * 1;
    }

    private Context classPair(Context[][] table, String prefix, Word a, Word b) {
        if (a.classIndex >= 0 && b.classIndex >= 0) return table[a.classIndex][b.classIndex];
        return pmap.get(prefix + a.cls + "," + b.cls);
    }

    private Word word(String token) {
        Word w = memory.get(token);
        if (w == null) {
            w = describe(token);
            memory.put(token, w);
        }
        return w;
    }

    private Word describe(String token) {
        String cls = FeatureGeneratorUtil.tokenFeature(token);
        String lower = StringUtil.toLowerCase(token);
        String[] offsets = {"", "p1", "p2", "n1", "n2"};
        Context[] window = new Context[15];
        for (int k = 0; k < offsets.length; k++) {
            window[2 * k] = pmap.get(offsets[k] + "wc=" + cls);
            window[2 * k + 1] = pmap.get(offsets[k] + "w&c=" + lower + "," + cls);
            window[10 + k] = pmap.get(offsets[k] + "w=" + lower);
        }
        Context[] pow = new Context[outcomes.length];
        Context[] powf = new Context[outcomes.length];
        for (int o = 0; o < outcomes.length; o++) {
            pow[o] = pmap.get("pow=" + outcomes[o] + "," + token);
            powf[o] = pmap.get("powf=" + outcomes[o] + "," + cls);
        }
        return new Word(cls, CLASSES.indexOf(cls), window, pow, powf);
    }
}
