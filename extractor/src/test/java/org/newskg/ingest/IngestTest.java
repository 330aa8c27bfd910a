package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files, directories and globs to articles or failures that name the file and the reason. */
class IngestTest {
    @TempDir Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static List<Article> ok(List<IngestItem> items) {
        return items.stream().filter(i -> i instanceof IngestItem.Ok).map(i -> ((IngestItem.Ok) i).article()).toList();
    }

    private static List<IngestItem.Failed> failed(List<IngestItem> items) {
        return items.stream().filter(i -> i instanceof IngestItem.Failed).map(i -> (IngestItem.Failed) i).toList();
    }

    private static IngestItem.Failed onlyFailure(List<IngestItem> items) {
        assertEquals(1, items.size(), items::toString);
        return assertInstanceOf(IngestItem.Failed.class, items.get(0));
    }

    private static Article onlyArticle(List<IngestItem> items) {
        assertEquals(1, items.size(), items::toString);
        return assertInstanceOf(IngestItem.Ok.class, items.get(0), items::toString).article();
    }

    // ------------------------------------------------------------------ formats

    @Test
    void txtArticleIdIsTheFileNameWithoutExtensionAndBodyIsKeptVerbatim() throws IOException {
        String body = "“We will rebuild the harbor,” said Kate Ruiz.\n\nThe council meets on Friday.\n";
        Path p = write("harbor-vote-2026.txt", body);
        Article a = onlyArticle(Ingest.create().read(List.of(p.toString())));
        assertEquals("harbor-vote-2026", a.id());
        assertEquals(body, a.body());
        assertEquals("txt", a.metadata().format());
        assertEquals(Optional.of(p), a.metadata().source());
        assertTrue(a.metadata().outlet().isEmpty());
    }

    @Test
    void htmlGivesMetadataFromMetaTagsAndParagraphsAsBody() throws IOException {
        Path p = write("ferry.html", """
                <!doctype html>
                <html><head>
                  <title>Ferry fares rise | Harbor Gazette</title>
                  <meta property="og:site_name" content="Harbor Gazette">
                  <meta property="article:published_time" content="2026-03-10T08:30:00Z">
                  <meta name="author" content="Lena Marsh">
                  <meta property="og:url" content="https://gazette.example/2026/03/ferry-fares">
                  <script>var tracking = "do not read me";</script>
                </head><body>
                  <nav><p>Home | Sports | Weather</p></nav>
                  <article>
                    <p>Ferry fares will rise in April, the port authority said.</p>
                    <p>“We had no choice,” said Mayor Helen Quist.</p>
                  </article>
                  <footer><p>Copyright Harbor Gazette</p></footer>
                </body></html>
                """);
        Article a = onlyArticle(Ingest.create().read(List.of(p.toString())));
        assertEquals("ferry", a.id());
        ArticleMetadata m = a.metadata();
        assertEquals(Optional.of("Harbor Gazette"), m.outlet());
        assertEquals(Optional.of("2026-03-10T08:30:00Z"), m.published());
        assertEquals(Optional.of("Lena Marsh"), m.author());
        assertEquals(Optional.of("https://gazette.example/2026/03/ferry-fares"), m.url());
        // The outlet's name after the separator is not the headline (og:site_name names it).
        assertEquals(Optional.of("Ferry fares rise"), m.title());
        assertEquals("html", m.format());
        assertEquals("Ferry fares will rise in April, the port authority said.\n\n“We had no choice,” said Mayor Helen Quist.", a.body());
        assertFalse(a.body().contains("tracking") || a.body().contains("Home") || a.body().contains("Copyright"), a.body());
    }

    @Test
    void ogTitleWinsOverThePageTitle() throws IOException {
        Path p = write("toll.html", "<html><head><title>Tolls | Gazette</title><meta property=\"og:title\" content=\"Tolls stay put\">"
                + "</head><body><article><p>Tolls stay where they are.</p></article></body></html>");
        assertEquals(Optional.of("Tolls stay put"), onlyArticle(Ingest.create().read(List.of(p.toString()))).metadata().title());
    }

