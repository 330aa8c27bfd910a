package org.newskg.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * The parts of a news page around and inside the article that are not the article: navigation, captions and
 * photo credits, "read more" and related-story blocks, newsletter and subscription boxes, share bars, comments,
 * advertising. Each of them, left in the body, can become a quote, a speaker or a person in the graph.
 */
public final class Boilerplate {
    private Boilerplate() {}

    /** Elements that never hold article text: code, media, form controls, dialogs. */
    private static final String NEVER_TEXT = String.join(", ",
            "script", "style", "noscript", "template", "iframe", "svg", "canvas", "button", "input", "select",
            "textarea", "dialog", "[role=dialog]");

    /**
     * Page structure that holds furniture: navigation, asides, footers, captions, hidden blocks (and forms). Publishers
     * also put the article in one (an {@code <aside class=post>}, an ASP.NET form around the whole page, a wrapper
     * hidden until a script shows it), so each is kept when it holds the article (see {@link #strip}).
     */
    private static final String HIDDEN = String.join(", ",
            "[hidden]", "[aria-hidden=true]", "[style~=(?i)display:\\s*none]", "[style~=(?i)visibility:\\s*hidden]");
    private static final String FURNITURE_TAGS = String.join(", ",
            "nav", "aside", "footer", "figcaption", "[role=navigation]", "[role=complementary]", "[role=contentinfo]",
            "[role=banner]", HIDDEN);

    /** Class and id words of blocks that can hold much text: other stories, comments, newsletter boxes, advertising, menus. */
    private static final Pattern LARGE_CLASS = Pattern.compile("(?i)(?:^|[\\s_-])(?:"
            + "related|recommend\\w*|read-?more|more-?(?:stories|articles|news|from)|also-?read|see-?also|"
            + "newsletter\\w*|subscri\\w+|sign-?up|signup|optin|opt-in|"
            + "comments?|commentary-?list|disqus|discussion|respond|reply|"
            + "promo\\w*|advert\\w*|ads?|ad-?slot|ad-?unit|adsense|dfp|sponsor\\w*|outbrain|taboola|"
            + "author-?bio|author-?box|about-?the-?author|"
            + "popular|trending|most-?read|mostread|most-?popular|"
            + "paywall|cookie\\w*|consent|gdpr|modal|popup|overlay|"
            + "sidebar|widget\\w*|social\\w*|menu|masthead"
            + ")(?:$|[\\s_-])");

    /** Class and id words of small blocks: share bars, captions and credits, bylines, tags, pagers. */
    private static final Pattern SMALL_CLASS = Pattern.compile("(?i)(?:^|[\\s_-])(?:"
            + "share|sharing|sharebar|share-?tools|"
            + "caption|credits?|image-?credit|photo-?credit|wp-caption-text|"
            + "byline|tags?|tag-?list|topics-?list|breadcrumbs?|"
            + "toolbar|pagination|pager|rating|print-?only|visually-?hidden|sr-only|screen-?reader\\w*"
            + ")(?:$|[\\s_-])");

    /**
     * Prose a block with a small block's class may hold and still be that block. One that holds more is not a byline or
     * a caption whatever its class says: a byline's span left open around the article, the caption that is the text of
     * a picture page.
     */
    static final int SMALL_BLOCK_MAX_PROSE = 400;
    /** A block holding this share of the page's prose is the article's, whatever its tag or class says. */
    static final double ARTICLE_SHARE = 0.4;

    /**
     * A {@code <noscript>} in the body whose end tag came while a block opened inside it was still open: an HTML parser
     * ignores that end tag, and the noscript holds the rest of the page as markup. One that holds this much of the
     * page's text is not a fallback for browsers without scripts (a line asking to turn them on), so it is unwrapped,
     * its content kept.
     */
    static void unwrapRunawayNoscript(Element root) {
        int total = root.text().length();
        for (Element e : root.select("noscript")) {
            int n = e.text().length();
            if (e.parent() != null && n > 0 && n > ARTICLE_SHARE * total) e.unwrap();
        }
    }

    /** Removes the elements that never hold article text and the page structure that holds furniture, in place. */
    public static void stripTags(Element root) {
        unwrapRunawayNoscript(root);
        root.select(NEVER_TEXT).remove();
        root.select(FURNITURE_TAGS).remove();
        // A search or sign-up form is furniture; but ASP.NET pages wrap the whole page, article and all, in one form.
        for (Element f : root.select("form")) if (f.parent() != null && f.select("p").size() < 3) f.remove();
    }

    /** Removes the blocks named above from {@code root}, in place. */
    public static void strip(Element root) {
        strip(root, Set.of());
    }

