package org.newskg.bench.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * CleanEval's layout, which CleanPortalEval and merged collections of hand-cleaned sets share: {@code input/<id>.html}
 * (CleanEval wraps each page in a {@code <text id=URL>} element) and {@code GoldStandard/<id>.txt}. CleanEval comes as a
 * development set and a final set: the first is for tuning, the second is kept apart; any other set in this layout is
 * split by {@link Split#byTemplate}.
 */
final class CleanEvalFormat implements EvalSetFormat {
    @Override public String name() { return "cleaneval"; }

    @Override public boolean recognizes(Path dir) {
        return Files.isDirectory(dir.resolve("input")) && Files.isDirectory(dir.resolve("GoldStandard"));
    }

    @Override public List<EvalPage> read(Path dir) throws IOException {
        String set = EvalSets.setName(dir);
        String lower = set.toLowerCase(Locale.ROOT);
        List<EvalPage> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("input"))) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.matches("(?i).*\\.html?")) continue;
                String id = name.substring(0, name.lastIndexOf('.'));
                Path gold = dir.resolve("GoldStandard").resolve(id + ".txt");
                if (!Files.isRegularFile(gold)) continue;
                Split split = lower.contains("cleaneval") && lower.contains("dev") ? Split.TUNE
                        : lower.contains("cleaneval") && lower.contains("final") ? Split.REPORT
                        : Split.byTemplate(id);
                pages.add(new EvalPage(set, id, f, new EvalPage.FullText(GoldText.clean(EvalSets.text(gold))), split));
            }
        }
        return pages;
    }
}
