package org.newskg.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an element as paragraphs, the way a reader sees it: each block element (paragraph, heading, list
 * item, quote, cell) its own paragraph, inline markup run together, white space collapsed, a {@code <br>} a line
 * break. jsoup's {@code Element.text()} runs blocks together ("end.Next"), which loses the paragraph breaks the
 * body promises and glues the last word of one paragraph to the first of the next.
 */
public final class BlockText {
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
            "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "caption",
            "figure", "figcaption", "address", "hr", "center", "details", "summary", "form", "fieldset", "body", "html");

    /** Stands for a {@code <br>} until the paragraph is normalized: in text nodes a newline is only white space. */
    private static final char LINE_BREAK = '\u2028';

    private BlockText() {}

    /** A paragraph and how much of it is link text: a block that is mostly links is navigation, not prose. */
    public record Block(String text, int linkChars) {
        /** The share of the block's characters (white space not counted) that sit inside links. */
        public double linkDensity() {
            int n = 0;
            for (int i = 0; i < text.length(); i++) if (!Character.isWhitespace(text.charAt(i))) n++;
            return n == 0 ? 0 : Math.min(1, linkChars / (double) n);
        }
    }

    /** Paragraphs of {@code root}, in document order, none blank. */
    public static List<String> paragraphs(Element root) {
        return blocks(root).stream().map(Block::text).toList();
    }

    /** Paragraphs of {@code root} with their link text, in document order, none blank. */
    public static List<Block> blocks(Element root) {
        List<Block> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int[] links = new int[2]; // [0]: open <a> elements, [1]: non-blank link characters in the current block
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    cur.append(s);
                    if (links[0] > 0) for (int i = 0; i < s.length(); i++) if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00A0') links[1]++;
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) cur.append(LINE_BREAK);
                    else if (isBlock(e)) flush(cur, links, out);
                    else if (BLOCKS.contains(e.normalName())) cur.append(' ');
                    if (e.normalName().equals("a")) links[0]++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.normalName().equals("a")) links[0]--;
                    if (isBlock(e)) flush(cur, links, out);
                    else if (BLOCKS.contains(e.normalName())) cur.append(' ');
                }
            }
        }, root);
        flush(cur, links, out);
        return out;
    }

    /**
     * Readability wraps loose text runs in {@code <p style="display: inline;">}, which a browser shows inline; so
     * do we, with a space on each side, because Readability trimmed the white space that separated the run from
     * its neighbours.
     */
    private static boolean isBlock(Element e) {
        if (!BLOCKS.contains(e.normalName())) return false;
        return !e.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT).contains("display:inline");
    }

    /** Paragraphs joined by blank lines. */
    public static String text(Element root) {
        return String.join("\n\n", paragraphs(root));
    }

    private static void flush(StringBuilder cur, int[] links, List<Block> out) {
        if (cur.isEmpty()) return;
        String p = normalize(cur);
        cur.setLength(0);
        if (!p.isEmpty()) out.add(new Block(p, links[1]));
        links[1] = 0;
    }

    /** Runs of white space become one space; a line break stays one line break, with no space around it. */
    static String normalize(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false, newline = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == LINE_BREAK) { newline = true; continue; }
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') { space = true; continue; }
            if (b.length() > 0) {
                if (newline) b.append('\n');
                else if (space) b.append(' ');
            }
            space = newline = false;
            b.append(c);
        }
        return b.toString();
    }
}
