package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleMetadata;

/**
 * The greedy decoder gives {@code NameFinderME}'s answer exactly: the same spans, types and probabilities (compared
 * as doubles, not within a tolerance), the adaptive data carried from sentence to sentence of one document.
 */
class NameFinderTest {
    private static final NlpModels MODELS = NlpModels.defaults();
    private static final Analyzer BARE = new Analyzer(MODELS, Analyzer.Level.BARE);

    @Test
    void theShippedModelTakesTheFastPath() {
        assertTrue(GreedyNameDecoder.supports(MODELS.names()));
    }

    @Test
    void sameAnswerAsNameFinderMeOnWrittenArticles() {
        List<String> docs = List.of(
                "Senator Mara Quill of the Harbor Party said on Tuesday that the Eastvale Transit Authority would "
                        + "lose its grant. \"We will not accept that,\" Quill told the Eastvale Courier. Quill's aide, "
                        + "Tomas Brandt, said the party's leader, Ines Varga-Lund, backed her.\nBrandt added: \"Varga-Lund "
                        + "knows Eastvale.\" The U.S. envoy, J. R. Okafor, met İsmail Çelik and Åsa Ström in São Paulo "
                        + "on 12/03/2026 at 10.30; ÇELİK's party (PKX-2) won 4,512 votes, 23% of 1998's total.",
                "ＴＯＫＹＯ — カタカナ ひらがな 漢字 tests: Dr. Ana-María Ñúñez met PM R. Sharma 🙂 and CM Okonkwo. "
                        + "Mr. X said \"no\". A. B. C. D. E. F. G. the end\n\nUNESCO, NATO and the G7 met. "
                        + "Pier-Luc O'Neill-MacDonald of Fianna Fáil spoke; Sharma replied.",
                "", "a", "The the the the.", "Quill Quill Quill Quill Quill Quill.");
        for (String d : docs) assertSame(d);
    }

    @Test
    void sameAnswerAsNameFinderMeOnPolnearDev() throws IOException {
        Path dir = Path.of(System.getProperty("newskg.shared", "../../shared")).resolve("polnear/dev/text");
        Assumptions.assumeTrue(Files.isDirectory(dir), () -> "skipped: " + dir.toAbsolutePath().normalize() + " is absent");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) { files = s.sorted().toList(); }
        for (Path f : files) assertSame(Files.readString(f));
    }

    private static void assertSame(String body) {
        NameFinder fast = new NameFinder(MODELS);
        NameFinder reference = new NameFinder(MODELS, true);
        AnalyzedArticle a = BARE.analyze(new Article("t", body, ArticleMetadata.empty(null, "txt")));
        fast.startDocument();
        reference.startDocument();
        for (Sentence s : a.sentences()) {
            String[] words = s.tokens().stream().map(Token::form).toArray(String[]::new);
            assertEquals(describe(reference.find(words)), describe(fast.find(words)), () -> String.join(" ", words));
        }
    }

    private static List<String> describe(Span[] spans) {
        List<String> out = new ArrayList<>();
        for (Span sp : spans) out.add(sp.getStart() + ".." + sp.getEnd() + " " + sp.getType() + " " + Double.doubleToLongBits(sp.getProb()));
        return out;
    }
}