    @Test
    void aUrlThatIsNotAnAbsoluteHttpUrlIsDroppedWhateverCarriedIt() throws IOException {
        Path html = write("dated.html", "<html><head><meta property=\"og:url\" content=\"2026-04-02T09:00:00Z\"></head>"
                + "<body><article><p>The dam is safe.</p></article></body></html>");
        Path jsonl = write("relative.jsonl", "{\"id\":\"r1\",\"url\":\"/2026/04/dam\",\"body\":\"The dam is safe.\"}\n");
        assertTrue(onlyArticle(Ingest.create().read(List.of(html.toString()))).metadata().url().isEmpty());
        assertTrue(onlyArticle(Ingest.create().read(List.of(jsonl.toString()))).metadata().url().isEmpty());
    }

    @Test
    void jsonLinesGiveOneArticlePerLineWithAllFields() throws IOException {
        Path p = write("wire.jsonl", """
                {"id":"w1","url":"https://wire.example/w1","outlet":"Coast Wire","published":"2026-03-11","title":"Levee holds","author":"Ana Pike","body":"The levee held overnight, officials said."}
                {"id":"w2","outlet":"Coast Wire","body":"\\u201cWe were lucky,\\u201d said Mayor Helen Quist."}
                """);
        List<IngestItem> items = Ingest.create().read(List.of(p.toString()));
        List<Article> arts = ok(items);
        assertEquals(2, arts.size(), items::toString);
        Article w1 = arts.get(0);
        assertEquals("w1", w1.id());
        assertEquals("The levee held overnight, officials said.", w1.body());
        assertEquals(Optional.of("https://wire.example/w1"), w1.metadata().url());
        assertEquals(Optional.of("Coast Wire"), w1.metadata().outlet());
        assertEquals(Optional.of("2026-03-11"), w1.metadata().published());
        assertEquals(Optional.of("Levee holds"), w1.metadata().title());
        assertEquals(Optional.of("Ana Pike"), w1.metadata().author());
        assertEquals("jsonl", w1.metadata().format());
        assertEquals("w2", arts.get(1).id());
        assertEquals("“We were lucky,” said Mayor Helen Quist.", arts.get(1).body());
        assertTrue(arts.get(1).metadata().url().isEmpty());
    }

    // ------------------------------------------------------------------ manifests

    @Test
    void tsvManifestWithOurColumnsOverlaysMetadataById() throws Exception {
        Path art = write("a1.txt", "The council met on Friday.");
        Path man = write("manifest.tsv", "id\toutlet\turl\tpublished\ttitle\tauthor\n"
                + "a1\tHarbor Gazette\thttps://gazette.example/a1\t2026-03-10\tCouncil meets\tLena Marsh\n");
        Manifest m = Manifest.read(man);
        assertTrue(m.problems().isEmpty(), m.problems()::toString);
        Article a = onlyArticle(Ingest.withManifest(m).read(List.of(art.toString())));
        assertEquals(Optional.of("Harbor Gazette"), a.metadata().outlet());
        assertEquals(Optional.of("https://gazette.example/a1"), a.metadata().url());
        assertEquals(Optional.of("2026-03-10"), a.metadata().published());
        assertEquals(Optional.of("Council meets"), a.metadata().title());
        assertEquals(Optional.of("Lena Marsh"), a.metadata().author());
    }

