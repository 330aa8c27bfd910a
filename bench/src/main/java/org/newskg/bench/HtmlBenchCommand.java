package org.newskg.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.newskg.bench.html.BenchReport;
import org.newskg.bench.html.CharsetCheck;
import org.newskg.bench.html.EvalPage;
import org.newskg.bench.html.EvalSets;
import org.newskg.bench.html.HtmlBench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "html", mixinStandardHelpOptions = true,
        description = {"Article-body quality of the HTML reader beside Readability4J.",
                "Newskg's HTML reader beside Readability4J alone, in one run on the same pages, per set and per split",
                "(pages the rules were tuned on, pages kept apart, all). Each DIR is an evaluation set in one of these",
                "layouts: ScrapingHub's article-extraction-benchmark (ground-truth.json, html/*.html.gz), trafilatura's",
                "tests (evaldata.json, eval/), Dragnet's data (HTML/, Corrected/), CleanEval or CleanPortalEval",
                "(input/, GoldStandard/), Readability's test pages (*/source.html, */expected.html). Snippet sets are",
                "scored by trafilatura's must-have/must-not-have snippets, the others by ScrapingHub's word 4-gram",
                "shingles. The data stays outside this repository; see docs/benchmarks.md."})
final class HtmlBenchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "evaluation sets' folders")
    List<Path> dirs;

    @Option(names = "--lang", description = "only pages whose declared language starts with this (e.g. en)")
    String lang;

    @Option(names = "--split", description = "only the pages of this split: tune or report (default: both, and all)")
    String split;

    @Option(names = "--limit", description = "use only the first N pages of each set")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--worst", description = "list the N pages where newskg scores worst, with the candidate it chose")
    int worst;

    @Option(names = "--threads", description = "worker threads (default: ${DEFAULT-VALUE})")
    int threads = 1;

    @Option(names = "--newskg-only", description = "run newskg's reader only, not Readability4J beside it")
    boolean newskgOnly;

    @Option(names = "--out", description = "write each extractor's bodies as DIR/<set>/<extractor>.json in the ScrapingHub output format")
    Path out;

    @Option(names = "--charsets", description = "instead of extracting, count how many pages re-encoded in windows-1252 and ISO-8859-1 the charset rule would take for UTF-8")
    boolean charsets;

    @Mixin Report report;

    @Override
    public Integer call() throws Exception {
        if (split != null && !split.equals("tune") && !split.equals("report")) {
            throw new IllegalArgumentException("--split is tune or report, not " + split);
        }
        List<EvalPage> pages = new ArrayList<>();
        for (Path dir : dirs) {
            List<EvalPage> set = EvalSets.read(dir);
            if (split != null) set = set.stream().filter(p -> p.split().label().equals(split)).toList();
            if (lang != null) set = HtmlBench.inLanguage(set, lang);
            if (set.size() > limit) set = set.subList(0, limit);
            if (set.isEmpty()) throw new IllegalArgumentException("no pages in " + dir + (lang == null ? "" : " in language " + lang));
            pages.addAll(set);
        }
        if (charsets) {
            StringBuilder md = new StringBuilder("| charset | pages re-encoded | read as UTF-8 |\n| --- | ---: | ---: |\n");
            for (CharsetCheck.Count c : CharsetCheck.run(pages)) md.append("| ").append(c.charset()).append(" | ").append(c.pages()).append(" | ").append(c.readAsUtf8()).append(" |\n");
            report.publish("newskg bench html --charsets " + String.join(" ", dirs.stream().map(Path::toString).toList()), md.toString(), System.out);
            return BenchMain.OK;
        }
        List<HtmlBench.BodyExtractor> extractors = newskgOnly ? List.of(HtmlBench.NEWSKG) : List.of(HtmlBench.NEWSKG, HtmlBench.READABILITY4J);
        List<HtmlBench.PageRun> runs = HtmlBench.run(pages, extractors, threads);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        PrintStream md = new PrintStream(text, true, StandardCharsets.UTF_8);
        md.printf("%d pages%s; threads: %d%n%n", pages.size(), lang == null ? "" : " (language " + lang + ")", threads);
        BenchReport.print(BenchReport.rows(runs), md);
        if (worst > 0) BenchReport.printWorst(runs, HtmlBench.NEWSKG.name(), worst, md);
        report.publish("newskg bench html " + String.join(" ", dirs.stream().map(Path::toString).toList())
                + (lang == null ? "" : " --lang " + lang) + (split == null ? "" : " --split " + split), text.toString(StandardCharsets.UTF_8), System.out);
        if (out != null) BenchReport.writeBodies(runs, out);
        return BenchMain.OK;
    }
}
