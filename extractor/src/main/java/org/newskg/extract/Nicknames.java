package org.newskg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Given-name equivalences from {@code newskg/names/nicknames.tsv}: "Steve" and "Steven"; "Ash" and "Ashton".
 * A formal name and its unambiguous short forms form one class, and the class's alphabetically first formal name
 * stands for it in identity keys, so the key does not depend on which form an outlet printed. Only given
 * names are compared this way; a surname must always match as written.
 */
public final class Nicknames {
    private static final Map<String, String> CLASS_OF = load();

    private Nicknames() {}

    private static Map<String, String> load() {
        Map<String, String> parent = new HashMap<>();
        Map<String, Boolean> formal = new HashMap<>();
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        try (InputStream in = Nicknames.class.getResourceAsStream("/newskg/names/nicknames.tsv")) {
            if (in == null) throw new IllegalStateException("newskg/names/nicknames.tsv is not on the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                rows.add(cols);
                formal.put(cols[0].strip(), true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A short form listed under two formal names ("pat": Patricia, Patrick; "chris": Christina, Christopher)
        // says nothing about which one is meant: it joins neither, or Patrick Leahy would become a Patricia.
        Map<String, Integer> heads = new HashMap<>();
        for (String[] cols : rows)
            if (cols.length > 1) for (String v : cols[1].split(",")) heads.merge(v.strip(), 1, Integer::sum);
        for (String[] cols : rows) {
            String head = cols[0].strip();
            union(parent, head, head);
            if (cols.length > 1) for (String v : cols[1].split(",")) {
                String nick = v.strip();
                if (heads.get(nick) == 1 && !formal.containsKey(nick)) union(parent, head, nick);
                else union(parent, nick, nick);
            }
        }
        // Representative: the alphabetically first formal name of each class.
        Map<String, String> rep = new HashMap<>();
        for (String n : parent.keySet()) {
            String root = find(parent, n);
            if (formal.containsKey(n)) rep.merge(root, n, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        Map<String, String> out = new HashMap<>();
        for (String n : parent.keySet()) out.put(n, rep.getOrDefault(find(parent, n), find(parent, n)));
        return Map.copyOf(out);
    }

    private static String find(Map<String, String> p, String x) {
        p.putIfAbsent(x, x);
        while (!p.get(x).equals(x)) x = p.get(x);
        return x;
    }

    private static void union(Map<String, String> p, String a, String b) {
        String ra = find(p, a), rb = find(p, b);
        if (!ra.equals(rb)) p.put(rb, ra);
    }

    private static String norm(String g) { return g.toLowerCase(Locale.ROOT).replace(".", ""); }

    public static boolean sameGivenName(String a, String b) { return canonicalGiven(a).equals(canonicalGiven(b)); }

    /** The class representative of a given name, lowercase; a name the table does not know stands for itself. */
    public static String canonicalGiven(String given) {
        String g = norm(given);
        return CLASS_OF.getOrDefault(g, g);
    }
}