    /**
     * Removes the blocks named above from {@code root}, in place.
     *
     * @param headlines the page's headline texts as {@link Headline#key} gives them: a block of page structure that
     *        holds the headline and most of the prose is the article's, whatever its tag
     */
    public static void strip(Element root, Set<String> headlines) {
        unwrapRunawayNoscript(root);
        root.select(NEVER_TEXT).remove();
        // Page structure first: kept only when it is plainly the article's, holding the headline and the prose below it.
        Map<Element, Integer> prose = textUnder(root, true);
        int totalProse = prose.getOrDefault(root, 0);
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.select(FURNITURE_TAGS + ", form")) {
            if (e == root || isStructural(e)) continue;
            // A hidden block holding the headline may be a copy (the next story of a series, a print version): it must
            // hold most of the prose; an aside or a footer holding the headline holds the article.
            int p = prose.getOrDefault(e, 0);
            boolean hidden = e.is(HIDDEN);
            if (holdsHeadline(e, headlines) && (p > ARTICLE_SHARE * totalProse || !hidden && p >= SMALL_BLOCK_MAX_PROSE)) continue;
            // ASP.NET pages wrap the whole page, article and all, in one form.
            if (e.normalName().equals("form") && e.select("p").size() >= 3) continue;
            doomed.add(e);
        }
        for (Element e : doomed) if (e.parent() != null) e.remove();
        doomed.clear();
        // Then blocks by class: paragraph text under each element, since a class that merely mentions a boilerplate
        // word ("entry-content-read-more", "post has-comments", "modal-enabled") can sit on the article's own
        // container, which holds most of it.
        Map<Element, Integer> paragraphs = textUnder(root, false);
        prose = textUnder(root, true);
        int totalParagraphs = paragraphs.getOrDefault(root, 0);
        for (Element e : root.getAllElements()) {
            if (e == root || isStructural(e)) continue;
            String words = e.className() + " " + e.id();
            if (words.isBlank()) continue;
            boolean large = LARGE_CLASS.matcher(words).find();
            boolean small = !large && SMALL_CLASS.matcher(words).find();
            if (!large && !small) continue;
            if (paragraphs.getOrDefault(e, 0) > ARTICLE_SHARE * totalParagraphs || holdsArticle(e)) continue;
            if (small && prose.getOrDefault(e, 0) >= SMALL_BLOCK_MAX_PROSE) continue;
            doomed.add(e);
        }
        for (Element e : doomed) if (e.parent() != null) e.remove();
        // A figure holds a picture and its caption; one that holds a quote or paragraphs is part of the text.
        for (Element f : root.select("figure")) {
            if (f.select("blockquote, p").isEmpty()) f.remove();
        }
    }

    private static boolean holdsHeadline(Element e, Set<String> headlines) {
        if (headlines.isEmpty()) return false;
        for (Element h : e.select("h1, h2")) if (headlines.contains(Headline.key(h.text()))) return true;
        return false;
    }

    /**
     * Characters of text under each element: the text of each paragraph, and with {@code prose} also the text an
     * element holds directly when that is a paragraph's worth (pages of tables and line breaks have no {@code <p>}).
     */
    private static Map<Element, Integer> textUnder(Element root, boolean prose) {
        Map<Element, Integer> under = new IdentityHashMap<>();
        for (Element e : root.getAllElements()) {
            int n;
            if (e.normalName().equals("p")) n = e.text().length();
            else {
                if (!prose) continue;
                n = e.ownText().length();
                if (n < ParagraphRun.PROSE_CHARS) continue;
            }
            if (n == 0) continue;
            for (Element a = e; a != null; a = a.parent()) {
                under.merge(a, n, Integer::sum);
                if (a == root) break;
            }
        }
        return under;
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
            + "(?:leave|post|add|write) (?:a|your) (?:comment|reply)|\\d+ (?:comments?|responses?|replies)(?: to\\b.*)?|comments?(?: \\(\\d+\\))?|"
            + "(?:show|view|read|see) (?:all )?(?:\\d+ )?comments|reader comments|speak your mind|have your say|"
            + "join the (?:discussion|conversation)|what do you think|share this (?:article|story)"
            + ")\\W*$");
    /**
     * The notice at a paywall's cut or a cookie banner that a page leaves in its text: never the article, and at a
     * paywall what follows is the offer, not the rest of the story.
     */
    private static final Pattern NOTICE = Pattern.compile("(?i)^(?:"
            + "(?:subscribe|sign in|log in|register)(?: now| today)? to (?:continue|keep) reading|to (?:continue|keep) reading|"
            + "already (?:a subscriber|subscribed|have an account)|you have (?:reached|read) (?:your|the) (?:limit|maximum)|"
            + "this (?:article|story|content) is (?:only )?(?:available|reserved|exclusive) (?:to|for) (?:our )?(?:subscribers|members|premium)|"
            + "get unlimited (?:digital )?access|start your free trial|"
            + "(?:we|this (?:web)?site) uses? cookies|by (?:continuing to (?:use|browse)|using) (?:this|our) (?:web)?site|"
            + "(?:we|our partners) (?:and our partners )?use cookies|accept (?:all )?cookies"
            + ")");
    /** Paragraphs that are a share or print button's label alone. */
    private static final Pattern BUTTON = Pattern.compile("(?i)^(?:share|tweet|e-?mail|print|facebook|twitter|linkedin|pinterest|whatsapp|reddit|flipboard|comment|save|copy link)s?$");
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

    /** Whether a paragraph is a paywall's or a cookie banner's notice. */
    public static boolean isNotice(String paragraph) {
        return paragraph.length() <= 300 && NOTICE.matcher(paragraph).find();
    }

    /** Whether a paragraph is only a date line or time stamp (short, no sentence around the date). */
    public static boolean isDateline(String paragraph) {
        return paragraph.length() <= 80 && !paragraph.endsWith(".") && DATELINE.matcher(paragraph).matches();
    }

    /** Whether a paragraph of the extracted text is page furniture: short, and in the shape of a link, a credit or a prompt. */
    public static boolean isFurniture(String paragraph) {
        if (paragraph.length() > 160) return false;
        if (FURNITURE.matcher(paragraph).find() || BUTTON.matcher(paragraph).matches()) return true;
        return paragraph.length() < 100 && CREDIT_TAIL.matcher(paragraph).find() && !paragraph.endsWith(".");
    }
}
