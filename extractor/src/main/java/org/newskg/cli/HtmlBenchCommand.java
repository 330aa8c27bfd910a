package org.newskg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newskg.ingest.Article;
import org.newskg.ingest.HtmlArticleReader;
import org.newskg.ingest.IngestException;
import org.newskg.ingest.html.BodyScore;
import org.newskg.ingest.html.MainText;
import org.newskg.ingest.html.PageMetadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "html", mixinStandardHelpOptions = true,
        description = {"Article-body quality of the HTML reader beside Readability4J.",
                "Newskg's HTML reader beside Readability4J alone, in one run on the same pages.",
                "DIR is either the ScrapingHub article-extraction-benchmark (ground-truth.json and html/*.html.gz; scored",
                "with its token-shingle scorer), or trafilatura's evaluation set (evaldata.json with its pages under",
                "eval/ or cache/, or the repository's tests/ folder; scored by must-have and must-not-have snippets).",
                "The data stays outside this repository; see the README."})
final class HtmlBenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "the evaluation set's folder")
    Path dir;

    @Option(names = "--lang", description = "only pages whose declared language starts with this (e.g. en)")
    String lang;

    @Option(names = "--limit", description = "use only the first N pages")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--worst", description = "list the N pages where newskg scores worst, with the candidate it chose")
    int worst;

    @Option(names = "--out", description = "write each extractor's bodies as <name>.json in the ScrapingHub output format, for its evaluate.py")
    Path out;

    private record Page(String id, Path file, byte[] bytes, String reference, List<String> mustHave, List<String> mustNot) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        boolean shingles = Files.isRegularFile(dir.resolve("ground-truth.json"));
        List<Page> pages = shingles ? scrapinghub() : trafilatura();
        if (lang != null) {
            String want = lang.toLowerCase(Locale.ROOT);
            pages = pages.stream().filter(p -> language(p).toLowerCase(Locale.ROOT).startsWith(want)).toList();
        }
        if (pages.size() > limit) pages = pages.subList(0, limit);
        if (pages.isEmpty()) throw new IllegalArgumentException("no pages in " + dir + (lang == null ? "" : " in language " + lang));

        Map<String, String> ours = new LinkedHashMap<>(), theirs = new LinkedHashMap<>();
        Map<String, String> method = new LinkedHashMap<>();
        long tOurs = 0, tTheirs = 0;
        for (Page p : pages) {
            long t0 = System.nanoTime();
            String body;
            try {
                Article a = HtmlArticleReader.read(p.id(), p.bytes(), Optional.empty(), Optional.empty(), p.file());
                body = a.body();
            } catch (IngestException e) {
                body = "";
            }
            long t1 = System.nanoTime();
            String r4j = MainText.readabilityAlone(parse(p));
            long t2 = System.nanoTime();
            tOurs += t1 - t0;
            tTheirs += t2 - t1;
            ours.put(p.id(), body);
            theirs.put(p.id(), r4j);
            method.put(p.id(), methodOf(p));
        }

        System.out.printf("%s: %d pages%s; scorer: %s%n", dir, pages.size(), lang == null ? "" : " (language " + lang + ")",
                shingles ? "ScrapingHub token 4-gram shingles (evaluate.py)" : "trafilatura must-have / must-not-have snippets");
        System.out.printf("%-14s %9s %9s %9s %9s %12s %10s%n", "extractor", "precision", "recall", "F1", shingles ? "" : "accuracy", "empty pages", "ms/page");
        List<double[]> perPage = new ArrayList<>();
        for (String name : List.of("newskg", "readability4j")) {
            Map<String, String> bodies = name.equals("newskg") ? ours : theirs;
            BodyScore.Prf prf;
            String extra = "";
            if (shingles) {
                BodyScore.Shingles s = new BodyScore.Shingles();
                for (Page p : pages) {
                    double[] x = s.add(p.reference(), bodies.get(p.id()));
                    if (name.equals("newskg")) perPage.add(x);
                }
                prf = s.result();
            } else {
                BodyScore.Snippets s = new BodyScore.Snippets();
                for (Page p : pages) s.add(bodies.get(p.id()), p.mustHave(), p.mustNot());
                prf = s.result();
                extra = String.format(Locale.ROOT, "%.3f", s.accuracy());
            }
            long empty = bodies.values().stream().filter(String::isBlank).count();
            double ms = (name.equals("newskg") ? tOurs : tTheirs) / 1e6 / pages.size();
            System.out.printf(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f %9s %12d %10.1f%n", name, prf.precision(), prf.recall(), prf.f1(), extra, empty, ms);
            if (out != null) write(name, bodies);
        }
        if (worst > 0 && shingles) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) idx.add(i);
            idx.sort(Comparator.comparingDouble(i -> BodyScore.Shingles.f1(perPage.get(i))));
            System.out.println("worst pages for newskg (page F1, tp/fp/fn, candidate):");
            for (int i : idx.subList(0, Math.min(worst, idx.size()))) {
                double[] x = perPage.get(i);
                System.out.printf(Locale.ROOT, "  %.3f  %.2f/%.2f/%.2f  %-12s %s%n", BodyScore.Shingles.f1(x), x[0], x[1], x[2],
                        method.get(pages.get(i).id()), pages.get(i).id());
            }
        }
        return Main.OK;
    }

    private String methodOf(Page p) {
        try {
            Document doc = parse(p);
            return MainText.extract(doc, PageMetadata.read(doc)).method();
        } catch (RuntimeException e) {
            return "error";
        }
    }

    private static Document parse(Page p) {
        try {
            return Jsoup.parse(new java.io.ByteArrayInputStream(p.bytes()), null, "");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String language(Page p) {
        return PageMetadata.read(parse(p)).language().orElse("");
    }

    private void write(String name, Map<String, String> bodies) throws IOException {
        Files.createDirectories(out);
        ObjectNode o = JSON.createObjectNode();
        bodies.forEach((id, b) -> o.putObject(id).put("articleBody", b));
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.resolve(name + ".json").toFile(), o);
    }

    private List<Page> scrapinghub() throws IOException {
        JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
            String id = it.next();
            Path f = dir.resolve("html").resolve(id + ".html.gz");
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                bytes = in.readAllBytes();
            }
            pages.add(new Page(id, f, bytes, truth.get(id).path("articleBody").asText(""), List.of(), List.of()));
        }
        return pages;
    }

    private List<Page> trafilatura() throws IOException {
        Path base = Files.isRegularFile(dir.resolve("evaldata.json")) ? dir : dir.resolve("tests");
        Path data = base.resolve("evaldata.json");
        if (!Files.isRegularFile(data)) {
            throw new IllegalArgumentException(dir + " holds neither ground-truth.json (ScrapingHub) nor evaldata.json (trafilatura)");
        }
        JsonNode eval = JSON.readTree(data.toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = eval.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String file = e.getValue().path("file").asText();
            Path f = null;
            for (String sub : List.of("eval", "cache")) {
                Path c = base.resolve(sub).resolve(file);
                if (Files.isRegularFile(c)) { f = c; break; }
            }
            if (f == null) continue;
            pages.add(new Page(e.getKey(), f, Files.readAllBytes(f), null, strings(e.getValue().get("with")), strings(e.getValue().get("without"))));
        }
        return pages;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null) n.forEach(x -> out.add(x.asText()));
        return out;
    }
}
