package org.newskg.bench.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newskg.ingest.HtmlArticleReader;
import org.newskg.ingest.IngestException;
import org.newskg.ingest.html.MainText;
import org.newskg.ingest.html.PageMetadata;

/** Runs body extractors over evaluation pages: newskg's reader as {@code newskg ingest} reads a page, and Readability4J alone. */
public final class HtmlBench {
    private HtmlBench() {}

    /** A body, and how the extractor came to it (the candidate chosen, or why there is none). */
    public record Extraction(String body, String method) {
        public Extraction {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(method, "method");
        }
    }

    /** An extractor under test. */
    public interface BodyExtractor {
        String name();

        Extraction extract(EvalPage page);
    }

    /** One extractor on one page, with the time it took. */
    public record PageRun(EvalPage page, String extractor, Extraction extraction, long nanos) {}

    /** newskg's HTML reader on the page's bytes, through the entry point that ingest, load and watch use. */
    public static final BodyExtractor NEWSKG = new BodyExtractor() {
        @Override public String name() { return "newskg"; }

        @Override public Extraction extract(EvalPage p) {
            try {
                HtmlArticleReader.Reading r = HtmlArticleReader.inspect(p.id(), p.html(), Optional.empty(), Optional.empty(),
                        Optional.empty(), p.file());
                return new Extraction(r.article().body(), r.method());
            } catch (IngestException e) {
                return new Extraction("", "none: " + e.reason());
            }
        }
    };

    /**
     * Readability4J alone, on the page as jsoup reads its bytes (jsoup's own charset sniffing): what a user of that
     * library gets without newskg's parts.
     */
    public static final BodyExtractor READABILITY4J = new BodyExtractor() {
        @Override public String name() { return "readability4j"; }

        @Override public Extraction extract(EvalPage p) {
            return new Extraction(MainText.readabilityAlone(parse(p)), "readability4j");
        }
    };

    /** Each extractor on each page, on {@code threads} threads; the result is in page order, then extractor order. */
    public static List<PageRun> run(List<EvalPage> pages, List<BodyExtractor> extractors, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<PageRun>> futures = new ArrayList<>();
            for (EvalPage p : pages) {
                for (BodyExtractor x : extractors) {
                    futures.add(pool.submit(() -> {
                        long t0 = System.nanoTime();
                        Extraction e = x.extract(p);
                        return new PageRun(p, x.name(), e, System.nanoTime() - t0);
                    }));
                }
            }
            List<PageRun> out = new ArrayList<>();
            for (Future<PageRun> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("benchmark failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The pages whose declared language (as newskg reads it) starts with {@code lang}. */
    public static List<EvalPage> inLanguage(List<EvalPage> pages, String lang) {
        String want = lang.toLowerCase(Locale.ROOT);
        return pages.stream()
                .filter(p -> PageMetadata.read(parse(p)).language().orElse("").toLowerCase(Locale.ROOT).startsWith(want))
                .toList();
    }

    private static Document parse(EvalPage p) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(p.html()), null, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
