package org.newskg.cli;

import opennlp.tools.util.TrainingParameters;
import org.newskg.extract.attribution.ReportedTraining;
import org.newskg.extract.attribution.SpeakerTraining;
import picocli.CommandLine.Command;

@Command(name = "train-reported", mixinStandardHelpOptions = true,
        description = {"Train the reported-speech model on PolNeAR and score it.",
                "Reads SHARED/polnear/{train,dev} (SHARED is --shared, else NEWSKG_SHARED, which ./newskg sets to ../shared);",
                "prints the threshold sweep over two folds of train and the dev scores without and with the model",
                "(reported speech, and direct quotations, which it leaves alone); writes the model",
                "(extractor/models/train-reported.sh rebuilds the shipped one)."})
final class TrainReportedCommand extends TrainModelCommand {
    @Override String name() { return "train-reported"; }

    @Override TrainingParameters defaults() { return ReportedTraining.defaultParameters(); }

    @Override
    void train(SpeakerTraining.Config config) throws Exception {
        ReportedTraining.Run run = ReportedTraining.run(config, System.err);
        run.model().write(out);
        System.out.println("events:          " + run.events() + " (" + run.positives() + " positive)");
        System.out.println("rules alone:     " + run.reportedRules());
        System.out.println("with the model:  " + run.reportedModel());
        System.out.println("direct, rules:   " + run.directRules());
        System.out.println("direct, model:   " + run.directModel());
    }
}
