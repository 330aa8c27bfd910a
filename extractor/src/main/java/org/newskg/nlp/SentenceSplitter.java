package org.newskg.nlp;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/** Sentence boundaries within one paragraph. Not thread-safe: one instance per worker. */
public final class SentenceSplitter {
    private final SentenceDetectorME detector;

    public SentenceSplitter(NlpModels models) { this.detector = new SentenceDetectorME(models.sentences()); }

    /** Spans relative to {@code paragraph}. */
    public Span[] split(String paragraph) { return detector.sentPosDetect(paragraph); }
}
