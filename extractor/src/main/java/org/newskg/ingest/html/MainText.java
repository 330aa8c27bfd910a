package org.newskg.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import net.dankito.readability4j.Readability4J;

/**
 * The article text of a news page, as paragraphs separated by blank lines. The page's furniture is removed first
 * ({@link Boilerplate}), then three candidates are weighed:
 * <ol>
 *   <li>the publisher's own schema.org {@code articleBody}, trusted only where the page shows the same text;</li>
 *   <li>Readability4J (Mozilla Readability's port) run on the page with the page furniture already removed;</li>
 *   <li>the element whose paragraphs hold the most text, for pages where Readability takes a small block
 *       (a teaser, the page head) instead of the article.</li>
 * </ol>
 * Then news-specific cleaning: captions, credits, "read more" lines and the headline itself leave the body.
 *
 * <p>Stateless and thread-safe: each call works on its own copies of the document.
 */
public final class MainText {
    /**
     * The text and which candidate gave it; {@code candidates} holds every candidate's paragraphs, by name, for the
     * benchmark's diagnostics.
     */
    public record Result(String text, String method, Map<String, List<String>> candidates, Map<String, Integer> positions) {
        public Result {
            candidates = Collections.unmodifiableMap(new LinkedHashMap<>(candidates));
            positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
        }
    }

    /** Readability's pick counts as short under this many characters: a box, a teaser, a bio. */
    static final int SHORT_PICK = 1000;
    /** The prose after the headline must be this long to replace a short pick of Readability's. */
    static final int MIN_HEADLINE_RUN = 300;
    /** A short block this much in links is a link to elsewhere ("Related: ..."), not a sentence of the article. */
    static final double LINK_LINE_DENSITY = 0.8;
    static final int LINK_LINE_CHARS = 150;

    private MainText() {}

    public static Result extract(Document doc, PageMetadata md) {
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        Document stripped = doc.clone();
        Set<String> headlines = new HashSet<>();
        for (String h : Headline.shown(doc, md.title())) headlines.add(Headline.key(h));
        md.title().ifPresent(t -> headlines.addAll(Headline.variants(t)));
        headlines.remove("");
        Boilerplate.strip(stripped.body(), headlines);
        List<String> readability = readability(stripped.clone(), doc.location());
        Element densestBlock = densest(stripped);
        List<String> densest = densestBlock == null ? List.of() : blocks(densestBlock);
        candidates.put("readability", readability);
        candidates.put("densest", densest);
        Map<String, Integer> positions = new LinkedHashMap<>();
        List<BlockText.Block> linear = BlockText.blocks(stripped.body());
        int headline = Headline.index(linear, stripped, md.title());
        positions.put("headline", headline);
        positions.put("blocks", linear.size());
        List<String> afterHeadline = headline < 0 ? List.of() : ParagraphRun.after(linear, headline);
        candidates.put("headline-run", afterHeadline);
        for (Map.Entry<String, List<String>> c : candidates.entrySet()) positions.put(c.getKey(), position(linear, c.getValue()));
        List<String> chosen = readability;
        String method = "readability";
        int atR = positions.get("readability"), atD = positions.get("densest"), atRun = positions.get("headline-run");
        // Readability misfires by taking a small block (a teaser, the page head): then the block with the most
        // paragraph text holds several times more. Unless Readability's block follows the headline and the larger
        // one comes before it (a list of stories above the article).
        boolean rFollowsHeadline = headline >= 0 && atR > headline && atR <= headline + 1 + ParagraphRun.MAX_LEAD;
        if (length(readability) < 0.3 * length(densest) && !(rFollowsHeadline && atD >= 0 && atD < headline)) {
            chosen = densest;
            method = "densest";
        }
        // Readability misfires also by taking a box further down (an author's bio, a comment, a teaser of another
        // story) on a page whose short article it passed over: prose that follows the headline, apart from that box.
        if (method.equals("readability") && length(readability) < SHORT_PICK && length(afterHeadline) >= MIN_HEADLINE_RUN
                && atR >= 0 && atRun >= 0 && atR > atRun + ParagraphRun.MAX_GAP + 1) {
            chosen = afterHeadline;
            method = "headline-run";
        }
        if (chosen.isEmpty()) {
            chosen = heuristic(stripped);
            candidates.put("heuristic", chosen);
            method = "heuristic";
        }
        // The publisher's articleBody: microdata marks an element of the page, read with its furniture removed; JSON-LD
        // holds a text, trusted where the page shows it.
        Optional<List<String>> ld = microdataBody(doc, stripped, md).or(() -> md.articleBody().flatMap(b -> agreeing(b, doc)));
        ld.ifPresent(l -> candidates.put("articleBody", l));
        if (ld.isPresent() && length(ld.get()) > 1.3 * length(chosen)) {
            chosen = ld.get();
            method = "articleBody";
        }
        Set<String> linkLines = new HashSet<>();
        for (BlockText.Block b : linear) {
            if (b.text().length() < LINK_LINE_CHARS && b.linkDensity() >= LINK_LINE_DENSITY) linkLines.add(b.text());
        }
        List<String> out = finish(chosen, md, doc, linkLines);
        if (out.isEmpty() && headline >= 0 && chosen.stream().anyMatch(p -> headlines.contains(Headline.key(p)))
                && length(afterHeadline) < MIN_HEADLINE_RUN) {
            // The block held only the headline, a date, a credit, and no prose follows the headline: a picture or
            // video post. That is its text; the fallbacks below would take the comments or the list of other stories.
            out = chosen.stream().filter(p -> !Boilerplate.isFurniture(p) && !linkLines.contains(p)).toList();
            method += " (headline only)";
        }
        if (out.isEmpty()) {
            // The furniture rules took everything (a forum whose posts sit in "comment" blocks): Readability on the
            // page as it is; then the largest run of prose in the page, whatever its markup (tables, line breaks).
            Document bare = doc.clone();
            Boilerplate.stripTags(bare.body());
            List<String> unfiltered = readability(bare.clone(), doc.location());
            candidates.put("readability-unfiltered", unfiltered);
            out = finish(unfiltered, md, doc, linkLines);
            method = "readability-unfiltered";
            if (out.isEmpty()) {
                Document light = doc.clone();
                Boilerplate.unwrapRunawayNoscript(light.body());
                light.body().select("script, style, noscript, template, textarea, select, option, button").remove();
                List<String> run = ParagraphRun.largest(light.body());
                candidates.put("paragraph-run", run);
                out = finish(run, md, doc, linkLines);
                method = "paragraph-run";
            }
        }
        return new Result(String.join("\n\n", out), out.isEmpty() ? "none" : method, candidates, positions);
    }

