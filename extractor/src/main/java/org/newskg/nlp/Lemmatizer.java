package org.newskg.nlp;

import opennlp.tools.lemmatizer.LemmatizerME;

/** Lemmas from the UD lemmatizer model. Not thread-safe: one instance per worker. */
public final class Lemmatizer {
    private final LemmatizerME lemmatizer;

    public Lemmatizer(NlpModels models) { this.lemmatizer = new LemmatizerME(models.lemmas()); }

    public String[] lemmatize(String[] tokens, String[] tags) { return lemmatizer.lemmatize(tokens, tags); }
}
