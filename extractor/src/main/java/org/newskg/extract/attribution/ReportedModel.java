package org.newskg.extract.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

import opennlp.tools.ml.model.MaxentModel;

/**
 * The reported-speech model: an OpenNLP maxent model that scores a verb with a person for subject, from
 * {@link ReportedVerbFeatures}, on whether the rest of its clause is that person's reported claim; packaged as an
 * {@link EventModel}. The bundled model is {@code newskg/models/en-reported-polnear.bin}, trained on PolNeAR train
 * ({@code extractor/models/train-reported.sh}, scores in {@code extractor/models/README.md}).
 */
public final class ReportedModel extends EventModel {
    private static final String COMPONENT = "ReportedVerbs";
    static final String FEATURES_PROPERTY = "newskg-reported-features";
    /** The outcome that means "this verb attributes the clause after it". */
    static final String CLAIM = YES;
    public static final String RESOURCE = "/newskg/models/en-reported-polnear.bin";

    ReportedModel(MaxentModel model, Map<String, String> manifest) {
        super(COMPONENT, model, manifest);
    }

    private ReportedModel(InputStream in) throws IOException {
        super(COMPONENT, in);
    }

    @Override String entry() { return "reported.model"; }
    @Override String featuresProperty() { return FEATURES_PROPERTY; }
    @Override String featuresVersion() { return ReportedVerbFeatures.VERSION; }
    @Override String what() { return "reported-speech model"; }
    @Override String script() { return "train-reported.sh"; }

    public static ReportedModel read(InputStream in) throws IOException { return new ReportedModel(in); }

    public static ReportedModel read(Path file) throws IOException { return read(file, ReportedModel::read); }

    /** The model shipped in the jar. */
    public static ReportedModel bundled() { return bundled(RESOURCE, "reported-speech model", ReportedModel::read); }
}
