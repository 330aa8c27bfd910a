package org.newskg.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's headline as the page shows it. Publishers put the outlet's name in {@code <title>} and often in
 * {@code og:title} ("Pier 4 to be rebuilt | Eastport Courier"), while the {@code <h1>} above the article, and mostly
 * the JSON-LD {@code headline}, hold the headline alone. The headline marks where the article starts: its text
 * follows within a few blocks (byline, date, a picture).
 */
public final class Headline {
    /** Separators between a headline and the outlet's or section's name in a title. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|\u2013\u2014:\u00b7\u2022\u00bb\u00ab\u203a\u2039/]|-{1,2}|::)\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    /** A title part shorter than this many words is an outlet or section name, not a headline. */
    private static final int MIN_HEADLINE_WORDS = 3;

    private Headline() {}

    /** The page's {@code <h1>} texts that match its metadata title (equal to it, or to one side of a separator). */
    public static List<String> shown(Document doc, Optional<String> title) {
        List<String> out = new ArrayList<>();
        Set<String> wanted = title.map(Headline::variants).orElse(Set.of());
        for (Element h : doc.select("h1")) {
            String t = BlockText.normalize(h.text()).strip();
            if (!t.isEmpty() && (wanted.contains(key(t)) || title.isEmpty())) out.add(t);
        }
        return out;
    }

    /** The title, and each side of each separator in it that has enough words to be a headline. */
    static Set<String> variants(String title) {
        Set<String> out = new LinkedHashSet<>();
        out.add(key(title));
        for (String side : sides(title)) if (words(side).size() >= MIN_HEADLINE_WORDS) out.add(key(side));
        return out;
    }

    /** Each side of each separator in a title: "A | B | C" gives A, B | C, A | B and C. */
    private static List<String> sides(String title) {
        List<String> out = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(title);
        while (m.find()) {
            out.add(title.substring(0, m.start()).strip());
            out.add(title.substring(m.end()).strip());
        }
        return out;
    }

    /**
     * The headline of a title that carries the outlet's or a section's name ("Pier 4 to be rebuilt | Eastport
     * Courier"): the side of a separator that the page gives alone elsewhere (its {@code <h1>}, another metadata
     * field), else the side that is not the outlet's name; the title as it is when neither tells.
     *
     * @param alone the headline as other sources give it: {@code <h1>} texts, JSON-LD, Open Graph, Twitter
     */
    public static String clean(String title, List<String> alone, Optional<String> outlet) {
        List<String> sides = sides(title);
        if (sides.isEmpty()) return title;
        String whole = key(title);
        for (String a : alone) {
            String k = key(a);
            if (k.isEmpty() || k.equals(whole)) continue;
            for (String side : sides) if (key(side).equals(k)) return side;
        }
        if (outlet.isPresent()) {
            String o = key(outlet.get());
            String compact = o.replace(" ", "");
            // Sides come in pairs, (before, after) each separator: "Headline | Outlet" or "Outlet: Headline".
            for (int i = 0; i < sides.size(); i += 2) {
                String before = sides.get(i), after = sides.get(i + 1);
                if (isOutlet(after, o, compact) && !key(before).isEmpty()) return before;
                if (isOutlet(before, o, compact) && !key(after).isEmpty()) return after;
            }
        }
        return title;
    }

    /** Whether a title's side is the outlet's name, as given or as its domain ("Eastport Courier", "eastportcourier.com"). */
    private static boolean isOutlet(String side, String outletKey, String outletCompact) {
        String k = key(side);
        return !outletKey.isEmpty() && (k.equals(outletKey) || k.replace(" ", "").equals(outletCompact)
                || k.replaceFirst("^www ", "").replaceFirst(" (com|org|net|co uk|com au|co|news)$", "").replace(" ", "").equals(outletCompact));
    }

    /**
     * The index of the block that shows the headline: an {@code <h1>} matching the title, else a block equal to the
     * title or to its headline part; -1 if none.
     */
    public static int index(List<BlockText.Block> blocks, Document doc, Optional<String> title) {
        Set<String> keys = new LinkedHashSet<>();
        for (String h : shown(doc, title)) keys.add(key(h));
        title.ifPresent(t -> keys.addAll(variants(t)));
        keys.remove("");
        for (int i = 0; i < blocks.size(); i++) if (keys.contains(key(blocks.get(i).text()))) return i;
        return -1;
    }

    static String key(String s) {
        return String.join(" ", words(s));
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT));
        return out;
    }
}
