package org.newskg.bench.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Dragnet's data (seomoz/dragnet_data): {@code HTML/<id>.html} and {@code Corrected/<id>.html.corrected.txt}, whose
 * text after Dragnet's separator line is reader comments, not the article. The set's own {@code training.txt} and
 * {@code test.txt} decide the split; a page listed in neither is split by {@link Split#byTemplate}.
 */
final class DragnetFormat implements EvalSetFormat {
    @Override public String name() { return "dragnet"; }

    @Override public boolean recognizes(Path dir) {
        return Files.isDirectory(dir.resolve("HTML")) && Files.isDirectory(dir.resolve("Corrected"));
    }

    @Override public List<EvalPage> read(Path dir) throws IOException {
        Set<String> training = ids(dir.resolve("training.txt")), test = ids(dir.resolve("test.txt"));
        List<EvalPage> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("HTML"))) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".html")) continue;
                String id = name.substring(0, name.length() - ".html".length());
                Path gold = dir.resolve("Corrected").resolve(name + ".corrected.txt");
                if (!Files.isRegularFile(gold)) continue;
                Split split = training.contains(id) ? Split.TUNE : test.contains(id) ? Split.REPORT : Split.byTemplate(id);
                pages.add(new EvalPage(name(), id, f, new EvalPage.FullText(GoldText.clean(EvalSets.text(gold))), split));
            }
        }
        return pages;
    }

    private static Set<String> ids(Path list) throws IOException {
        Set<String> out = new HashSet<>();
        if (Files.isRegularFile(list)) for (String l : Files.readAllLines(list)) if (!l.isBlank()) out.add(l.strip());
        return out;
    }
}
