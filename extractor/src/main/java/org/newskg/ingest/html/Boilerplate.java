package org.newskg.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * The parts of a news page around and inside the article that are not the article: navigation, captions and
 * photo credits, "read more" and related-story blocks, newsletter and subscription boxes, share bars, comments,
 * advertising. Each of them, left in the body, can become a quote, a speaker or a person in the graph.
 */
public final class Boilerplate {
    private Boilerplate() {}

    /** Elements that never hold article text. */
    private static final String NEVER_TEXT = String.join(", ",
            "script", "style", "noscript", "template", "iframe", "svg", "canvas", "button", "input", "select",
            "textarea", "nav", "aside", "footer", "figcaption", "dialog", "[hidden]", "[aria-hidden=true]",
            "[role=navigation]", "[role=complementary]", "[role=contentinfo]", "[role=banner]", "[role=dialog]",
            "[style~=(?i)display:\\s*none]", "[style~=(?i)visibility:\\s*hidden]");

    /** Class and id words that publishers and CMSs give to the blocks named above. */
    private static final Pattern CLASS_OR_ID = Pattern.compile("(?i)(?:^|[\\s_-])(?:"
            + "related|recommend\\w*|read-?more|more-?(?:stories|articles|news|from)|also-?read|see-?also|"
            + "newsletter\\w*|subscri\\w+|sign-?up|signup|optin|opt-in|"
            + "share|sharing|sharebar|share-?tools|social\\w*|"
            + "comments?|commentary-?list|disqus|discussion|respond|reply|"
            + "promo\\w*|advert\\w*|ads?|ad-?slot|ad-?unit|adsense|dfp|sponsor\\w*|outbrain|taboola|"
            + "caption|credits?|image-?credit|photo-?credit|wp-caption-text|"
            + "byline|author-?bio|author-?box|about-?the-?author|"
            + "tags?|tag-?list|topics-?list|breadcrumbs?|"
            + "popular|trending|most-?read|mostread|most-?popular|"
            + "paywall|cookie\\w*|consent|gdpr|modal|popup|overlay|"
            + "sidebar|widget\\w*|menu|masthead|toolbar|pagination|pager|rating|print-?only|visually-?hidden|sr-only|screen-?reader\\w*"
            + ")(?:$|[\\s_-])");

    /** Removes the elements that never hold article text, in place. */
    public static void stripTags(Element root) {
        root.select(NEVER_TEXT).remove();
        // A search or sign-up form is furniture; but ASP.NET pages wrap the whole page, article and all, in one form.
        for (Element f : root.select("form")) if (f.parent() != null && f.select("p").size() < 3) f.remove();
    }

    /** Removes the blocks named above from {@code root}, in place. */
    public static void strip(Element root) {
        stripTags(root);
        // Paragraph text under each element: a class that merely mentions a boilerplate word ("entry-content-read-more",
        // "post has-comments", "modal-enabled") can sit on the article's own container, which holds most of it.
        Map<Element, Integer> under = new IdentityHashMap<>();
        int total = 0;
        for (Element p : root.select("p")) {
            int n = p.text().length();
            total += n;
            for (Element a = p; a != null; a = a.parent()) under.merge(a, n, Integer::sum);
        }
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == root || isStructural(e)) continue;
            String words = e.className() + " " + e.id();
            if (words.isBlank() || !CLASS_OR_ID.matcher(words).find()) continue;
            if (under.getOrDefault(e, 0) > 0.4 * total || holdsArticle(e)) continue;
            doomed.add(e);
        }
        for (Element e : doomed) if (e.parent() != null) e.remove();
        // A figure holds a picture and its caption; one that holds a quote or paragraphs is part of the text.
        for (Element f : root.select("figure")) {
            if (f.select("blockquote, p").isEmpty()) f.remove();
        }
    }

    /** Class words that CMSs give the article's own text container. */
    private static final Pattern ARTICLE_CLASS = Pattern.compile("(?i)(?:^|\\s)(?:"
            + "post-body|post-content|entry-content|article-body|article-content|article__body|story-body|story-content|"
            + "hentry|body-text|articlebody|article-text|main-content"
            + ")(?:$|\\s)");

    private static boolean holdsArticle(Element e) {
        if (e.selectFirst("[itemprop=articleBody]") != null) return true;
        for (Element x : e.getAllElements()) if (ARTICLE_CLASS.matcher(x.className()).find()) return true;
        return false;
    }

    private static boolean isStructural(Element e) {
        String t = e.normalName();
        return t.equals("html") || t.equals("body") || t.equals("main") || t.equals("head");
    }

    /** Paragraphs that, alone, are furniture of the page rather than the article. */
    private static final Pattern FURNITURE = Pattern.compile("(?i)^(?:"
            + "read (?:more|next|also|the full)|related(?: (?:articles?|stories|coverage|content|reading))?\\s*:|see also|also read|more (?:on|from|about)\\b.{0,60}:|"
            + "recommended|sign up|subscribe|follow (?:us|@)|share (?:this|on)|click here|advertisement|sponsored|"
            + "(?:photo|image|picture|illustration|video|graphic)s?(?: credit)?\\s*:|credit\\s*:|©|\\(c\\)|copyright|all rights reserved|tags\\b|filed under\\b|see more\\s*:|don'?t miss\\W*$"
            + ")");
    private static final Pattern CREDIT_TAIL = Pattern.compile("(?i)(?:getty images|shutterstock|afp|reuters|ap photo|associated press|file photo|/ ?ap)\\)?\\s*$");

    /** Headings that open the list of other stories after an article: nothing after them is the article. */
    private static final Pattern TAIL_START = Pattern.compile("(?i)^(?:"
            + "you (?:may|might) (?:also )?(?:like|enjoy|be interested)|want more stories|more stories|more from|more on this|"
            + "related (?:articles?|stories|coverage|content|posts|news)|recommended(?: for you| stories| articles)?|read next|"
            + "most (?:popular|read|viewed)|trending(?: now)?|latest (?:news|stories)|also (?:on|in) |"
            + "(?:leave|post|add) a (?:comment|reply)|\\d+ comments?|comments?|share this (?:article|story)"
            + ")\\W*$");
    /** A date line, a time stamp or a "published/updated" line. */
    private static final Pattern DATELINE = Pattern.compile("(?i)^(?:"
            + "(?:published|updated|posted|last (?:updated|modified)|first published)\\b.*|"
            + ".*\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2},? \\d{4}\\b.*|"
            + ".*\\b\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{4}\\b.*|"
            + ".*\\b\\d{4}-\\d{2}-\\d{2}\\b.*|.*\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b.*"
            + ")$");

    /** Whether a paragraph opens the block of other stories, newsletter prompts or comments that follows an article. */
    public static boolean startsTail(String paragraph) {
        return paragraph.length() <= 60 && TAIL_START.matcher(paragraph).find();
    }

    /** Whether a paragraph is only a date line or time stamp (short, no sentence around the date). */
    public static boolean isDateline(String paragraph) {
        return paragraph.length() <= 80 && !paragraph.endsWith(".") && DATELINE.matcher(paragraph).matches();
    }

    /** Whether a paragraph of the extracted text is page furniture: short, and in the shape of a link, a credit or a prompt. */
    public static boolean isFurniture(String paragraph) {
        if (paragraph.length() > 160) return false;
        if (FURNITURE.matcher(paragraph).find()) return true;
        return paragraph.length() < 100 && CREDIT_TAIL.matcher(paragraph).find() && !paragraph.endsWith(".");
    }
}
