package org.newskg.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The byline a page shows ("By Sam Okafor", "By Ana Ortiz and Lee Chan, Staff Writers") when its metadata names no
 * author: the names in it. A line counts as a byline only in the shape of one: "By" and one to four names of two to
 * four capitalised words, then at most a role, an outlet or a date; "By the time the ferry left" is not one.
 */
public final class Byline {
    /** Elements that publishers mark as the byline or the author's name. */
    private static final String MARKED = "[rel=author], [itemprop=author], [class~=(?i)(^|[\\s_-])(byline|by-line|author|authors|author-?name|writer)($|[\\s_-])]";
    /** How many blocks after the headline a bare "By ..." line may stand and still be its byline. */
    static final int MAX_BLOCKS_AFTER_HEADLINE = 6;
    /** A byline is short; a longer block is a sentence that starts with "By". */
    static final int MAX_LENGTH = 120;

    private static final String PARTICLE = "(?:de|da|del|della|di|du|van|von|der|den|la|le|bin|ibn|al|el|ter|dos|das)";
    private static final String WORD = "(?:\\p{Lu}[\\p{L}'\u2019-]*\\.?|\\p{Lu}\\.)";
    /** A name: two to four capitalised words or initials, with particles between them ("Ana de la Cruz"). */
    private static final String NAME = WORD + "(?:\\s+(?:" + PARTICLE + "\\s+){0,2}" + WORD + "){1,3}";
    private static final Pattern LINE = Pattern.compile("^(?i:by)[:\\s]\\s*(" + NAME + "(?:\\s*(?:,|&|\\band\\b)\\s*" + NAME + "){0,3})"
            + "(?:\\s*(?:[,|\u2013\u2014\u00b7\u2022/-]|\\bin\\b|\\bfor\\b|\\bon\\b|\\(|\\d|(?i:updated|published|posted)\\b|$).*)?$");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|&|\\band\\b)\\s*");
    /** Words that end a byline's names rather than being one: roles and outlets that follow "By Name," without a comma. */
    private static final Set<String> NOT_NAMES = Set.of("staff", "writer", "reporter", "correspondent", "editor", "associated",
            "press", "reuters", "updated", "published", "posted", "the", "and");

    private Byline() {}

    /** The names in a byline line, or none if the line is not one. */
    public static List<String> names(String line) {
        String s = BlockText.normalize(line).strip();
        if (s.isEmpty() || s.length() > MAX_LENGTH) return List.of();
        Matcher m = LINE.matcher(s);
        if (!m.matches()) return List.of();
        List<String> out = new ArrayList<>();
        for (String n : SPLIT.split(m.group(1))) {
            String name = n.strip();
            if (name.isEmpty()) continue;
            // "By Sam Okafor, Staff Writer", "By Sam Okafor Updated 5 May": the names end where a role, an outlet or a
            // time stamp begins.
            String[] w = name.split("\\s+");
            int k = 0;
            while (k < w.length && !NOT_NAMES.contains(w[k].toLowerCase(Locale.ROOT))) k++;
            if (k < 2) break;
            name = String.join(" ", java.util.Arrays.asList(w).subList(0, k));
            if (!out.contains(name)) out.add(name);
            if (k < w.length) break;
        }
        return out;
    }

    /**
     * The authors a page's byline names: a block marked as the byline or the author (class, {@code rel},
     * {@code itemprop}), else a "By" line among the blocks just after the headline.
     */
    public static List<String> find(Document doc, Optional<String> title) {
        if (doc.body() == null) return List.of();
        for (Element e : doc.body().select(MARKED)) {
            String t = e.text();
            List<String> n = names(t);
            // A marked element may hold the names alone.
            if (n.isEmpty() && t.length() <= 60 && !t.isBlank()) n = names("By " + t);
            if (!n.isEmpty()) return n;
        }
        List<BlockText.Block> blocks = BlockText.blocks(doc.body());
        int h = Headline.index(blocks, doc, title);
        if (h < 0) return List.of();
        for (int i = h + 1; i < blocks.size() && i <= h + MAX_BLOCKS_AFTER_HEADLINE; i++) {
            List<String> n = names(blocks.get(i).text());
            if (!n.isEmpty()) return n;
        }
        return List.of();
    }
}
