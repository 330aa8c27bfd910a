package org.newskg.bench.html;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Which pages rules may be tuned on. A score on pages the rules were shaped on says how well they fit those pages;
 * only a score on the others says how well they generalize, so the benchmark reports both.
 */
public enum Split {
    /** Pages the rules were, or may be, tuned on. */
    TUNE,
    /** Pages kept apart: looked at only through the benchmark's totals. */
    REPORT;

    /**
     * For a set without a split of its own: pages of one site share a template, so a rule tuned on one of them fits its
     * siblings; the key is therefore the page id without its trailing number ({@code bbc.co.uk_news_03} and
     * {@code bbc.co.uk_news_11} land on the same side, as do {@code ars-1} and {@code ars-2}), hashed with CRC-32 so the
     * split is the same on every machine and in every run.
     */
    public static Split byTemplate(String id) {
        String key = id.toLowerCase(Locale.ROOT).replaceFirst("[-_.]?\\d+$", "");
        if (key.isEmpty()) key = id;
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return (crc.getValue() & 1) == 0 ? TUNE : REPORT;
    }

    /** {@code tune} or {@code report}, as the command line spells it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
