package org.newskg.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestItem;
import org.newskg.ingest.warc.WarcCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "warc", mixinStandardHelpOptions = true,
        description = {"WARC streaming benchmark: heap while reading a small and a large WARC.",
                "Writes two WARC files of generated news pages, N and SCALE x N records, reads",
                "each as `newskg ingest` does (every record parsed to an article, nothing kept), and prints the heap still in use",
                "after a full GC, sampled 20 times through each read, and its ratio between the two files. Constant memory means",
                "a ratio near 1. Run with a small -Xmx (e.g. 256m) to show a 1 GB file fits in it."})
final class WarcBenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "where the WARC files are written (default: ${DEFAULT-VALUE})")
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "newskg-warc-bench");

    @Option(names = "--records", defaultValue = "2000", description = "N, records of the small file (default: ${DEFAULT-VALUE})")
    int records;

    @Option(names = "--scale", defaultValue = "10", description = "the large file has SCALE x N records (default: ${DEFAULT-VALUE})")
    int scale;

    @Option(names = "--page-kb", defaultValue = "50", description = "size of each generated page (default: ${DEFAULT-VALUE})")
    int pageKb;

    @Option(names = "--keep", description = "keep the WARC files (default: deleted after the run)")
    boolean keep;

    /** What one read of a file measured. */
    record Run(long records, long bytes, long articles, double seconds, long maxLiveHeap, List<Long> samples) {}

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(dir);
        Path small = dir.resolve("bench-" + records + ".warc"), large = dir.resolve("bench-" + (long) records * scale + ".warc");
        try {
            write(small, records);
            write(large, (long) records * scale);
            Run a = read(small, records), b = read(large, (long) records * scale);
            System.out.printf(Locale.ROOT, "%-10s %12s %10s %9s %14s%n", "records", "WARC bytes", "articles", "seconds*", "max live heap");
            for (Run r : List.of(a, b))
                System.out.printf(Locale.ROOT, "%-10d %,12d %10d %9.1f %11.1f MiB%n", r.records(), r.bytes(), r.articles(), r.seconds(), r.maxLiveHeap() / 1048576.0);
            for (Run r : List.of(a, b))
                System.out.printf(Locale.ROOT, "live heap through the %d-record read, MiB, every 5%%: %s%n", r.records(),
                        String.join(" ", r.samples().stream().map(x -> String.format(Locale.ROOT, "%.1f", x / 1048576.0)).toList()));
            System.out.printf(Locale.ROOT, "max live heap, %dx records / 1x: %.2f (-Xmx %.0f MiB)%n", scale,
                    b.maxLiveHeap() / (double) a.maxLiveHeap(), Runtime.getRuntime().maxMemory() / 1048576.0);
            System.out.println("* seconds include the 20 full GCs of the sampling; this measures memory, not speed");
        } finally {
            if (!keep) {
                Files.deleteIfExists(small);
                Files.deleteIfExists(large);
            }
        }
        return Main.OK;
    }

    private Run read(Path warc, long n) {
        long every = Math.max(1, n / 20);
        long[] seen = {0}, ok = {0}, maxLive = {liveHeap()};
        List<Long> samples = new java.util.ArrayList<>();
        long t0 = System.nanoTime();
        WarcCounts c = Ingest.create().forEach(List.of(warc.toString()), item -> {
            if (item instanceof IngestItem.Ok) ok[0]++;
            if (++seen[0] % every == 0) {
                long live = liveHeap();
                samples.add(live);
                maxLive[0] = Math.max(maxLive[0], live);
            }
        });
        double s = (System.nanoTime() - t0) / 1e9;
        try {
            return new Run(c.records(), Files.size(warc), ok[0], s, maxLive[0], samples);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Heap in use once garbage is collected: what the reader holds on to, whatever the collector's pace. */
    private static long liveHeap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    private void write(Path warc, long n) throws IOException {
        Instant date = Instant.parse("2026-03-11T07:00:00Z");
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.NONE)) {
            for (long i = 0; i < n; i++) {
                byte[] page = page(i, pageKb * 1024).getBytes(StandardCharsets.UTF_8);
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, page).build();
                w.write(new WarcResponse.Builder(URI.create("https://harbor-gazette.example/news/" + i + "/story")).date(date.plusSeconds(i)).body(http).build());
            }
        }
    }

    private static final String[] SENTENCES = {
        "\u201cWe will keep the night ferry running,\u201d said Kate Ruiz, the harbor commissioner.",
        "Tom Alcott said the council would vote on the budget on Friday.",
        "Republican Sen. Dana Whitlow said the state would pay for half of the new pier.",
        "The Harbor Gazette asked the port authority for its figures; it did not answer.",
        "According to Lena Marsh, a spokeswoman for the ferry crews, the strike could end this week.",
    };

    /** A page of about {@code size} bytes, different from every other (its number is in the text), with the boilerplate real pages carry. */
    static String page(long i, int size) {
        StringBuilder s = new StringBuilder(size + 512).append("<!doctype html><html><head><meta charset=\"utf-8\"><title>Harbor story ")
                .append(i).append("</title><meta property=\"og:site_name\" content=\"Harbor Gazette\"></head><body><nav><a href=\"/\">Home</a></nav><article>");
        for (int k = 0; s.length() < size - 200; k++) {
            s.append("<p>Story ").append(i).append(", paragraph ").append(k).append(": ").append(SENTENCES[(int) ((i + k) % SENTENCES.length)])
                    .append(' ').append(SENTENCES[(int) ((i + 3 * k + 1) % SENTENCES.length)]).append("</p>\n");
        }
        return s.append("</article><footer>\u00a9 Harbor Gazette</footer></body></html>").toString();
    }
}
