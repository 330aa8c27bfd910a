package org.newskg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The loaded models, shared by every worker: OpenNLP models are immutable once loaded, while the tools built
 * from them are not thread-safe, so each worker builds its own {@link Analyzer} from these.
 * Loading fails early naming the model that is missing or of the wrong kind.
 */
public record NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas,
                        TokenNameFinderModel names, Lemmatizer.Memory lemmaMemory, NameFinder.Memory nameMemory) {

    public NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas, TokenNameFinderModel names) {
        this(sentences, tokens, pos, lemmas, names, new Lemmatizer.Memory(), new NameFinder.Memory());
    }

    /** Apache's English UD models from Maven Central, and the name finder trained on PolNeAR (see extractor/models). */
    public static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    public static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    public static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    public static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    public static final String NAMES = "/newskg/models/en-ner-polnear.bin";

    public NlpModels {
        Objects.requireNonNull(sentences, "sentence model");
        Objects.requireNonNull(tokens, "tokenizer model");
        Objects.requireNonNull(pos, "POS model");
        Objects.requireNonNull(lemmas, "lemmatizer model");
        Objects.requireNonNull(names, "name-finder model");
        Objects.requireNonNull(lemmaMemory, "lemma memory");
        Objects.requireNonNull(nameMemory, "name-finder memory");
    }

    private static volatile NlpModels defaults;

    /** The bundled models, loaded once per process: they take a few seconds and some 100 MB. */
    public static NlpModels defaults() {
        NlpModels m = defaults;
        if (m == null) {
            synchronized (NlpModels.class) {
                m = defaults;
                if (m == null) defaults = m = loadBundled();
            }
        }
        return m;
    }

    /** The bundled models, loaded anew. */
    public static NlpModels loadBundled() {
        return new NlpModels(
                load(SENTENCES, SentenceModel::new),
                load(TOKENS, TokenizerModel::new),
                load(POS, POSModel::new),
                load(LEMMAS, LemmatizerModel::new),
                load(NAMES, TokenNameFinderModel::new));
    }

    private interface Loader<T> { T load(InputStream in) throws IOException; }

    private static <T> T load(String resource, Loader<T> loader) {
        try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("model not on the classpath: " + resource);
            return loader.load(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot load model " + resource + ": " + e.getMessage(), e);
        }
    }
}
