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
 * The reported-speech model: an OpenNLP maxent model that scores a verb with a person for subject, from
 * {@link ReportedVerbFeatures}, on whether the rest of its clause is that person's reported claim. Packaged as
 * OpenNLP packages its models, as {@link SpeakerModel} is; loading refuses a model of another feature set.
 * The bundled model is {@code newskg/models/en-reported-polnear.bin}, trained on PolNeAR train
 * ({@code extractor/models/train-reported.sh}, scores in {@code extractor/models/README.md}).
 */
public final class ReportedModel extends BaseModel {
    private static final String COMPONENT = "ReportedVerbs";
    private static final String ENTRY = "reported.model";
    static final String FEATURES_PROPERTY = "newskg-reported-features";
    /** The outcome that means "this verb attributes the clause after it". */
    static final String CLAIM = "T";
    public static final String RESOURCE = "/newskg/models/en-reported-polnear.bin";

    ReportedModel(MaxentModel model, Map<String, String> manifest) {
        super(COMPONENT, "en", manifest);
        artifactMap.put(ENTRY, model);
        setManifestProperty(FEATURES_PROPERTY, ReportedVerbFeatures.VERSION);
        checkArtifactMap();
    }

    private ReportedModel(InputStream in) throws IOException {
        super(COMPONENT, in);
    }

    public static ReportedModel read(InputStream in) throws IOException { return new ReportedModel(in); }

    public static ReportedModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (InvalidFormatException e) {
            throw new InvalidFormatException(file + ": " + e.getMessage(), e);
        }
    }

    /** The model shipped in the jar. */
    public static ReportedModel bundled() {
        try (InputStream in = ReportedModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the reported-speech model " + RESOURCE + " is not on the classpath");
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reported-speech model " + RESOURCE, e);
        }
    }

    @Override
    protected void validateArtifactMap() throws InvalidFormatException {
        super.validateArtifactMap();
        if (!(artifactMap.get(ENTRY) instanceof AbstractModel))
            throw new InvalidFormatException("a reported-speech model needs its " + ENTRY + " entry");
        String features = getManifestProperty(FEATURES_PROPERTY);
        if (!ReportedVerbFeatures.VERSION.equals(features))
            throw new InvalidFormatException("this reported-speech model was trained on feature set " + features + ", the extractor reads "
                    + ReportedVerbFeatures.VERSION + "; retrain it with extractor/models/train-reported.sh");
    }

    /** The probability the model gives that the verb with these features attributes its clause. */
    public double probability(String[] features) {
        MaxentModel m = (MaxentModel) artifactMap.get(ENTRY);
        double[] p = m.eval(features);
        int i = m.getIndex(CLAIM);
        return i < 0 ? 0.0 : p[i];
    }

    public void write(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (var os = Files.newOutputStream(tmp)) {
                serialize(os);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
