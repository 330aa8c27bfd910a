package org.newskg.ingest.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Why a page has no article text, in words a user can check against the page. */
public final class NoArticle {
    private static final Pattern REFRESH_URL = Pattern.compile("(?i)url\\s*=\\s*['\"]?([^'\"\\s>]+)");
    private static final Pattern SCRIPT_REDIRECT = Pattern.compile("(?:location\\.href|location\\.replace|window\\.location)\\s*[=(]\\s*['\"\\\\]+([^'\"\\\\]+)");

    private NoArticle() {}

    public static String reason(Document doc) {
        Element refresh = doc.selectFirst("meta[http-equiv~=(?i)refresh][content]");
        if (refresh != null) {
            Matcher m = REFRESH_URL.matcher(refresh.attr("content"));
            if (m.find()) return "it redirects to " + m.group(1) + " (meta refresh)";
        }
        if (doc.selectFirst("frameset") != null) {
            List<String> frames = doc.select("frame[src]").eachAttr("src");
            return "it is a frameset; its text is in the frames' pages" + (frames.isEmpty() ? "" : " (" + String.join(", ", frames) + ")");
        }
        Element body = doc.body().clone();
        body.select("script, style, noscript, template").remove();
        List<BlockText.Block> blocks = BlockText.blocks(body);
        int words = 0, linkWords = 0, longest = 0;
        for (BlockText.Block b : blocks) {
            int w = words(b.text());
            words += w;
            if (b.linkDensity() > ParagraphRun.MAX_LINK_DENSITY) linkWords += w;
            longest = Math.max(longest, w);
        }
        if (words == 0) {
            for (Element s : doc.select("script")) {
                Matcher m = SCRIPT_REDIRECT.matcher(s.data());
                if (m.find()) return "its body has no text; a script sends the reader to " + m.group(1);
            }
            return doc.select("script").isEmpty() ? "its body has no text" : "its body has no text; scripts build what a browser shows";
        }
        if (linkWords == words) return String.format(Locale.ROOT, "its %d words of text are all in links (navigation, lists of stories)", words);
        return String.format(Locale.ROOT, "its %d words of text hold no paragraph of prose (the longest block has %d words)", words, longest);
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }
}
