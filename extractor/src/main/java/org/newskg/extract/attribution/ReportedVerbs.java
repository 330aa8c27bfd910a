package org.newskg.extract.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Cue;
import org.newskg.extract.CueLexicon;
import org.newskg.extract.Sieve;
import org.newskg.extract.TextSpan;
import org.newskg.nlp.Token;

/**
 * Reported speech at verbs no rule reads: after the rules of {@link ReportedSpeechFinder}, every verb whose
 * subject is a named person or a resolved pronoun, outside quotations and outside every claim already found, is
 * scored by the {@link ReportedModel}; where it gives at least {@link #ADD_AT_LEAST}, the rest of the clause is that
 * person's claim. The rules know a closed list of reporting verbs; news reports stances with an open one ("is
 * doubling down on", "painted him as", "questioned whether"), which a model learns from PolNeAR train better than a
 * longer list would. Immutable and thread-safe (a recording instance is as thread-safe as its sink).
 */
public final class ReportedVerbs {
    /**
     * A claim is added where the model gives it at least this probability. Chosen on PolNeAR train alone, by two
     * folds ({@link ReportedTraining#twoFoldSweep}): reported-speech F1 over the folds is flat from 0.1 to 0.3
     * (0.497 to 0.495, against 0.436 for the rules alone) and falls above; 0.3 is the most precise point of that
     * stretch. Dev was not used (see extractor/models/README.md).
     */
    static final double ADD_AT_LEAST = 0.3;
    /** A claim has at least three tokens and eight characters, as {@link ReportedClause}'s. */
    static final int MIN_TOKENS = 3, MIN_CHARS = 8;

    private final ReportedModel model;
    private final double threshold;
    private final Consumer<ReportedSite> sink;

    private ReportedVerbs(ReportedModel model, double threshold, Consumer<ReportedSite> sink) {
        this.model = model;
        this.threshold = threshold;
        this.sink = sink;
    }

    /** The rules alone: no verb outside their lexicon gives a claim. */
    public static ReportedVerbs none() { return new ReportedVerbs(null, ADD_AT_LEAST, null); }

    public static ReportedVerbs model(ReportedModel model) { return model(model, ADD_AT_LEAST); }

    /** A claim added where the model gives it at least {@code threshold} (training reports a sweep of these). */
    public static ReportedVerbs model(ReportedModel model, double threshold) {
        return new ReportedVerbs(Objects.requireNonNull(model, "model"), threshold, null);
    }

    /** The model shipped in the jar, read once. */
    public static ReportedVerbs bundled() { return Bundled.INSTANCE; }

    private static final class Bundled {
        static final ReportedVerbs INSTANCE = model(ReportedModel.bundled());
    }

    /** The same choice as {@code this}, and every verb considered handed to {@code sink} (for training). */
    public ReportedVerbs recording(Consumer<ReportedSite> sink) { return new ReportedVerbs(model, threshold, Objects.requireNonNull(sink, "sink")); }

    /** The claims this finds beside {@code found} (direct quotations and the rules' reported speech), in reading order. */
    List<Attribution> find(SieveContext c, List<Attribution> found) {
        if (model == null && sink == null) return List.of();
        ArticleView v = c.v;
        Set<Integer> usedCues = new HashSet<>(c.quoteCues);
        for (Attribution a : found) a.cue().ifPresent(cue -> usedCues.add(cue.span().start()));
        List<Attribution> out = new ArrayList<>();
        for (int k = 0; k < v.tokens.size(); k++) {
            Token t = v.tokens.get(k);
            if (!t.pos().equals("VERB")) continue;
            // A verb of the rules' lexicon was theirs to read: where they gave nothing ("spoke first at the hearing",
            // "said on Monday"), its clause is no claim.
            if (CueLexicon.cueLemma(t.form(), t.lemma()).isPresent() || CueLexicon.takesObject(ReportedVerbFeatures.lemma(t))) continue;
            if (usedCues.contains(t.start()) || v.insideQuoteMarks(t.start()) || inside(t.start(), found)) continue;
            int sLo = v.sentenceStartToken(k), sHi = v.sentenceEndToken(k);
            Speaker sp = c.subjects.before(k, sLo);
            if (sp == null || sp.entity() < 0 || sp.mention() == null || !c.isPerson(sp)) continue;
            int cl = k + 1;
            // "said that ...", "is doubling down on his attacks": the claim starts after a complementizer or particle.
            if (cl < sHi && (v.word(cl).equalsIgnoreCase("that") || v.tokens.get(cl).pos().equals("ADP"))) cl++;
            while (cl < sHi && (v.word(cl).equals(",") || v.word(cl).equals(":"))) cl++;
            int end = ReportedSpeechFinder.clauseEnd(c, cl, sHi);
            while (end > cl && Punctuation.isTrailing(v.word(end - 1))) end--;
            if (end - cl < MIN_TOKENS) continue;
            TextSpan span = new TextSpan(v.tokens.get(cl).start(), v.tokens.get(end - 1).end());
            if (span.length() < MIN_CHARS || overlaps(span, found) || overlaps(span, out) || touchesQuotation(v, t.start(), span.end())) continue;
            List<String> features = ReportedVerbFeatures.of(v, k, sLo, cl, end, sp, c);
            if (sink != null) {
                var article = v.analyzed.article();
                sink.accept(new ReportedSite(article.id(), article.codePointOffset(span.start()), article.codePointOffset(span.end()),
                        c.tracker.nameOf(sp.entity()), features));
            }
            if (model == null) continue;
            double p = model.probability(features.toArray(String[]::new));
            if (p < threshold) continue;
            Cue cue = v.cueAt(k, ReportedVerbFeatures.lemma(t));
            out.add(ReportedSpeechFinder.attribution(c, span, sp, cue, Sieve.REPORTED_LEARNED, new CueSite(k, cue.lemma(), sLo, sHi))
                    .withConfidence(Math.round(p * 1000) / 1000.0));
        }
        return out;
    }

    /**
     * A clause holding a quotation mark, or standing in a quotation the quote finder did not close (the marks in
     * the paragraph so far are odd: a quotation running on from an earlier paragraph or opened with a stray mark;
     * a verb inside a closed one was passed over already), is someone's quoted words, which the quotation sieves decided on already. On PolNeAR dev such
     * claims were right 1 time in 5 against the direct quotations' gold, below those sieves' precision.
     */
    private static boolean touchesQuotation(ArticleView v, int from, int to) {
        String body = v.body;
        for (int i = from; i < to; i++) if (isDoubleQuote(body, i)) return true;
        int marks = 0;
        for (int i = v.paragraphStart(from); i < from; i++) if (isDoubleQuote(body, i)) marks++;
        return marks % 2 == 1;
    }

    /**
     * A double quotation mark at {@code i}, or two apostrophes as some wires print one; a single mark is as often an
     * apostrophe ("Trump's", "’90s").
     */
    private static boolean isDoubleQuote(String body, int i) {
        char ch = body.charAt(i);
        return ch == '"' || ch == '\u201C' || ch == '\u201D' || ch == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'' && (i == 0 || body.charAt(i - 1) != '\'');
    }

    private static boolean inside(int offset, List<Attribution> found) {
        for (Attribution a : found) if (a.span().start() <= offset && offset < a.span().end()) return true;
        return false;
    }

    private static boolean overlaps(TextSpan span, List<Attribution> found) {
        for (Attribution a : found) if (a.span().overlaps(span)) return true;
        return false;
    }
}
