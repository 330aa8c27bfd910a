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
 * Given-name equivalences from {@code newskg/names/nicknames.tsv}: "Steve", "Steven" and "Stephen"; "Ash" and
 * "Ashton". Names linked through any row form one class, and the class's alphabetically first formal name
 * stands for it in identity keys, so the key does not depend on which form an outlet printed. Only given
 * names are compared this way; a surname must always match as written.
 */
public final class Nicknames {
    private static final Map<String, String> CLASS_OF = load();

    private Nicknames() {}

    private static Map<String, String> load() {
        Map<String, String> parent = new HashMap<>();
        Map<String, Boolean> formal = new HashMap<>();
        try (InputStream in = Nicknames.class.getResourceAsStream("/newskg/names/nicknames.tsv")) {
            if (in == null) throw new IllegalStateException("newskg/names/nicknames.tsv is not on the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                String head = cols[0].strip();
                formal.put(head, true);
                union(parent, head, head);
                if (cols.length > 1) for (String v : cols[1].split(",")) union(parent, head, v.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
