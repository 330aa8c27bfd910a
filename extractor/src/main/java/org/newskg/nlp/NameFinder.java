package org.newskg.nlp;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;

/**
 * Person, organization, location and misc names. The finder keeps adaptive data across the sentences of
 * one document, so {@link #startDocument()} must be called per article. Not thread-safe: one per worker.
 * The shipped model runs through {@link GreedyNameDecoder}, which gives {@code NameFinderME}'s answer at a
 * fraction of its cost; any other model runs through {@code NameFinderME} itself.
 */
public final class NameFinder {
    /** What the workers of one model share: the decoder's per-word memory. */
    public static final class Memory {
        final WordMemory<GreedyNameDecoder.Word> words = new WordMemory<>(GreedyNameDecoder.MEMORY_LIMIT);
    }

    private final NameFinderME finder;
    private final GreedyNameDecoder decoder;

    public NameFinder(NlpModels models) { this(models, false); }

    /** {@code reference}: always through {@code NameFinderME} (for the test that compares the two). */
    NameFinder(NlpModels models, boolean reference) {
        boolean fast = !reference && GreedyNameDecoder.supports(models.names());
        this.decoder = fast ? new GreedyNameDecoder(models.names(), models.nameMemory().words) : null;
        this.finder = fast ? null : new NameFinderME(models.names());
    }

    public void startDocument() {
        if (decoder != null) decoder.startDocument();
        else finder.clearAdaptiveData();
    }

    /** Name spans in token indices, each with its type and probability. */
    public Span[] find(String[] tokens) { return decoder != null ? decoder.find(tokens) : finder.find(tokens); }
}
