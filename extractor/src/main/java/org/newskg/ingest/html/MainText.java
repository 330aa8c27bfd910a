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
    public record Result(String text, String method, Map<String, List<String>> candidates) {
        public Result {
            candidates = Collections.unmodifiableMap(new LinkedHashMap<>(candidates));
        }
    }

    private MainText() {}

    public static Result extract(Document doc, PageMetadata md) {
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        Document stripped = doc.clone();
        Boilerplate.strip(stripped.body());
        List<String> readability = readability(stripped.clone(), doc.location());
        List<String> densest = densest(stripped);
        candidates.put("readability", readability);
        candidates.put("densest", densest);
        List<String> chosen = readability;
        String method = "readability";
        // Readability misfires by taking a small block (a teaser, the page head): then the block with the most
        // paragraph text holds several times more.
        if (length(readability) < 0.3 * length(densest)) {
            chosen = densest;
            method = "densest";
        }
        if (chosen.isEmpty()) {
            chosen = heuristic(stripped);
            candidates.put("heuristic", chosen);
            method = "heuristic";
        }
        Optional<List<String>> ld = md.articleBody().flatMap(b -> agreeing(b, doc));
        ld.ifPresent(l -> candidates.put("articleBody", l));
        if (ld.isPresent() && length(ld.get()) > 1.3 * length(chosen)) {
            chosen = ld.get();
            method = "articleBody";
        }
        List<String> out = finish(chosen, md, doc);
        if (out.isEmpty()) {
            // The furniture rules took everything (a forum whose posts sit in "comment" blocks): Readability on the
            // page as it is; then the largest run of prose in the page, whatever its markup (tables, line breaks).
            Document bare = doc.clone();
            Boilerplate.stripTags(bare.body());
            List<String> unfiltered = readability(bare.clone(), doc.location());
            candidates.put("readability-unfiltered", unfiltered);
            out = finish(unfiltered, md, doc);
            method = "readability-unfiltered";
            if (out.isEmpty()) {
                Document light = doc.clone();
                light.body().select("script, style, noscript, template, textarea, select, option, button").remove();
                List<String> run = ParagraphRun.largest(light.body());
                candidates.put("paragraph-run", run);
                out = finish(run, md, doc);
                method = "paragraph-run";
            }
        }
        return new Result(String.join("\n\n", out), out.isEmpty() ? "none" : method, candidates);
    }

    /**
     * The paragraphs of the element whose child paragraphs hold the most text (each {@code <p>} counts for its
     * parent, and half for its grandparent, so that text split over sibling wrappers still finds their common
     * container).
     */
    private static List<String> densest(Document doc) {
        Map<Element, Integer> score = new HashMap<>();
        for (Element p : doc.select("p, pre, blockquote")) {
            int n = p.text().length();
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
        if (best == null) return List.of();
        return blocks(best);
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
    private static List<String> finish(List<String> paras, PageMetadata md, Document doc) {
        Set<String> headlines = new HashSet<>();
        md.title().ifPresent(t -> headlines.add(key(t)));
        for (Element h : doc.select("h1")) headlines.add(key(h.text()));
        List<String> out = new ArrayList<>();
        int total = length(paras), seen = 0;
        for (String p : paras) {
            // After the article's opening, a "You may also like" or "Comments" heading ends it.
            if (seen > total / 5 && out.size() >= 2 && Boilerplate.startsTail(p)) break;
            seen += p.length();
            if (Boilerplate.isFurniture(p) || Boilerplate.isDateline(p)) continue;
            if (headlines.contains(key(p))) continue;
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
