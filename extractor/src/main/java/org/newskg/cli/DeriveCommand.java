package org.newskg.cli;

import java.util.concurrent.Callable;

import org.newskg.derive.DerivedLayer;
import org.newskg.store.ArticleStore;
import org.newskg.store.Derivation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Brings the derived layer up to date, or rebuilds it from the article graphs alone. */
@Command(name = "derive", mixinStandardHelpOptions = true,
        description = {"Rebuild the store-wide persons, utterances and summaries.",
                "",
                "Every load keeps the layer current by itself; this command is for a store written by other means, or to check "
                        + "that the layer is what the articles say. Without --rebuild it derives only when the layer is stale."})
final class DeriveCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--rebuild", description = "derive every block again from scratch, even when the layer is current")
    boolean rebuild;

    @Override
    public Integer call() throws Exception {
        try (ArticleStore s = store.open()) {
            DerivedLayer layer = DerivedLayer.create();
            if (!rebuild && layer.isCurrent(s, s.records())) {
                System.err.println("newskg derive: " + s.describe() + ": the derived layer is current");
                return Main.OK;
            }
            Derivation.Result r = layer.rebuild(s);
            System.err.printf("newskg derive: %s: %,d blocks, %,d utterances, %,d persons resolved across articles, in %.2f s%n",
                    s.describe(), r.blocks(), r.utterances(), r.resolved(), r.seconds());
            return Main.OK;
        }
    }
}
