package org.newskg.cli;

import opennlp.tools.util.TrainingParameters;
import org.newskg.extract.attribution.SpeakerTraining;
import picocli.CommandLine.Command;

@Command(name = "train-speaker", mixinStandardHelpOptions = true,
        description = {"Train the speaker model on PolNeAR and score it.",
                "Reads SHARED/polnear/{train,dev} (SHARED is --shared, else NEWSKG_SHARED, which ./newskg sets to ../shared);",
                "prints the dev direct-attribution scores of the rules alone and with the model; writes the model",
                "(extractor/models/train-speaker.sh rebuilds the shipped one)."})
final class TrainSpeakerCommand extends TrainModelCommand {
    @Override String name() { return "train-speaker"; }

    @Override TrainingParameters defaults() { return SpeakerTraining.defaultParameters(); }

    @Override
    void train(SpeakerTraining.Config config) throws Exception {
        SpeakerTraining.Run run = SpeakerTraining.run(config, System.err);
        run.model().write(out);
        System.out.println("rules alone:     " + run.rulesOnDev());
        System.out.println("with the model:  " + run.modelOnDev());
    }
}
