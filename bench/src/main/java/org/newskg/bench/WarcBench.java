package org.newskg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestItem;
import org.newskg.ingest.warc.WarcCounts;

/**
 * WARC streaming: two WARC files of generated news pages, N and SCALE × N records, each read as {@code newskg
 * ingest} reads it (every record parsed to an article, nothing kept), with the live heap sampled 20 times through
 * each read. Constant memory means a ratio of the two maxima near 1.
 */
public final class WarcBench {
    private WarcBench() {}

    public record Config(Path dir, int records, int scale, int pageKb, boolean keep) {
        public Config {
            if (records < 1 || scale < 1 || pageKb < 1) throw new IllegalArgumentException("--records, --scale and --page-kb must be positive");
        }
    }

    /** What one read of a file measured. */
    record Run(long records, long bytes, long articles, double seconds, long maxLiveHeap, List<Long> samples) {}

    public static String run(Config c) throws IOException {
        Files.createDirectories(c.dir());
        long n = c.records(), big = (long) c.records() * c.scale();
        Path small = c.dir().resolve("bench-" + n + ".warc"), large = c.dir().resolve("bench-" + big + ".warc");
        try {
            write(small, n, c.pageKb());
            write(large, big, c.pageKb());
            Run a = read(small, n), b = read(large, big);
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "%-10s %12s %10s %9s %14s%n", "records", "WARC bytes", "articles", "seconds*", "max live heap"));
            for (Run r : List.of(a, b))
                out.append(String.format(Locale.ROOT, "%-10d %,12d %10d %9.1f %11.1f MiB%n", r.records(), r.bytes(), r.articles(), r.seconds(),
                        r.maxLiveHeap() / 1048576.0));
            for (Run r : List.of(a, b))
                out.append(String.format(Locale.ROOT, "live heap through the %d-record read, MiB, every 5%%: %s%n", r.records(),
                        String.join(" ", r.samples().stream().map(x -> String.format(Locale.ROOT, "%.1f", x / 1048576.0)).toList())));
            out.append(String.format(Locale.ROOT, "max live heap, %dx records / 1x: %.2f (-Xmx %.0f MiB)%n", c.scale(),
                    b.maxLiveHeap() / (double) a.maxLiveHeap(), Runtime.getRuntime().maxMemory() / 1048576.0));
            out.append("* seconds include the 20 full GCs of the sampling; this measures memory, not speed\n");
            return out.toString();
        } finally {
            if (!c.keep()) {
                Files.deleteIfExists(small);
                Files.deleteIfExists(large);
            }
        }
    }

    private static Run read(Path warc, long n) {
        long every = Math.max(1, n / 20);
        long[] seen = {0}, ok = {0}, maxLive = {MemoryMeter.liveHeap()};
        List<Long> samples = new ArrayList<>();
        long t0 = System.nanoTime();
        WarcCounts c = Ingest.create().forEach(List.of(warc.toString()), item -> {
            if (item instanceof IngestItem.Ok) ok[0]++;
            if (++seen[0] % every == 0) {
                long live = MemoryMeter.liveHeap();
                samples.add(live);
                maxLive[0] = Math.max(maxLive[0], live);
            }
        });
        double s = (System.nanoTime() - t0) / 1e9;
        try {
            return new Run(c.records(), Files.size(warc), ok[0], s, maxLive[0], samples);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path warc, long n, int pageKb) throws IOException {
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
