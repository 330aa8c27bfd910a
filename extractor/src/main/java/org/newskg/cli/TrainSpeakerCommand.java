package org.newskg.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import opennlp.tools.util.TrainingParameters;
import org.newskg.extract.attribution.SpeakerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train-speaker", mixinStandardHelpOptions = true,
        description = {"Train the speaker model on PolNeAR and score it.",
                "Reads SHARED/polnear/{train,dev} (SHARED is --shared, else NEWSKG_SHARED, which ./newskg sets to ../shared);",
                "prints the dev direct-attribution scores of the rules alone and with the model; writes the model",
                "(extractor/models/train-speaker.sh rebuilds the shipped one)."})
final class TrainSpeakerCommand implements Callable<Integer> {
    @Option(names = "--shared", defaultValue = "${env:NEWSKG_SHARED}", description = "the shared folder with polnear/ (default: NEWSKG_SHARED)")
    Path shared;

    @Option(names = "--params", description = "OpenNLP training parameters file (default: the shipped model's settings)")
    Path params;

    @Option(names = "--out", required = true, description = "where to write the model")
    Path out;

    @Option(names = "--threads", defaultValue = "2", description = "workers for the NLP pass (default: ${DEFAULT-VALUE}); training itself is single-threaded")
    int threads;

    @Override
    public Integer call() throws Exception {
        if (shared == null) {
            System.err.println("newskg train-speaker: no shared folder: give --shared DIR or set NEWSKG_SHARED");
            return Main.USAGE;
        }
        TrainingParameters p;
        if (params == null) {
            p = SpeakerTraining.defaultParameters();
        } else {
            try (InputStream in = Files.newInputStream(params)) {
                p = new TrainingParameters(in);
            }
        }
        SpeakerTraining.Run run = SpeakerTraining.run(new SpeakerTraining.Config(shared, p, threads), System.err);
        SpeakerTraining.write(run.model(), out);
        System.out.println("rules alone:     " + run.rulesOnDev());
        System.out.println("with the model:  " + run.modelOnDev());
        System.out.println("model written to " + out);
        return Main.OK;
    }
}
