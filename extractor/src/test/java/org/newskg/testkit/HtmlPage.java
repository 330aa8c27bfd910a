package org.newskg.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * A news page as outlets serve it, built for a test: a title, the outlet's name in {@code og:site_name}, an optional
 * publication time, and paragraphs inside {@code <article>}. The texts are the test's own invented ones.
 */
public final class HtmlPage {
    private final String title;
    private String siteName = "Harbor Gazette";
    private String published;
    private boolean doctype = true;
    private boolean headline = true;
    private final List<String> paragraphs = new ArrayList<>();

    private HtmlPage(String title) { this.title = title; }

    public static HtmlPage titled(String title) { return new HtmlPage(title); }

    public HtmlPage siteName(String name) { this.siteName = name; return this; }

    /** {@code article:published_time}, or none when null. */
    public HtmlPage published(String time) { this.published = time; return this; }

    /** Without {@code <!doctype html>} and without the title repeated as the article's {@code <h1>}. */
    public HtmlPage bare() {
        this.doctype = false;
        this.headline = false;
        return this;
    }

    public HtmlPage paragraphs(String... ps) {
        paragraphs.addAll(List.of(ps));
        return this;
    }

    public String html() {
        StringBuilder s = new StringBuilder(doctype ? "<!doctype html>" : "").append("<html><head><meta charset=\"utf-8\"><title>").append(title)
                .append("</title><meta property=\"og:site_name\" content=\"").append(siteName).append("\">");
        if (published != null) s.append("<meta property=\"article:published_time\" content=\"").append(published).append("\">");
        s.append("</head><body><article>");
        if (headline) s.append("<h1>").append(title).append("</h1>");
        for (String p : paragraphs) s.append("<p>").append(p).append("</p>");
        return s.append("</article></body></html>").toString();
    }
}
