package org.newskg.nlp;

import opennlp.tools.postag.POSTaggerME;

/** Universal POS tags (PROPN, VERB, PRON, ...). Not thread-safe: one instance per worker. */
public final class PosTagger {
    private final POSTaggerME tagger;

    public PosTagger(NlpModels models) { this.tagger = new POSTaggerME(models.pos()); }

    public String[] tag(String[] tokens) { return tagger.tag(tokens); }
}
