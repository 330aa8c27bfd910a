package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.newskg.ingest.feed.UserAgent;
import picocli.CommandLine;

/** What a new user reads first: the version, the User-Agent sites see, and which files the commands take. */
class VersionAndHelpTest {
    static String output(String... args) {
        CommandLine cl = new CommandLine(new Main());
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.execute(args);
        return out.toString();
    }

    @Test
    void theUserAgentAndVersionCarryTheBuildsVersion() throws IOException {
        // The project's version, as Maven builds the jar with it.
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
        assertTrue(m.find(), "extractor/pom.xml names its parent's version");
        assertEquals(m.group(1), UserAgent.version());
        assertEquals("newskg/" + m.group(1) + " (+mailto:desk@millbrook-ledger.example)", UserAgent.of("mailto:desk@millbrook-ledger.example"));
        assertTrue(output("--version").startsWith("newskg " + m.group(1) + " "), output("--version"));
    }

    @Test
    void theDocsNameTheUserAgentWithTheBuildsVersion() throws IOException {
        Path docs = Path.of("..", "docs");
        Pattern ua = Pattern.compile("newskg/(\\d+\\.\\d+\\.\\d+)");
        int found = 0;
        for (Path page : List.of(docs.resolve("ingest.md"), Path.of("..", "README.md"))) {
            if (!Files.exists(page)) continue;
            Matcher m = ua.matcher(Files.readString(page));
            while (m.find()) {
                found++;
                assertEquals(UserAgent.version(), m.group(1), page + " names the User-Agent newskg/" + m.group(1));
            }
        }
        assertTrue(found > 0, "docs/ingest.md names the User-Agent");
    }

    @Test
    void aContactIsAUrlOrAnEmailAddress() {
        for (String ok : List.of("desk@millbrook-ledger.example", "mailto:desk@millbrook-ledger.example", "https://millbrook-ledger.example/contact",
                "http://localhost:8080/about"))
            assertTrue(UserAgent.contactProblem(ok).isEmpty(), ok);
        for (String bad : List.of("bob", "desk@", "desk@localhost", "https://", "ftp://millbrook-ledger.example", "desk@millbrook-ledger.example (nights)", ""))
            assertTrue(UserAgent.contactProblem(bad).isPresent(), bad);
        assertTrue(UserAgent.contactProblem("bob").get().contains("got 'bob'"));
        assertEquals(Main.USAGE, Main.run("watch", "--once", "--db", "target/never-made", "--contact", "bob", "--feed", "http://127.0.0.1:9/feed.xml"));
    }

    @Test
    void theHelpOfLoadExtractIngestWatchAndTheTopLevelListsTheInputFormats() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"load", "--help"}, new String[] {"extract", "--help"},
                new String[] {"ingest", "--help"}, new String[] {"watch", "--help"})) {
            String help = output(args).replaceAll("\\s+", " ");
            for (String format : List.of(".txt", ".html", ".jsonl", ".warc", ".warc.gz"))
                assertTrue(help.contains(format), String.join(" ", args) + " does not name " + format + ":\n" + help);
            assertTrue(help.contains("Exit status"), String.join(" ", args) + " says what its exit status means:\n" + help);
        }
    }
}
