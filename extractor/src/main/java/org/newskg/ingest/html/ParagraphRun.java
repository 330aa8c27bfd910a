package org.newskg.ingest.html;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/**
 * The largest run of prose in a page, whatever its markup: consecutive blocks of sentences with few links, allowing a
 * few short blocks between them (a subheading, a photo credit, a "Continued below" line). It finds the article of
 * pages built from tables and line breaks, where neither Readability nor the paragraph-density candidate sees one, and
 * is the last resort before a page counts as having no article.
 */
public final class ParagraphRun {
    /** A block at least this long (characters, links not counted) reads as prose: two sentences or a long one. */
    static final int PROSE_CHARS = 80;
    /** A block with more of its text in links than this is navigation, whatever its length. */
    static final double MAX_LINK_DENSITY = 0.5;
    /** Short blocks a run may step over between two prose blocks. */
    static final int MAX_GAP = 3;
    /** A page with no prose block may still be an article of short lines (a poem, a list): this much text of them. */
    static final int MIN_SHORT_LINES_CHARS = 200;

    private ParagraphRun() {}

    /** The run's paragraphs, without the link-dense blocks inside it; empty if the page has no prose. */
    public static List<String> largest(Element root) {
        List<BlockText.Block> blocks = BlockText.blocks(root);
        int bestStart = -1, bestEnd = -1;
        long bestScore = 0;
        int i = 0;
        while (i < blocks.size()) {
            if (!prose(blocks.get(i))) { i++; continue; }
            int start = i, end = i;
            long score = proseChars(blocks.get(i));
            int j = i + 1, gap = 0;
            while (j < blocks.size() && gap <= MAX_GAP) {
                BlockText.Block b = blocks.get(j);
                if (prose(b)) {
                    end = j;
                    score += proseChars(b);
                    gap = 0;
                } else if (b.linkDensity() > MAX_LINK_DENSITY && b.text().length() >= PROSE_CHARS) {
                    break; // a long list of links ends the run
                } else {
                    gap++;
                }
                j++;
            }
            if (score > bestScore) { bestScore = score; bestStart = start; bestEnd = end; }
            i = end + 1;
        }
        List<String> out = new ArrayList<>();
        if (bestStart >= 0) {
            for (BlockText.Block b : blocks.subList(bestStart, bestEnd + 1)) if (b.linkDensity() <= MAX_LINK_DENSITY) out.add(b.text());
            return out;
        }
        int total = 0;
        for (BlockText.Block b : blocks) {
            if (b.linkDensity() <= MAX_LINK_DENSITY) { out.add(b.text()); total += b.text().length(); }
        }
        return total >= MIN_SHORT_LINES_CHARS ? out : List.of();
    }

    private static boolean prose(BlockText.Block b) {
        return b.linkDensity() <= MAX_LINK_DENSITY && proseChars(b) >= PROSE_CHARS;
    }

    private static long proseChars(BlockText.Block b) {
        return Math.max(0, b.text().length() - b.linkChars());
    }
}
