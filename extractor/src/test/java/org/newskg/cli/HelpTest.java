package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** First contact: {@code newskg --help} lists every command with a whole sentence that fits on its line. */
class HelpTest {
    @Test
    void everyCommandInTheHelpListHasAWholeOneLineSummary() {
        for (Map.Entry<String, List<String>> e : commandLists().entrySet()) {
            List<String> lines = e.getValue();
            CommandLine cmd = commandFor(e.getKey());
            assertEquals(cmd.getSubcommands().size(), lines.size(),
                    e.getKey() + ": one line per subcommand (a summary that wraps is cut or too long): " + lines);
            for (String line : lines) {
                String summary = line.strip().replaceFirst("^\\S+\\s+", "");
                assertTrue(summary.matches("[A-Z].*[.]"), e.getKey() + ": not a whole sentence: '" + line + "'");
                assertTrue(!summary.endsWith("etc.") && !summary.matches(".*\\b(the|a|an|and|or|of|to|with|as)\\.$"),
                        e.getKey() + ": cut mid-sentence: '" + line + "'");
            }
        }
    }

    /** The Commands section of {@code newskg --help} and of every command that has subcommands. */
    private static Map<String, List<String>> commandLists() {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        collect(new CommandLine(new Main()), "newskg", out);
        return out;
    }

    private static void collect(CommandLine cl, String path, Map<String, List<String>> out) {
        if (cl.getSubcommands().isEmpty()) return;
        StringWriter help = new StringWriter();
        cl.setOut(new PrintWriter(help));
        cl.execute("--help");
        List<String> entries = new ArrayList<>();
        boolean in = false;
        for (String line : help.toString().lines().toList()) {
            if (line.equals("Commands:")) in = true;
            else if (in && !line.isBlank()) entries.add(line);
        }
        out.put(path, entries);
        cl.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) collect(sub, path + " " + name, out);
        });
    }

    private static CommandLine commandFor(String path) {
        CommandLine cl = new CommandLine(new Main());
        for (String part : path.split(" ")) if (!part.equals("newskg")) cl = cl.getSubcommands().get(part);
        return cl;
    }
}
