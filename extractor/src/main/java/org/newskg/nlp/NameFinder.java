package org.newskg.nlp;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;

/**
 * Person, organization, location and misc names. The finder keeps adaptive data across the sentences of
 * one document, so {@link #startDocument()} must be called per article. Not thread-safe: one per worker.
 */
public final class NameFinder {
    private final NameFinderME finder;

    public NameFinder(NlpModels models) { this.finder = new NameFinderME(models.names()); }

    public void startDocument() { finder.clearAdaptiveData(); }

    /** Name spans in token indices, each with its type and probability. */
    public Span[] find(String[] tokens) { return finder.find(tokens); }
}
