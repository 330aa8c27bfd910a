package org.newskg.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import opennlp.tools.util.TrainingParameters;
import org.newskg.extract.attribution.ReportedTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train-reported", mixinStandardHelpOptions = true,
        description = {"Train the reported-speech model on PolNeAR and score it.",
                "Reads SHARED/polnear/{train,dev} (SHARED is --shared, else NEWSKG_SHARED, which ./newskg sets to ../shared);",
                "prints the dev reported-speech scores (and direct, to show they do not move) of the rules alone and with the model; writes the model",
                "(extractor/models/train-reported.sh rebuilds the shipped one)."})
final class TrainReportedCommand implements Callable<Integer> {
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
            System.err.println("newskg train-reported: no shared folder: give --shared DIR or set NEWSKG_SHARED");
            return Main.USAGE;
        }
        TrainingParameters p;
        if (params == null) {
            p = ReportedTraining.defaultParameters();
        } else {
            try (InputStream in = Files.newInputStream(params)) {
                p = new TrainingParameters(in);
            }
        }
        ReportedTraining.Run run = ReportedTraining.run(new ReportedTraining.Config(shared, p, threads), System.err);
        run.model().write(out);
        System.out.println("events:          " + run.events() + " (" + run.positives() + " positive)");
        System.out.println("rules alone:     " + run.reportedRules());
        System.out.println("with the model:  " + run.reportedModel());
        System.out.println("direct, rules:   " + run.directRules());
        System.out.println("direct, model:   " + run.directModel());
        System.out.println("model written to " + out);
        return Main.OK;
    }
}
