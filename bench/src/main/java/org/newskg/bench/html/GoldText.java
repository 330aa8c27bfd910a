package org.newskg.bench.html;

import org.jsoup.Jsoup;
import org.newskg.ingest.html.BlockText;

/**
 * A set's reference text as plain paragraphs. Hand-cleaned sets keep markup in their references: CleanEval and
 * CleanPortalEval a {@code URL:} line and {@code <p>}, {@code <h>}, {@code <l>} marks with HTML entities, Readability's
 * test pages the expected HTML, Dragnet the reader comments after a separator line. Left in, the marks' letters
 * would count as words of the article.
 */
final class GoldText {
    /** Dragnet's line between the article and its comments; only the article is the reference. */
    static final String DRAGNET_COMMENTS = "!@#$%^&*()  COMMENTS";

    private GoldText() {}

    static String clean(String raw) {
        String s = raw;
        int comments = s.indexOf(DRAGNET_COMMENTS);
        if (comments >= 0) s = s.substring(0, comments);
        s = s.replaceFirst("^\\s*URL:[^\\n]*\\n", "");
        return BlockText.text(Jsoup.parseBodyFragment(s).body());
    }
}
