package org.newskg.extract.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.model.BaseModel;

/**
 * The speaker model: an OpenNLP maxent (or perceptron) model that scores each candidate speaker of a quotation
 * from {@link SpeakerFeatures}, packaged as OpenNLP packages its models (a zip with a manifest naming the
 * component, the language and the feature set). Loading refuses a model made for another component or another
 * feature set. Immutable and thread-safe once loaded: {@link #probability(String[])} keeps no state.
 * <p>
 * The bundled model is {@code newskg/models/en-speaker-polnear.bin}, trained on PolNeAR train; see
 * {@code extractor/models/README.md} for how it is rebuilt and how it scores on PolNeAR dev.
 */
public final class SpeakerModel extends BaseModel {
    private static final String COMPONENT = "SpeakerChooser";
    private static final String ENTRY = "speaker.model";
    /** Manifest property: the {@link SpeakerFeatures#VERSION} the model was trained with. */
    static final String FEATURES_PROPERTY = "newskg-speaker-features";
    /** The outcome that means "this candidate is the speaker". */
    static final String SPEAKER = "T";
    /** Where the bundled model sits on the classpath. */
    public static final String RESOURCE = "/newskg/models/en-speaker-polnear.bin";

    SpeakerModel(MaxentModel model, Map<String, String> manifest) {
        super(COMPONENT, "en", manifest);
        artifactMap.put(ENTRY, model);
        setManifestProperty(FEATURES_PROPERTY, SpeakerFeatures.VERSION);
        checkArtifactMap();
    }

    private SpeakerModel(InputStream in) throws IOException {
        super(COMPONENT, in);
    }

    /** A model read from a stream (the stream is not closed). */
    public static SpeakerModel read(InputStream in) throws IOException { return new SpeakerModel(in); }

    public static SpeakerModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (InvalidFormatException e) {
            throw new InvalidFormatException(file + ": " + e.getMessage(), e);
        }
    }

    /** The model shipped in the jar. */
    public static SpeakerModel bundled() {
        try (InputStream in = SpeakerModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the speaker model " + RESOURCE + " is not on the classpath");
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the speaker model " + RESOURCE, e);
        }
    }

    @Override
    protected void validateArtifactMap() throws InvalidFormatException {
        super.validateArtifactMap();
        if (!(artifactMap.get(ENTRY) instanceof AbstractModel))
            throw new InvalidFormatException("a speaker model needs its " + ENTRY + " entry");
        String features = getManifestProperty(FEATURES_PROPERTY);
        if (!SpeakerFeatures.VERSION.equals(features))
            throw new InvalidFormatException("this speaker model was trained on feature set " + features + ", the extractor reads "
                    + SpeakerFeatures.VERSION + "; retrain it with extractor/models/train-speaker.sh");
    }

    private MaxentModel maxent() { return (MaxentModel) artifactMap.get(ENTRY); }

    /** The probability the model gives that a candidate with these features is the speaker. */
    public double probability(String[] features) {
        MaxentModel m = maxent();
        double[] p = m.eval(features);
        int i = m.getIndex(SPEAKER);
        return i < 0 ? 0.0 : p[i];
    }

    /** A training setting recorded in the manifest (e.g. "Algorithm"), or null. */
    public String setting(String name) { return getManifestProperty(name); }
}