    /**
     * The paragraphs of the element whose child paragraphs hold the most text (each {@code <p>} counts for its
     * parent, and half for its grandparent, so that text split over sibling wrappers still finds their common
     * container).
     */
    private static Element densest(Document doc) {
        // In document order, so that a tie goes to the first element: jsoup elements hash by identity.
        Map<Element, Integer> score = new LinkedHashMap<>();
        for (Element p : doc.select("p, pre, blockquote")) {
            // Link text does not count: a footer or a list of stories is paragraphs of links.
            int n = p.text().length() - linkChars(p);
            if (n < 25) continue;
            Element parent = p.parent();
            if (parent == null) continue;
            score.merge(parent, n, Integer::sum);
            if (parent.parent() != null) score.merge(parent.parent(), n / 2, Integer::sum);
        }
        Element best = null;
        int bestScore = 0;
        for (Map.Entry<Element, Integer> e : score.entrySet()) {
            if (e.getValue() > bestScore) { best = e.getKey(); bestScore = e.getValue(); }
        }
        return best;
    }


    private static int linkChars(Element e) {
        int n = 0;
        for (Element a : e.select("a")) n += a.text().length();
        return n;
    }

    /**
     * The page's {@code itemprop=articleBody} element, with the furniture inside it removed, when the metadata's
     * articleBody is that element's text (not JSON-LD's).
     */
    private static Optional<List<String>> microdataBody(Document doc, Document stripped, PageMetadata md) {
        Element original = doc.selectFirst("[itemprop=articleBody]");
        if (original == null || md.articleBody().isEmpty() || !key(md.articleBody().get()).equals(key(original.text()))) return Optional.empty();
        Element e = stripped.selectFirst("[itemprop=articleBody]");
        if (e == null) return Optional.empty();
        List<String> b = blocks(e);
        return Optional.of(b.isEmpty() ? BlockText.paragraphs(e) : b);
    }

    /** The text blocks of a container: its paragraphs, headings, list items, quotes. */
    private static List<String> blocks(Element main) {
        List<String> out = new ArrayList<>();
        for (Element b : main.select("p, h2, h3, h4, h5, h6, li, blockquote, pre")) {
            if ((b.normalName().equals("blockquote") || b.normalName().equals("li")) && !b.select("p").isEmpty()) continue;
            if (b.parents().stream().anyMatch(x -> x.normalName().equals("li") || x.normalName().equals("blockquote")
                    && x.select("p").isEmpty())) continue;
            out.addAll(BlockText.paragraphs(b));
        }
        return out;
    }

