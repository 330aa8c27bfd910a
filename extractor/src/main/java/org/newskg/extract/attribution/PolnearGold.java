package org.newskg.extract.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * PolNeAR's gold attributions ({@code gold.jsonl} of a split, see {@code ../shared/polnear/README.md}), by
 * article: each content's pieces merged into one span (code points, which equal UTF-16 indices in PolNeAR's
 * texts), its speaker's best name and kind, and whether it is a direct quotation.
 */
public final class PolnearGold {
    /** One gold attribution: its pieces merged ({@code [start, end)} pairs, in order). {@code kind} is person, org, other or unresolved. */
    public record Item(List<int[]> pieces, String speaker, String kind, boolean direct) {
        public Item {
            pieces = List.copyOf(pieces);
        }

        public int length() {
            int n = 0;
            for (int[] p : pieces) n += p[1] - p[0];
            return n;
        }

        /** Whether the scorer counts a speaker for this item: a person or organization with a name. */
        public boolean evaluable() {
            return (kind.equals("person") || kind.equals("org")) && !SpeakerNames.normalized(speaker).isEmpty();
        }

        /** Characters the pieces share with {@code [s, e)}. */
        public int overlap(int s, int e) {
            int n = 0;
            for (int[] p : pieces) n += Math.max(0, Math.min(e, p[1]) - Math.max(s, p[0]));
            return n;
        }

        /** The scorer's match: an overlap of at least half the shorter of the two. */
        public boolean matches(int s, int e) {
            int ov = overlap(s, e);
            return ov > 0 && ov * 2 >= Math.min(e - s, length());
        }
    }

    private PolnearGold() {}

    /** The item a system span {@code [start, end)} matches (the scorer's half-overlap) with the largest overlap, or null. */
    public static Item bestMatch(List<Item> gold, int start, int end) {
        Item best = null;
        int bestOv = 0;
        for (Item g : gold) {
            int ov = g.overlap(start, end);
            if (g.matches(start, end) && ov > bestOv) { best = g; bestOv = ov; }
        }
        return best;
    }

    /** Pieces sorted and joined where they touch or overlap, as the scorer merges them. */
    static List<int[]> merge(List<int[]> spans) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<int[]> out = new ArrayList<>();
        for (int[] p : sorted) {
            if (p[1] <= p[0]) continue;
            if (!out.isEmpty() && p[0] <= out.get(out.size() - 1)[1]) out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], p[1]);
            else out.add(new int[] {p[0], p[1]});
        }
        return out;
    }

    public static Map<String, List<Item>> read(Path goldJsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<Item>> out = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(goldJsonl, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                JsonNode o = json.readTree(line);
                JsonNode spans = o.get("content_spans");
                if (spans == null || !spans.isArray() || spans.isEmpty())
                    throw new IOException(goldJsonl + " line " + n + ": no content_spans");
                List<int[]> raw = new ArrayList<>();
                for (JsonNode p : spans) raw.add(new int[] {p.get(0).asInt(), p.get(1).asInt()});
                out.computeIfAbsent(o.get("article").asText(), k -> new ArrayList<>())
                        .add(new Item(merge(raw), o.path("speaker").asText(""), o.path("speaker_kind").asText(""), o.path("direct").asBoolean()));
            }
        }
        return out;
    }
}
