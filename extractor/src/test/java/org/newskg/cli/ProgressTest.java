package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProgressTest {
    static String run(boolean terminal, String... messages) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(b, true, StandardCharsets.UTF_8), terminal, "newskg load: ");
        for (String m : messages) p.accept(m);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void offATerminalEveryStepIsOnePlainLine() {
        assertEquals("newskg load: 1/2 loaded a\nnewskg load: 2/2 loaded b\n", run(false, "1/2 loaded a", "2/2 loaded b"));
    }

    @Test
    void onATerminalOneBarIsRedrawnAndEndsWithTheLastStep() {
        String out = run(true, "1/4 loaded a", "4/4 loaded d");
        assertTrue(out.contains("\r") && out.contains("[##############################] 4/4") && out.endsWith("\n"), out);
        assertEquals(1, out.chars().filter(c -> c == '\n').count(), out);
    }
}