    /** The index of the block where a candidate's text starts, or -1 if it cannot be found. */
    private static int position(List<BlockText.Block> linear, List<String> paras) {
        for (String p : paras) {
            String k = key(p);
            if (k.length() < 20) continue;
            String head = k.substring(0, Math.min(k.length(), 60));
            for (int i = 0; i < linear.size(); i++) if (key(linear.get(i).text()).contains(head)) return i;
            return -1;
        }
        return -1;
    }

    /** Readability4J alone, on the page as given: the baseline the benchmark compares with. */
    public static String readabilityAlone(Document doc) {
        Element content = readabilityContent(doc.clone(), doc.location());
        return content == null ? "" : BlockText.text(content);
    }

    private static List<String> readability(Document doc, String uri) {
        Element content = readabilityContent(doc, uri);
        return content == null ? List.of() : BlockText.paragraphs(content);
    }

    private static Element readabilityContent(Document doc, String uri) {
        try {
            return new Readability4J(uri == null || uri.isEmpty() ? "http://localhost/" : uri, doc).parse().getArticleContent();
        } catch (RuntimeException | StackOverflowError e) {
            // Readability gives up on some malformed pages; the heuristic still reads them.
            return null;
        }
    }

    /** The first {@code <article>} or {@code <main>} and its blocks: what newskg read before Readability. */
    private static List<String> heuristic(Document doc) {
        Element main = null;
        for (String sel : List.of("[itemprop=articleBody]", "article", "main", "[role=main]")) {
            main = doc.selectFirst(sel);
            if (main != null && !main.text().isBlank()) break;
            main = null;
        }
        if (main == null) main = doc.body();
        if (main == null) return List.of();
        List<String> out = blocks(main);
        return out.isEmpty() ? BlockText.paragraphs(main) : out;
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    /**
     * The publisher's articleBody split into paragraphs, if the page shows the same text: most of its word 4-grams
     * occur in the page's visible text. Templates fill articleBody with a teaser, a different language version, or
     * text behind a paywall that the page does not show; none of that is what the page says.
     */
    private static Optional<List<String>> agreeing(String body, Document doc) {
        List<String> bodyWords = words(body);
        if (bodyWords.size() < 30) return Optional.empty();
        Set<String> page = new HashSet<>(shingles(words(doc.body() == null ? "" : doc.body().text())));
        List<String> sh = shingles(bodyWords);
        long seen = sh.stream().filter(page::contains).count();
        if (seen < 0.8 * sh.size()) return Optional.empty();
        List<String> paras = new ArrayList<>();
        for (String p : body.split("\\n\\s*\\n|\\r?\\n")) {
            String t = BlockText.normalize(p).strip();
            if (!t.isEmpty()) paras.add(t);
        }
        return Optional.of(paras);
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT));
        return out;
    }

    private static List<String> shingles(List<String> w) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 4 <= w.size(); i++) out.add(String.join(" ", w.subList(i, i + 4)));
        return out;
    }

    /** Page furniture out, the headline out (it is the title), and no paragraph twice in a row. */
    private static List<String> finish(List<String> paras, PageMetadata md, Document doc, Set<String> linkLines) {
        Set<String> headlines = new HashSet<>();
        md.title().ifPresent(t -> headlines.add(key(t)));
        // The <title> as the page has it, outlet's name and all, which the metadata title no longer is.
        if (!doc.title().isBlank()) headlines.add(key(doc.title()));
        for (Element h : doc.select("h1")) headlines.add(key(h.text()));
        List<String> out = new ArrayList<>();
        int total = length(paras), seen = 0;
        for (String p : paras) {
            // After the article's opening, a "You may also like" or "Comments" heading, or a paywall's notice, ends it.
            if (seen > total / 5 && out.size() >= 2 && (Boilerplate.startsTail(p) || Boilerplate.isNotice(p))) break;
            seen += p.length();
            if (Boilerplate.isFurniture(p) || Boilerplate.isDateline(p) || Boilerplate.isNotice(p)) continue;
            // A short line that is all but a link points elsewhere ("Related: ...", a list of sections).
            if (linkLines.contains(p)) continue;
            if (headlines.contains(key(p))) continue;
            // The byline leaves the body: the authors are the article's metadata (PageMetadata reads it when nothing else names them).
            if (out.size() < 3 && !Byline.names(p).isEmpty()) continue;
            if (!out.isEmpty() && out.get(out.size() - 1).equals(p)) continue;
            out.add(p);
        }
        return out;
    }

    private static String key(String s) {
        return String.join(" ", words(s));
    }

    private static int length(List<String> paras) {
        int n = 0;
        for (String p : paras) n += p.length();
        return n;
    }
}
