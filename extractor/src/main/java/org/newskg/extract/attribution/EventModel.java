package org.newskg.extract.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.model.BaseModel;

/**
 * A learned attribution decision packaged as OpenNLP packages its models: a zip with one event model under
 * {@link #entry()} and a manifest naming the component, the language and the feature set the model was trained
 * on. Loading refuses a model of another component or feature set, so a model never reads features it was not
 * trained with. Immutable and thread-safe once loaded. The subclasses name their component, entry and features;
 * those are constants, since OpenNLP validates while the superclass constructor runs.
 */
abstract class EventModel extends BaseModel {
    /** The outcome that means yes (this candidate is the speaker, this verb reports a claim). */
    static final String YES = "T";

    EventModel(String component, MaxentModel model, Map<String, String> manifest) {
        super(component, "en", manifest);
        artifactMap.put(entry(), model);
        setManifestProperty(featuresProperty(), featuresVersion());
        checkArtifactMap();
    }

    EventModel(String component, InputStream in) throws IOException {
        super(component, in);
    }

    /** The zip entry holding the event model. */
    abstract String entry();

    /** The manifest property naming the feature set, and the feature set this code reads. */
    abstract String featuresProperty();

    abstract String featuresVersion();

    /** What the model decides and the script that rebuilds it, for error messages. */
    abstract String what();

    abstract String script();

    @Override
    protected void validateArtifactMap() throws InvalidFormatException {
        super.validateArtifactMap();
        if (!(artifactMap.get(entry()) instanceof AbstractModel))
            throw new InvalidFormatException("a " + what() + " needs its " + entry() + " entry");
        String features = getManifestProperty(featuresProperty());
        if (!featuresVersion().equals(features))
            throw new InvalidFormatException("this " + what() + " was trained on feature set " + features + ", the extractor reads "
                    + featuresVersion() + "; retrain it with extractor/models/" + script());
    }

    /** The probability the model gives to yes for these features. */
    public double probability(String[] features) {
        MaxentModel m = (MaxentModel) artifactMap.get(entry());
        double[] p = m.eval(features);
        int i = m.getIndex(YES);
        return i < 0 ? 0.0 : p[i];
    }

    /** A training setting recorded in the manifest (e.g. "Algorithm"), or null. */
    public String setting(String name) { return getManifestProperty(name); }

    /** Writes the model to {@code file}: to a temporary file beside it first, moved into place once complete. */
    public void write(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (var os = Files.newOutputStream(tmp)) {
                serialize(os);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Reads a model from a stream; a stream is not closed. */
    interface Reader<M> {
        M read(InputStream in) throws IOException;
    }

    static <M> M read(Path file, Reader<M> reader) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in);
        } catch (InvalidFormatException e) {
            throw new InvalidFormatException(file + ": " + e.getMessage(), e);
        }
    }

    /** The model at {@code resource} on the classpath, as shipped in the jar. */
    static <M> M bundled(String resource, String what, Reader<M> reader) {
        try (InputStream in = EventModel.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the " + what + " " + resource + " is not on the classpath");
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + what + " " + resource, e);
        }
    }
}
