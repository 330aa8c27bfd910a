package org.newskg.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import opennlp.tools.util.TrainingParameters;
import org.newskg.extract.attribution.SpeakerTraining;
import picocli.CommandLine.Option;

/** What {@code train-speaker} and {@code train-reported} share: the shared folder, the settings, the output, the workers. */
abstract class TrainModelCommand implements Callable<Integer> {
    @Option(names = "--shared", defaultValue = "${env:NEWSKG_SHARED}", description = "the shared folder with polnear/ (default: NEWSKG_SHARED)")
    Path shared;

    @Option(names = "--params", description = "OpenNLP training parameters file (default: the shipped model's settings)")
    Path params;

    @Option(names = "--out", required = true, description = "where to write the model")
    Path out;

    @Option(names = "--threads", defaultValue = "2", description = "workers for the NLP pass (default: ${DEFAULT-VALUE}); training itself is single-threaded")
    int threads;

    /** The command's name, for messages. */
    abstract String name();

    /** The shipped model's settings. */
    abstract TrainingParameters defaults();

    /** Trains, scores and writes the model, printing the scores. */
    abstract void train(SpeakerTraining.Config config) throws Exception;

    @Override
    public Integer call() throws Exception {
        if (shared == null) {
            System.err.println("newskg " + name() + ": no shared folder: give --shared DIR or set NEWSKG_SHARED");
            return Main.USAGE;
        }
        TrainingParameters p;
        if (params == null) {
            p = defaults();
        } else {
            try (InputStream in = Files.newInputStream(params)) {
                p = new TrainingParameters(in);
            }
        }
        train(new SpeakerTraining.Config(shared, p, threads));
        System.out.println("model written to " + out);
        return Main.OK;
    }
}
