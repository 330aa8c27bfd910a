package org.newskg.ingest.html;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/**
 * Runs of prose in a page, whatever its markup: consecutive blocks of sentences with few links, allowing a few short
 * blocks between them (a subheading, a photo credit, a "Continued below" line). The largest run finds the article of
 * pages built from tables and line breaks, where neither Readability nor the paragraph-density candidate sees one, and
 * is the last resort before a page counts as having no article; the run that follows the headline is the article of
 * most news pages.
 */
public final class ParagraphRun {
    /** A block at least this long (characters, links not counted) reads as prose: two sentences or a long one. */
    static final int PROSE_CHARS = 80;
    /** A block with more of its text in links than this is navigation, whatever its length. */
    static final double MAX_LINK_DENSITY = 0.5;
    /** Short blocks a run may step over between two prose blocks. */
    static final int MAX_GAP = 3;
    /** Blocks between a headline and its article's first paragraph: byline, date, share buttons, a picture's caption. */
    static final int MAX_LEAD = 8;
    /** A page with no prose block may still be an article of short lines (a poem, a list): this much text of them. */
    static final int MIN_SHORT_LINES_CHARS = 200;

    private ParagraphRun() {}

    /** The largest run's paragraphs, without the link-dense blocks inside it; empty if the page has no prose. */
    public static List<String> largest(Element root) {
        List<BlockText.Block> blocks = BlockText.blocks(root);
        int[] best = null;
        long bestScore = 0;
        for (int i = 0; i < blocks.size(); ) {
            if (!prose(blocks.get(i))) { i++; continue; }
            int end = end(blocks, i);
            long score = score(blocks, i, end);
            if (score > bestScore) { bestScore = score; best = new int[] {i, end}; }
            i = end + 1;
        }
        if (best != null) return texts(blocks, best[0], best[1]);
        List<String> out = new ArrayList<>();
        int total = 0;
        for (BlockText.Block b : blocks) {
            if (b.linkDensity() <= MAX_LINK_DENSITY) { out.add(b.text()); total += b.text().length(); }
        }
        return total >= MIN_SHORT_LINES_CHARS ? out : List.of();
    }

    /**
     * The run that starts at the first prose block within {@link #MAX_LEAD} blocks after block {@code headline}, or
     * empty if none starts there.
     */
    public static List<String> after(List<BlockText.Block> blocks, int headline) {
        for (int i = headline + 1; i < blocks.size() && i <= headline + 1 + MAX_LEAD; i++) {
            if (prose(blocks.get(i))) return texts(blocks, i, end(blocks, i));
        }
        return List.of();
    }

    /** The last prose block of the run starting at prose block {@code start}. */
    private static int end(List<BlockText.Block> blocks, int start) {
        int end = start, gap = 0;
        for (int j = start + 1; j < blocks.size() && gap <= MAX_GAP; j++) {
            BlockText.Block b = blocks.get(j);
            if (prose(b)) {
                end = j;
                gap = 0;
            } else if (b.linkDensity() > MAX_LINK_DENSITY && b.text().length() >= PROSE_CHARS) {
                break; // a long list of links ends the run
            } else {
                gap++;
            }
        }
        return end;
    }

    private static long score(List<BlockText.Block> blocks, int start, int end) {
        long s = 0;
        for (BlockText.Block b : blocks.subList(start, end + 1)) if (prose(b)) s += proseChars(b);
        return s;
    }

    private static List<String> texts(List<BlockText.Block> blocks, int start, int end) {
        List<String> out = new ArrayList<>();
        for (BlockText.Block b : blocks.subList(start, end + 1)) if (b.linkDensity() <= MAX_LINK_DENSITY) out.add(b.text());
        return out;
    }

    static boolean prose(BlockText.Block b) {
        return b.linkDensity() <= MAX_LINK_DENSITY && proseChars(b) >= PROSE_CHARS;
    }

    private static long proseChars(BlockText.Block b) {
        return Math.max(0, b.text().length() - b.linkChars());
    }
}