    @Test
    void csvManifestWithPolnearColumnsOverlaysMetadataByFileName() throws Exception {
        Path art = write("a2.txt", "The council met again on Monday.");
        Path man = write("metadata.csv", "filename,publisher,publication_date,title\n"
                + "a2.txt,\"Coast Wire, Inc.\",2026-03-12,\"Council meets, again\"\n");
        Manifest m = Manifest.read(man);
        Article a = onlyArticle(Ingest.withManifest(m).read(List.of(art.toString())));
        assertEquals("a2", a.id());
        assertEquals(Optional.of("Coast Wire, Inc."), a.metadata().outlet());
        assertEquals(Optional.of("2026-03-12"), a.metadata().published());
        assertEquals(Optional.of("Council meets, again"), a.metadata().title());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            manifest.tsv | TAB   | id       | outlet    | published
            manifest.tsv | TAB   | filename | publisher | publication_date
            manifest.csv | COMMA | id       | outlet    | published
            manifest.csv | COMMA | filename | publisher | publication_date
            """)
    void eitherColumnConventionWorksInTsvAndCsv(String file, String sep, String idCol, String outletCol, String dateCol) throws Exception {
        String d = sep.equals("TAB") ? "\t" : ",";
        Path art = write("m1.txt", "The levee held.");
        String id = idCol.equals("filename") ? "m1.txt" : "m1";
        Path man = write(file, String.join(d, idCol, outletCol, dateCol) + "\n" + String.join(d, id, "Coast Wire", "2026-03-12") + "\n");
        Manifest m = Manifest.read(man);
        assertEquals(1, m.size());
        Article a = onlyArticle(Ingest.withManifest(m).read(List.of(art.toString())));
        assertEquals(Optional.of("Coast Wire"), a.metadata().outlet());
        assertEquals(Optional.of("2026-03-12"), a.metadata().published());
    }

    @Test
    void manifestFieldsWinOverThoseTheHtmlCarries() throws Exception {
        Path art = write("h1.html", "<html><head><meta property=\"og:site_name\" content=\"Gazette Online\">"
                + "<meta name=\"author\" content=\"Lena Marsh\"></head><body><article><p>Tolls stay.</p></article></body></html>");
        Path man = write("manifest.tsv", "id\toutlet\nh1\tHarbor Gazette\n");
        Article a = onlyArticle(Ingest.withManifest(Manifest.read(man)).read(List.of(art.toString())));
        assertEquals(Optional.of("Harbor Gazette"), a.metadata().outlet());
        assertEquals(Optional.of("Lena Marsh"), a.metadata().author(), "a field the manifest lacks is kept");
    }

    @Test
    void invalidUrlInManifestIsAWarningAndTheArticleIsStillRead() throws Exception {
        Path art = write("a3.txt", "The ferry was late.");
        Path man = write("manifest.tsv", "id\toutlet\turl\na3\tHarbor Gazette\tnot a url\n");
        Manifest m = Manifest.read(man);
        assertEquals(1, m.problems().size(), m.problems()::toString);
        IngestItem.Failed w = m.problems().get(0);
        assertTrue(w.message().contains("manifest.tsv"), w::message);
        assertTrue(w.message().toLowerCase().contains("url"), w::message);
        Article a = onlyArticle(Ingest.withManifest(m).read(List.of(art.toString())));
        assertTrue(a.metadata().url().isEmpty());
        assertEquals(Optional.of("Harbor Gazette"), a.metadata().outlet());
    }

    @Test
    void manifestWithoutAnIdColumnIsRefusedNamingTheFile() throws IOException {
        Path man = write("manifest.tsv", "outlet\ttitle\nHarbor Gazette\tTolls\n");
        IngestException ex = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class, () -> Manifest.read(man));
        assertTrue(ex.getMessage().contains("manifest.tsv") && ex.getMessage().contains("id"), ex::getMessage);
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void emptyFileFailsNamingTheFileAndTheReason() throws IOException {
        Path p = write("empty.txt", "");
        IngestItem.Failed f = onlyFailure(Ingest.create().read(List.of(p.toString())));
        assertTrue(f.message().contains("empty.txt"), f::message);
        assertTrue(f.reason().contains("empty"), f::reason);
    }

    @Test
    void whitespaceOnlyFileFailsAsEmpty() throws IOException {
        Path p = write("blank.txt", "  \n\n \t\n");
        IngestItem.Failed f = onlyFailure(Ingest.create().read(List.of(p.toString())));
        assertTrue(f.reason().contains("empty"), f::reason);
    }

    @Test
    void binaryFileFailsNamingTheFileAndTheReason() throws IOException {
        Path p = writeBytes("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        IngestItem.Failed f = onlyFailure(Ingest.create().read(List.of(p.toString())));
        assertTrue(f.message().contains("photo.txt"), f::message);
        assertTrue(f.reason().contains("binary"), f::reason);
    }

    @Test
    void invalidUtf8FailsNamingTheFileAndTheReason() throws IOException {
        byte[] latin1 = "Caf\u00e9 owners said the tolls were too high.".getBytes(StandardCharsets.ISO_8859_1);
        Path p = writeBytes("latin1.txt", latin1);
        IngestItem.Failed f = onlyFailure(Ingest.create().read(List.of(p.toString())));
        assertTrue(f.message().contains("latin1.txt"), f::message);
        assertTrue(f.reason().contains("UTF-8"), f::reason);
    }

    @Test
    void fileLargerThanMaxBytesFailsNamingTheFileAndTheLimit() throws IOException {
        Path p = write("long.txt", "The harbor board met again. ".repeat(20));
        IngestItem.Failed f = onlyFailure(Ingest.create().maxBytes(100).read(List.of(p.toString())));
        assertTrue(f.message().contains("long.txt"), f::message);
        assertTrue(f.reason().contains("too large") && f.reason().contains("100"), f::reason);
        assertInstanceOf(IngestItem.Ok.class, Ingest.create().maxBytes(10_000).read(List.of(p.toString())).get(0));
    }

    @Test
    void jsonLinesArticleLargerThanMaxBytesFailsAlone() throws IOException {
        Path p = write("big.jsonl", "{\"id\":\"small\",\"body\":\"Short.\"}\n{\"id\":\"huge\",\"body\":\"" + "x".repeat(500) + "\"}\n");
        List<IngestItem> items = Ingest.create().maxBytes(100).read(List.of(p.toString()));
        assertEquals(List.of("small"), ok(items).stream().map(Article::id).toList(), items::toString);
        assertEquals(1, failed(items).size());
        assertTrue(failed(items).get(0).message().contains("big.jsonl:2"), failed(items).get(0)::message);
    }

    @Test
    void malformedJsonLineFailsNamingItsLineAndTheGoodLinesStillLoad() throws IOException {
        Path p = write("feed.jsonl", "{\"id\":\"g1\",\"body\":\"The levee held.\"}\n"
                + "{\"id\":\"bad\",\"body\":\"unterminated\n"
                + "{\"id\":\"g3\",\"body\":\"The ferry ran late.\"}\n");
        List<IngestItem> items = Ingest.create().read(List.of(p.toString()));
        assertEquals(List.of("g1", "g3"), ok(items).stream().map(Article::id).toList(), items::toString);
        List<IngestItem.Failed> bad = failed(items);
        assertEquals(1, bad.size(), items::toString);
        assertTrue(bad.get(0).message().contains("feed.jsonl:2"), bad.get(0)::message);
        assertTrue(bad.get(0).reason().toLowerCase().contains("json"), bad.get(0)::reason);
    }

    @Test
    void jsonLineWithABlankIdFailsAloneAndTheOtherLinesStillLoad() throws IOException {
        Path p = write("ids.jsonl", "{\"id\":\"  \",\"body\":\"The levee held.\"}\n{\"id\":\"k2\",\"body\":\"The ferry ran.\"}\n");
        List<IngestItem> items = Ingest.create().read(List.of(p.toString()));
        assertEquals(List.of("k2"), ok(items).stream().map(Article::id).toList(), items::toString);
        IngestItem.Failed f = failed(items).get(0);
        assertTrue(f.message().contains("ids.jsonl:1") && f.reason().contains("id"), f::message);
    }

    @Test
    void jsonLineEscapingHalfASurrogatePairFailsNamingTheField() throws IOException {
        // The escape is written with a doubled backslash so that the JSON, not javac, decodes it.
        Path p = write("halves.jsonl", "{\"id\":\"h1\",\"title\":\"Tolls \\ud83d\",\"body\":\"The tolls stay.\"}\n"
                + "{\"id\":\"h2\",\"body\":\"A whole pair \\ud83c\\udf0a is fine.\"}\n");
        List<IngestItem> items = Ingest.create().read(List.of(p.toString()));
        assertEquals(List.of("h2"), ok(items).stream().map(Article::id).toList(), items::toString);
        assertEquals("A whole pair \uD83C\uDF0A is fine.", ok(items).get(0).body());
        IngestItem.Failed f = failed(items).get(0);
        assertTrue(f.message().contains("halves.jsonl:1"), f::message);
        assertTrue(f.reason().contains("\"title\"") && f.reason().contains("surrogate"), f::reason);
    }

    @Test
    void htmlCharacterReferenceToHalfASurrogatePairReadsAsTheReplacementCharacter() throws IOException {
        Path p = write("ref.html", "<html><head><title>Tolls &#xD800;</title></head><body><article><p>Tolls &#xDFFF;stay &#x1F30A;.</p></article></body></html>");
        Article a = onlyArticle(Ingest.create().read(List.of(p.toString())));
        assertEquals("Tolls \uFFFDstay \uD83C\uDF0A.", a.body());
        assertEquals(Optional.of("Tolls \uFFFD"), a.metadata().title());
    }

    @Test
    void jsonLineWithoutABodyFailsAndSaysSo() throws IOException {
        Path p = write("nobody.jsonl", "{\"id\":\"n1\",\"title\":\"Only a headline\"}\n");
        IngestItem.Failed f = onlyFailure(Ingest.create().read(List.of(p.toString())));
        assertTrue(f.message().contains("nobody.jsonl:1"), f::message);
        assertTrue(f.reason().contains("body"), f::reason);
    }

    @Test
    void duplicateIdKeepsTheFirstArticleAndFailsTheSecondNamingBoth() throws IOException {
        Path first = write("one/story.txt", "The first story about the harbor.");
        Path second = write("two/story.txt", "A second story with the same file name.");
        List<IngestItem> items = Ingest.create().read(List.of(dir.toString()));
        assertEquals(1, ok(items).size(), items::toString);
        assertEquals("The first story about the harbor.", ok(items).get(0).body());
        IngestItem.Failed f = failed(items).get(0);
        assertEquals("story", f.articleId());
        assertTrue(f.reason().contains("duplicate"), f::reason);
        assertTrue(f.message().contains(second.toString()), f::message);
        assertTrue(f.reason().contains(first.toString()), f::reason);
    }

    @Test
    void missingInputFailsNamingIt() {
        String missing = dir.resolve("nowhere.txt").toString();
        IngestItem.Failed f = onlyFailure(Ingest.create().read(List.of(missing)));
        assertTrue(f.message().contains("nowhere.txt"), f::message);
    }

    @Test
    void oneBadFileDoesNotStopTheBatch() throws IOException {
        write("a.txt", "The harbor reopened.");
        write("b.txt", "");
        write("c.txt", "The ferry was late.");
        List<IngestItem> items = Ingest.create().read(List.of(dir.toString()));
        assertEquals(List.of("a", "c"), ok(items).stream().map(Article::id).toList());
        assertEquals(1, failed(items).size());
    }

    // ------------------------------------------------------------------ directories and globs

    @Test
    void directoryIsWalkedInSortedOrderSkippingSideFiles() throws IOException {
        write("b.txt", "Second.");
        write("a.txt", "First.");
        write("sub/c.html", "<html><body><article><p>Third.</p></article></body></html>");
        write("manifest.tsv", "id\toutlet\na\tGazette\n");
        write("README.md", "not an article");
        write("notes.pdf", "not an article either");
        List<IngestItem> items = Ingest.create().read(List.of(dir.toString()));
        assertEquals(List.of("a", "b", "c"), ok(items).stream().map(Article::id).toList(), items::toString);
        assertTrue(failed(items).isEmpty(), items::toString);
    }

    @Test
    void globSelectsOnlyMatchingFiles() throws IOException {
        write("2026-03-10-harbor.txt", "Harbor.");
        write("2026-03-11-ferry.txt", "Ferry.");
        write("2026-03-11-levee.html", "<html><body><article><p>Levee.</p></article></body></html>");
        write("2025-12-01-old.txt", "Old.");
        List<IngestItem> items = Ingest.create().read(List.of(dir + "/2026-*.txt"));
        assertEquals(List.of("2026-03-10-harbor", "2026-03-11-ferry"), ok(items).stream().map(Article::id).toList(), items::toString);
    }

    @Test
    void recursiveGlobReachesFilesAtEveryDepthLikeAShellGlobstar() throws IOException {
        write("x/one.txt", "One.");
        write("x/y/two.txt", "Two.");
        write("x/y/three.html", "<html><body><p>Three.</p></body></html>");
        List<IngestItem> items = Ingest.create().read(List.of(dir + "/x/**/*.txt"));
        assertEquals(List.of("one", "two"), ok(items).stream().map(Article::id).sorted().toList(), items::toString);
    }
}
