package org.newskg.bench.html;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The benchmark's figures: per set, per split (tuning pages, report pages, all) and per extractor, precision, recall
 * and F1 by the set's scorer, the pages with no text, and the pages with mangled characters (more marks of a wrong
 * charset, as {@link Mojibake} counts them, than the reference has).
 */
public final class BenchReport {
    private BenchReport() {}

    /** One line of the table. {@code accuracy} is trafilatura's (snippet sets only). */
    public record Row(String set, String split, String extractor, int pages, BodyScore.Prf prf, OptionalDouble accuracy,
                      long empty, long mangled, double msPerPage) {}

    public static List<Row> rows(List<HtmlBench.PageRun> runs) {
        Map<String, List<HtmlBench.PageRun>> bySet = new LinkedHashMap<>();
        for (HtmlBench.PageRun r : runs) bySet.computeIfAbsent(r.page().set(), k -> new ArrayList<>()).add(r);
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<HtmlBench.PageRun>> e : bySet.entrySet()) {
            Set<String> extractors = new LinkedHashSet<>();
            Set<Split> splits = new LinkedHashSet<>();
            for (HtmlBench.PageRun r : e.getValue()) { extractors.add(r.extractor()); splits.add(r.page().split()); }
            List<String> groups = new ArrayList<>();
            for (Split s : Split.values()) if (splits.contains(s)) groups.add(s.label());
            if (groups.size() > 1) groups.add("all");
            for (String g : groups) {
                for (String x : extractors) {
                    List<HtmlBench.PageRun> sel = e.getValue().stream()
                            .filter(r -> r.extractor().equals(x) && (g.equals("all") || r.page().split().label().equals(g))).toList();
                    rows.add(row(e.getKey(), g, x, sel));
                }
            }
        }
        return rows;
    }

    private static Row row(String set, String split, String extractor, List<HtmlBench.PageRun> runs) {
        BodyScore.Shingles shingles = new BodyScore.Shingles();
        BodyScore.Snippets snippets = new BodyScore.Snippets();
        boolean anySnippets = false;
        long empty = 0, mangled = 0, nanos = 0;
        for (HtmlBench.PageRun r : runs) {
            String body = r.extraction().body();
            if (body.isBlank()) empty++;
            nanos += r.nanos();
            if (r.page().reference() instanceof EvalPage.FullText t) {
                shingles.add(t.text(), body);
                if (Mojibake.count(body) > Mojibake.count(t.text())) mangled++;
            } else if (r.page().reference() instanceof EvalPage.Snippets s) {
                anySnippets = true;
                snippets.add(body, s.mustHave(), s.mustNot());
                if (Mojibake.count(body) > 0) mangled++;
            }
        }
        BodyScore.Prf prf = anySnippets ? snippets.result() : shingles.result();
        OptionalDouble acc = anySnippets ? OptionalDouble.of(snippets.accuracy()) : OptionalDouble.empty();
        return new Row(set, split, extractor, runs.size(), prf, acc, empty, mangled, runs.isEmpty() ? 0 : nanos / 1e6 / runs.size());
    }

    /** The table as Markdown, so that it can go into the docs as printed. */
    public static void print(List<Row> rows, PrintStream out) {
        out.println("| set | split | extractor | pages | precision | recall | F1 | accuracy | empty pages | mangled pages | ms/page |");
        out.println("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "| %s | %s | %s | %d | %.3f | %.3f | %.3f | %s | %d | %d | %.1f |%n", r.set(), r.split(), r.extractor(),
                    r.pages(), r.prf().precision(), r.prf().recall(), r.prf().f1(),
                    r.accuracy().isPresent() ? String.format(Locale.ROOT, "%.3f", r.accuracy().getAsDouble()) : "",
                    r.empty(), r.mangled(), r.msPerPage());
        }
    }

    /** The {@code n} pages of shingle-scored sets where {@code extractor} scores worst, with the candidate it chose. */
    public static void printWorst(List<HtmlBench.PageRun> runs, String extractor, int n, PrintStream out) {
        record Scored(HtmlBench.PageRun run, double[] x) {}
        List<Scored> scored = new ArrayList<>();
        for (HtmlBench.PageRun r : runs) {
            if (!r.extractor().equals(extractor) || !(r.page().reference() instanceof EvalPage.FullText t)) continue;
            scored.add(new Scored(r, new BodyScore.Shingles().add(t.text(), r.extraction().body())));
        }
        scored.sort(Comparator.comparingDouble(s -> BodyScore.Shingles.f1(s.x())));
        out.printf("worst pages for %s (page F1, tp/fp/fn, split, candidate, set/page):%n", extractor);
        for (Scored s : scored.subList(0, Math.min(n, scored.size()))) {
            out.printf(Locale.ROOT, "  %.3f  %.2f/%.2f/%.2f  %-6s %-22s %s/%s%n", BodyScore.Shingles.f1(s.x()), s.x()[0], s.x()[1], s.x()[2],
                    s.run().page().split().label(), s.run().extraction().method(), s.run().page().set(), s.run().page().id());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Each extractor's bodies as {@code DIR/<set>/<extractor>.json} in the ScrapingHub benchmark's output format
     * (id to {@code {"articleBody": ...}}), which its {@code evaluate.py} reads.
     */
    public static void writeBodies(List<HtmlBench.PageRun> runs, Path dir) throws IOException {
        Map<String, ObjectNode> files = new LinkedHashMap<>();
        for (HtmlBench.PageRun r : runs) {
            ObjectNode o = files.computeIfAbsent(r.page().set() + "/" + r.extractor(), k -> JSON.createObjectNode());
            o.putObject(r.page().id()).put("articleBody", r.extraction().body());
        }
        for (Map.Entry<String, ObjectNode> e : files.entrySet()) {
            Path f = dir.resolve(e.getKey() + ".json");
            Files.createDirectories(f.getParent());
            JSON.writerWithDefaultPrettyPrinter().writeValue(f.toFile(), e.getValue());
        }
    }
}
