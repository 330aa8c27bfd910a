package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs written with --report become dated sections of the page, after what it already holds. */
class ReportTest {
    @TempDir Path tmp;

    @Test
    void eachRunIsAppendedAsASectionNamingItsDayAndCommand() throws Exception {
        Path page = tmp.resolve("docs/benchmarks.md");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "# Benchmarks\n", StandardCharsets.UTF_8);
        Report.append(page, LocalDate.of(2026, 12, 7), "newskg bench warc", "| a |\n");
        Report.append(page, LocalDate.of(2026, 12, 8), "newskg bench load", "| b |");
        assertEquals("# Benchmarks\n\n## 2026-12-07: `newskg bench warc`\n\n| a |\n\n## 2026-12-08: `newskg bench load`\n\n| b |\n",
                Files.readString(page, StandardCharsets.UTF_8));
    }
}
