package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.extract.CueLexicon;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleMetadata;
import org.newskg.ingest.DemoCorpus;
import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestItem;
import org.newskg.ingest.Manifest;
import org.newskg.pipeline.ArticleResult;
import org.newskg.pipeline.Pipeline;
import org.newskg.vocab.NKG;

/**
 * Issue 24, item 1: a quotation its own attribution interrupts quotes its pieces, never the attribution between them.
 * Its nkg:quotedText (the ?text of attributions.rq) joins the pieces; each piece is an nkg:piece with its own span.
 * Over every attribution of the demo corpus, PolNeAR dev and the cross-outlet dev set, no direct quotation's quoted
 * text holds a closing mark, a speech verb and an opening mark (the real sets skip when ../shared is absent).
 */
class QuotePiecesTest {
    @TempDir
    static Path tmp;
    static Pipeline pipeline;

    @BeforeAll
    static void models() { pipeline = Pipeline.builder().build(); }

    @AfterAll
    static void close() { pipeline.close(); }

    private static Graph graph(String body) {
        ArticleResult r = pipeline.process(new Article("bridge-1", body, ArticleMetadata.empty(null, "txt")));
        assertTrue(r.ok(), r::errorMessage);
        return r.graph().orElseThrow().graph();
    }

    private static String literal(Graph g, Node s, org.apache.jena.rdf.model.Property p) {
        return g.find(s, p.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    private static int integer(Graph g, Node s, org.apache.jena.rdf.model.Property p) { return Integer.parseInt(literal(g, s, p)); }

    @ParameterizedTest
    @ValueSource(strings = {"\u201CWe will rebuild the bridge,\u201D Mayor Ana Ortiz said. \u201CThis city has never walked away from a fight.\u201D",
            "\u201CWe will rebuild the bridge,\u201D said Mayor Ana Ortiz. \u201CThis city has never walked away from a fight.\u201D",
            "\"We will rebuild the bridge,\" Mayor Ana Ortiz said, \"and this city has never walked away from a fight.\""})
    void aQuotationInPiecesQuotesThePiecesAndNotItsAttribution(String body) {
        Graph g = graph(body);
        List<Node> ats = g.find(Node.ANY, RDF.type.asNode(), NKG.Attribution.asNode()).mapWith(t -> t.getSubject()).toList();
        assertEquals(1, ats.size(), "one attribution");
        Node at = ats.get(0);
        String text = literal(g, at, NKG.quotedText);
        assertFalse(text.contains("Ortiz") || text.contains("said"), text);
        assertTrue(text.startsWith("We will rebuild the bridge,") && text.endsWith("from a fight."), text);
        List<Node> pieces = new ArrayList<>(g.find(at, NKG.piece.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList());
        assertEquals(2, pieces.size(), "one piece per side of the attribution");
        pieces.sort(Comparator.comparingInt(p -> integer(g, p, NKG.start)));
        for (Node p : pieces) {
            assertTrue(g.contains(p, RDF.type.asNode(), NKG.Piece.asNode()));
            assertEquals(body.substring(integer(g, p, NKG.start), integer(g, p, NKG.end)), literal(g, p, NKG.quotedText));
        }
        assertEquals(integer(g, at, NKG.start), integer(g, pieces.get(0), NKG.start));
        assertEquals(integer(g, at, NKG.end), integer(g, pieces.get(1), NKG.end));
        assertEquals(literal(g, pieces.get(0), NKG.quotedText) + " " + literal(g, pieces.get(1), NKG.quotedText), text);
    }

    /** A closing double mark, words with a speech verb among them, an opening double mark. */
    private static final Pattern BETWEEN_MARKS = Pattern.compile("[\u201D\"]([^\u201C\u201D\"]{1,200})[\u201C\"]");

    static String attributionInside(String quoted) {
        Matcher m = BETWEEN_MARKS.matcher(quoted);
        while (m.find()) {
            for (String w : m.group(1).split("[^\\p{L}]+"))
                if (!w.isEmpty() && CueLexicon.cueLemma(w, null).map(l -> l.equals("say") || l.equals("tell") || l.equals("add")
                        || l.equals("write") || l.equals("continue") || l.equals("state") || l.equals("ask") || l.equals("reply")).orElse(false))
                    return m.group();
        }
        return null;
    }

    @org.junit.jupiter.api.Test
    void theCheckFindsAnAttributionBetweenTwoPiecesAndNotAQuoteWithinAQuote() {
        assertEquals("\", Mayor Ana Ortiz said. \"", attributionInside("We will rebuild,\", Mayor Ana Ortiz said. \"This city stays."));
        assertEquals(null, attributionInside("He told me \u2018we will win\u2019 and left."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "polnear/dev", "eval/crossoutlet-dev"})
    void noDirectQuotationOfASetQuotesItsOwnAttribution(String set) throws Exception {
        List<IngestItem> items;
        if (set.equals("demo")) {
            items = DemoCorpus.read(tmp.resolve("demo"));
        } else {
            Path dir = Path.of(System.getProperty("newskg.shared", "../../shared")).resolve(set);
            Assumptions.assumeTrue(Files.isDirectory(dir), () -> "skipped: " + dir.toAbsolutePath().normalize() + " is absent");
            items = set.startsWith("polnear")
                    ? Ingest.withManifest(Manifest.read(dir.resolve("metadata.tsv"))).read(List.of(dir.resolve("text").toString()))
                    : Ingest.withManifest(Manifest.read(dir.resolve("manifest.tsv"))).read(List.of(dir.toString()));
        }
        List<String> found = new ArrayList<>();
        int[] direct = {0};
        pipeline.processAll(items, r -> {
            if (!r.ok()) return;
            Graph g = r.graph().get().graph();
            g.find(Node.ANY, RDF.type.asNode(), NKG.Attribution.asNode()).forEachRemaining(t -> {
                Node at = t.getSubject();
                if (!literal(g, at, NKG.direct).equals("true")) return;
                direct[0]++;
                String hit = attributionInside(literal(g, at, NKG.quotedText));
                if (hit != null) synchronized (found) { found.add(r.articleId() + ": " + hit); }
            });
        });
        assertTrue(direct[0] > 0, "the set has direct quotations");
        assertTrue(found.isEmpty(), () -> found.size() + " direct quotations quote their attribution: " + found);
    }
}
