package org.newskg.extract.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

import opennlp.tools.ml.model.MaxentModel;

/**
 * The speaker model: an OpenNLP maxent (or perceptron) model that scores each candidate speaker of a quotation
 * from {@link SpeakerFeatures}, packaged as an {@link EventModel}. Immutable and thread-safe once loaded.
 * <p>
 * The bundled model is {@code newskg/models/en-speaker-polnear.bin}, trained on PolNeAR train; see
 * {@code extractor/models/README.md} for how it is rebuilt and how it scores on PolNeAR dev.
 */
public final class SpeakerModel extends EventModel {
    private static final String COMPONENT = "SpeakerChooser";
    /** Manifest property: the {@link SpeakerFeatures#VERSION} the model was trained with. */
    static final String FEATURES_PROPERTY = "newskg-speaker-features";
    /** The outcome that means "this candidate is the speaker". */
    static final String SPEAKER = YES;
    /** Where the bundled model sits on the classpath. */
    public static final String RESOURCE = "/newskg/models/en-speaker-polnear.bin";

    SpeakerModel(MaxentModel model, Map<String, String> manifest) {
        super(COMPONENT, model, manifest);
    }

    private SpeakerModel(InputStream in) throws IOException {
        super(COMPONENT, in);
    }

    @Override String entry() { return "speaker.model"; }
    @Override String featuresProperty() { return FEATURES_PROPERTY; }
    @Override String featuresVersion() { return SpeakerFeatures.VERSION; }
    @Override String what() { return "speaker model"; }
    @Override String script() { return "train-speaker.sh"; }

    /** A model read from a stream (the stream is not closed). */
    public static SpeakerModel read(InputStream in) throws IOException { return new SpeakerModel(in); }

    public static SpeakerModel read(Path file) throws IOException { return read(file, SpeakerModel::read); }

    /** The model shipped in the jar. */
    public static SpeakerModel bundled() { return bundled(RESOURCE, "speaker model", SpeakerModel::read); }
}
