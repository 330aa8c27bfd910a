package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.newskg.extract.Attribution;
import org.newskg.extract.Extraction;
import org.newskg.extract.Membership;
import org.newskg.extract.Mention;
import org.newskg.extract.TextSpan;
import org.newskg.ingest.Article;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestItem;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Arbitrary bytes through ingest, extraction and RDF mapping. Every input ends either as an ingest failure that
 * names the file and gives a reason, or as an article graph that passes the SHACL shapes, survives an N-Triples
 * round trip, and whose attribution, mention and membership spans all lie inside the body. Anything else (an
 * exception that escaped a reader, one the pipeline had to catch, a span past the end) fails the test.
 *
 * <p>The first byte of an input picks the reader, the rest is the file: {@code '0'} (and every byte ≡ 0 mod 3) a
 * {@code .txt}, {@code '1'} an {@code .html}, {@code '2'} a {@code .jsonl}. The seeds in
 * {@code IngestExtractFuzzTestInputs/ingestAndExtract/} are written that way so they stay readable.
 *
 * <p>{@code mvn verify} runs this twice: the default surefire execution replays the seeds (regression mode), and
 * the {@code fuzz} execution sets {@code JAZZER_FUZZ=1} for this class alone and lets Jazzer generate a bounded
 * number of inputs from them (see the extractor's pom). {@code mvn -pl extractor surefire:test@fuzz -Dfuzz.executions=0
 * -Dfuzz.duration=10m} fuzzes longer by hand.
 */
class IngestExtractFuzzTest {
    private static final String[] EXTENSIONS = {"txt", "html", "jsonl"};

    /** The OpenNLP models take seconds to load; one pipeline serves every input. */
    private static Pipeline pipeline;
    private static Path dir;

    @BeforeAll
    static void setUp() throws IOException {
        pipeline = Pipeline.builder().threads(1).build();
        dir = Files.createTempDirectory("newskg-fuzz");
    }

    @AfterAll
    static void tearDown() throws IOException {
        if (pipeline != null) pipeline.close();
        if (dir != null) {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
    }

    @FuzzTest
    void ingestAndExtract(byte[] input) throws IOException {
        if (input.length == 0) return;
        String ext = EXTENSIONS[Byte.toUnsignedInt(input[0]) % EXTENSIONS.length];
        Path file = dir.resolve("fuzz-input." + ext);
        Files.write(file, Arrays.copyOfRange(input, 1, input.length));
        try {
            for (IngestItem item : Ingest.create().read(List.of(file.toString()))) {
                if (item instanceof IngestItem.Failed f) checkFailure(f, file);
                else checkArticle(((IngestItem.Ok) item).article());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void checkFailure(IngestItem.Failed f, Path file) {
        assertTrue(f.message().contains(file.getFileName().toString()), () -> "failure does not name its input: " + f.message());
        assertFalse(f.reason() == null || f.reason().isBlank(), () -> "failure without a reason: " + f.message());
        // Ingest turns an unexpected RuntimeException from a reader into "unparsable (...)": a bug in a reader, not bad input.
        assertFalse(f.reason().startsWith("unparsable ("), () -> "a reader threw: " + f.message());
    }

    private static void checkArticle(Article a) {
        ArticleResult r = pipeline.process(a);
        // process() catches what the stages throw and reports it as "extraction failed: <exception>".
        if (!r.ok()) fail("article " + a.id() + " with body " + quoted(a.body()) + " failed: " + r.errorMessage());
        String body = a.body();
        Extraction x = r.extraction().orElseThrow();
        for (Attribution at : x.attributions()) {
            within(body, at.span(), "attribution");
            within(body, at.sentence(), "attribution sentence");
            at.pieces().forEach(p -> within(body, p, "claim piece"));
            at.cue().ifPresent(c -> within(body, c.span(), "cue"));
            at.speakerMention().ifPresent(m -> within(body, m, "speaker mention"));
        }
        for (Mention m : x.mentions()) within(body, m, "mention");
        for (Membership m : x.memberships()) within(body, m.evidence(), "membership evidence");

        // What the store and Fuseki will write out must parse back to the same graph.
        Graph g = r.graph().orElseThrow().graph();
        StringWriter nt = new StringWriter();
        RDFDataMgr.write(nt, g, Lang.NTRIPLES);
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(nt.toString(), Lang.NTRIPLES).parse(back);
        assertTrue(g.isIsomorphicWith(back), () -> "graph of " + a.id() + " changes in an N-Triples round trip");
    }

    private static void within(String body, TextSpan s, String what) {
        assertTrue(s.end() <= body.length(), () -> what + " " + s + " ends past the body (" + body.length() + " chars): " + quoted(body));
    }

    private static void within(String body, Mention m, String what) {
        assertTrue(0 <= m.surfaceStart() && m.surfaceStart() <= m.start() && m.start() <= m.end() && m.end() <= body.length(),
                () -> what + " " + m + " is not inside the body (" + body.length() + " chars): " + quoted(body));
    }

    private static String quoted(String body) {
        return "\"" + (body.length() > 300 ? body.substring(0, 300) + "…" : body) + "\"";
    }
}
