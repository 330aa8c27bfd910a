package org.newskg.cli;

import java.io.PrintStream;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Progress of a load: a bar redrawn in place on a terminal, plain lines otherwise (a log file or a
 * scheduler's journal gets one line per article, which greps well).
 */
final class Progress implements Consumer<String> {
    private static final Pattern COUNT = Pattern.compile("^(\\d+)/(\\d+) (.*)$");
    private final PrintStream out;
    private final boolean terminal;
    private final String prefix;

    Progress(PrintStream out, boolean terminal, String prefix) {
        this.out = out;
        this.terminal = terminal;
        this.prefix = prefix;
    }

    static Consumer<String> forCommand(String name, boolean quiet) {
        if (quiet) return s -> { };
        return new Progress(System.err, System.console() != null, "newskg " + name + ": ");
    }

    @Override
    public void accept(String message) {
        Matcher m = COUNT.matcher(message);
        if (!terminal || !m.matches()) {
            if (terminal) out.print("\r\033[K");
            out.println(prefix + message);
            return;
        }
        int done = Integer.parseInt(m.group(1)), total = Math.max(1, Integer.parseInt(m.group(2)));
        out.print("\r\033[K" + bar(done, total) + " " + truncate(m.group(3), 50));
        if (done >= total) out.println();
        out.flush();
    }

    static String bar(int done, int total) {
        int width = 30;
        int filled = (int) Math.round(width * Math.min(1.0, done / (double) total));
        return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + total;
    }

    private static String truncate(String s, int n) { return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026"; }
}
