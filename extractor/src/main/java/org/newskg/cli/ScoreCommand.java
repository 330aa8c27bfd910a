package org.newskg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.newskg.derive.DerivedLayer;
import org.newskg.eval.PolnearScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Reproduce the attribution scores on a PolNeAR split.",
                "Extract the split's texts with its metadata.tsv as the manifest, load them into an in-memory store, run queries/attributions.rq, and score the results with",
                "SHARED/eval/score_attribution.py, all persons and --restrict-person. SHARED is --shared, else NEWSKG_SHARED",
                "(./newskg sets it to ../shared beside the repository)."})
final class ScoreCommand implements Callable<Integer> {
    @Option(names = "--split", defaultValue = "dev", description = "PolNeAR split: train or dev (default: ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--shared", defaultValue = "${env:NEWSKG_SHARED}", description = "the shared folder with polnear/ and eval/ (default: NEWSKG_SHARED)")
    Path shared;

    @Option(names = "--out", defaultValue = "target/score", description = "where results go (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--show-errors", defaultValue = "0", description = "errors the scorer lists (default: ${DEFAULT-VALUE})")
    int showErrors;

    @Override
    public Integer call() throws Exception {
        return PolnearScore.run(new PolnearScore.Config(shared, split, out, showErrors), DerivedLayer.create()) ? Main.OK : Main.FATAL;
    }
}
