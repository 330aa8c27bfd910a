package org.newskg.ingest.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Elements whose content an HTML parser reads as text up to their own end tag: {@code <title>}, {@code <textarea>},
 * {@code <script>}, {@code <style>}, {@code <xmp>}, {@code <iframe>}, {@code <noembed>}, {@code <noframes>}, a
 * {@code <noscript>} in the head, and comments. One whose end tag is missing or mistyped runs on to the next end tag
 * of its name, or to the end of the page, and swallows the article as text: the page reads as empty. A browser shows
 * that page broken too, but the author's intent is plain, so such an element is closed where its content's markup
 * begins and the page is read again.
 *
 * <p>A {@code <title>} that holds the tags of a head or body ran past its end (a title may hold inline tags, which
 * browsers show as text). The others may hold some (an embed code in a text box, HTML built by a script, a commented-out block), so they
 * count as runaway only when they hold a page's worth of it ({@link #MIN_TAGS} block tags); scripts and comments,
 * which hold markup most often, only when the page gave no article text otherwise.
 */
public final class RunawayElements {
    /** Block tags an element's content must hold to count as a swallowed page rather than markup held on purpose. */
    static final int MIN_TAGS = 5;

    private static final Pattern TAG = Pattern.compile("<\\s*[/!]?\\s*[A-Za-z]");
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)</?(?:p|div|br|td|tr|table|h[1-6]|li|ul|ol|body|html|head|center|font|article|section|span)\\b");
    /** Tags that a title holding them has run past the head: inline markup ({@code <br>}, {@code <i>}) it may hold. */
    private static final Pattern HEAD_OR_BODY_TAG = Pattern.compile("(?i)<(?:title|/head|body|meta|link|script|style|/html)\\b");
    /** In a script, style or comment: markup starts a line, as page markup does and code hardly ever does. */
    private static final Pattern LINE_TAG = Pattern.compile("(?m)^[ \\t]*<[/!]?[A-Za-z]");

    private RunawayElements() {}

    /** Which elements to look at: those that never hold a page's markup, or also scripts and comments. */
    public enum Scope { SAFE, ALL }

    /**
     * The page with each runaway element closed before its swallowed markup, or empty if it has none.
     *
     * @param parsed {@code html} as parsed, to look for suspects cheaply before parsing again with source positions
     */
    public static Optional<String> repair(String html, Document parsed, Scope scope) {
        if (!hasSuspect(parsed, scope)) return Optional.empty();
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        record Cut(int at, String close) {}
        List<Cut> cuts = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> nodes.add(node), doc);
        for (Node n : nodes) {
            if (!mayHoldPage(n, scope) || !n.sourceRange().isTracked()) continue;
            int from = n instanceof Comment ? n.sourceRange().startPos() + 4 : n.sourceRange().endPos();
            // Where the element ends as parsed: its end tag, or the end of the page. (jsoup gives a raw-text element's
            // end tag the element's start as its start: the end tag is the last "</" before the range's end.)
            boolean endTag = n instanceof Element e ? e.endSourceRange().isTracked() && !e.endSourceRange().isImplicit()
                    : html.startsWith("-->", n.sourceRange().endPos() - 3);
            int to = !endTag ? html.length()
                    : n instanceof Element e ? html.lastIndexOf("</", e.endSourceRange().endPos() - 1) : n.sourceRange().endPos() - 3;
            if (from < 0 || to > html.length() || from >= to) continue;
            String content = html.substring(from, to);
            boolean ranToEnd = !endTag;
            String name = n instanceof Element e ? e.normalName() : "comment";
            if (!runaway(name, content, ranToEnd)) continue;
            boolean code = name.equals("script") || name.equals("style") || name.equals("comment");
            Matcher m = (code ? LINE_TAG : TAG).matcher(content);
            if (!m.find() && !(code && (m = BLOCK_TAG.matcher(content)).find())) continue;
            cuts.add(new Cut(from + m.start(), name.equals("comment") ? "-->" : "</" + name + ">"));
        }
        if (cuts.isEmpty()) return Optional.empty();
        cuts.sort(Comparator.comparingInt(Cut::at).reversed());
        StringBuilder b = new StringBuilder(html);
        for (Cut c : cuts) b.insert(c.at(), c.close());
        return Optional.of(b.toString());
    }

    /**
     * Whether an element's source content, as parsed, is a swallowed page: a title running to the end of the page or
     * holding head or body tags; any other holding a page's worth of block tags and either running to the end of the
     * page or holding a start tag of its own name (it ran on to the end tag of the next one).
     */
    private static boolean runaway(String name, String content, boolean ranToEnd) {
        if (name.equals("title")) return ranToEnd || HEAD_OR_BODY_TAG.matcher(content).find() || blockTags(content) >= MIN_TAGS;
        if (!ranToEnd && !Pattern.compile("(?i)<" + (name.equals("comment") ? "!--" : name + "\\b")).matcher(content).find()) return false;
        return blockTags(content) >= MIN_TAGS;
    }

    private static boolean hasSuspect(Document doc, Scope scope) {
        List<Node> nodes = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> nodes.add(node), doc);
        return nodes.stream().anyMatch(n -> mayHoldPage(n, scope));
    }

    /** A cheap first look, on the decoded content: whether the node may hold a swallowed page. */
    private static boolean mayHoldPage(Node n, Scope scope) {
        if (n instanceof Comment c) return scope == Scope.ALL && blockTags(c.getData()) >= MIN_TAGS;
        if (!(n instanceof Element e)) return false;
        switch (e.normalName()) {
            case "title":
                return e.wholeText().indexOf('<') >= 0;
            case "textarea", "xmp", "iframe", "noembed", "noframes", "style":
                return blockTags(content(e)) >= MIN_TAGS;
            case "noscript":
                return e.parent() != null && e.parent().normalName().equals("head") && blockTags(e.wholeText()) >= MIN_TAGS;
            case "script":
                return scope == Scope.ALL && blockTags(e.data()) >= MIN_TAGS;
            default:
                return false;
        }
    }

    private static String content(Element e) {
        String d = e.data();
        return d.isEmpty() ? e.wholeText() : d;
    }

    private static int blockTags(String content) {
        Matcher m = BLOCK_TAG.matcher(content);
        int n = 0;
        while (n < MIN_TAGS && m.find()) n++;
        return n;
    }
}
