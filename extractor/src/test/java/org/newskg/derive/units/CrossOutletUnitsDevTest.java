package org.newskg.derive.units;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newskg.resolve.ClaimText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The development loop of the unit rules on real text, with attribution taken as solved: every gold quote of
 * {@code ../shared/eval/crossoutlet-dev} becomes a claim of its gold speaker (one claim per speaker and normalized text,
 * as the extractor mints them), the finder runs per speaker, and the report says, per rule, how many joins it made,
 * how many of them join quotes of one gold unit (right), of one occasion but not one unit, or of two occasions
 * (wrong), and how many gold groups end up as one utterance. It reads ids, offsets and the texts in place, and copies
 * nothing. Run it alone to read the report:
 * {@code mvn -q -pl extractor -am test -Dtest=CrossOutletUnitsDevTest -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.skip}
 * ({@code -Dnewskg.units.report=true} lists every join and every group left apart, with the gold's texts, on the console).
 */
class CrossOutletUnitsDevTest {
    record Gold(String id, String article, String speaker, int start, int end, Set<String> units, String occasion) {}

    @Test
    void joinsOnTheDevSetAreOfOneOccasionAndMostGroupsAreOneUtterance() throws Exception {
        Path dir = Path.of(System.getProperty("newskg.shared", "../../shared")).resolve("eval/crossoutlet-dev");
        Assumptions.assumeTrue(Files.exists(dir.resolve("gold.json")), () -> "skipped: " + dir.toAbsolutePath().normalize() + " is absent");
        boolean list = Boolean.getBoolean("newskg.units.report");
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("gold.json").toFile());
        Map<String, Optional<LocalDate>> dates = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("id")) continue;
            Optional<LocalDate> d = Optional.empty();
            try {
                d = Optional.of(LocalDate.parse(f[4]));
            } catch (RuntimeException e) {
                // "2025-01" or empty: an undated article, near every other
            }
            dates.put(f[0], d);
        }
        Map<String, String> texts = new HashMap<>();
        Map<String, Gold> quotes = new TreeMap<>();
        Map<String, List<PrintedQuote>> bySpeaker = new TreeMap<>();
        Map<String, List<Gold>> byClaim = new HashMap<>();
        for (JsonNode q : gold.get("quotes")) {
            String article = q.get("article").asText();
            String body = texts.computeIfAbsent(article, a -> read(dir.resolve(a + ".txt")));
            int s = q.get("start").asInt(), e = q.get("end").asInt();
            String text = body.substring(body.offsetByCodePoints(0, s), body.offsetByCodePoints(0, e));
            Set<String> units = new HashSet<>();
            q.get("units").forEach(u -> units.add(u.asText()));
            String occasion = units.isEmpty() ? "" : gold.get("claim_units").get(units.iterator().next()).get("occasion").asText();
            Gold g = new Gold(q.get("id").asText(), article, q.get("speaker").asText(), s, e, units, occasion);
            quotes.put(g.id, g);
            String norm = ClaimText.normalize(text);
            if (norm.isEmpty()) continue;
            String claim = "claim/" + g.speaker + "/" + ClaimText.hash(norm);
            byClaim.computeIfAbsent(claim, k -> new ArrayList<>()).add(g);
            bySpeaker.computeIfAbsent(g.speaker, k -> new ArrayList<>()).add(PrintedQuote.whole(claim, article, dates.get(article), text, true, s));
        }
        Map<String, String> utteranceOf = new HashMap<>();
        Map<String, String> ruleOf = new HashMap<>();
        Map<String, int[]> perRule = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        int wrongUtterances = 0, joins = 0, otherOccasion = 0;
        for (var e : bySpeaker.entrySet()) {
            SpeakerUtterances found = new UtteranceFinder(UnitRules.DEFAULT).find(e.getValue());
            for (SpeakerUtterances.Utterance u : found.utterances()) {
                Set<String> occasions = new HashSet<>();
                for (String c : u.claims()) {
                    utteranceOf.put(c, u.claims().get(0));
                    for (Gold g : byClaim.get(c)) if (!g.occasion.isEmpty()) occasions.add(g.occasion);
                }
                if (occasions.size() > 1) {
                    wrongUtterances++;
                    lines.add("WRONG utterance of " + e.getKey() + " spans " + occasions);
                }
                for (SpeakerUtterances.Join j : u.joins()) {
                    ruleOf.put(j.claim() + " " + j.other(), j.rule().id());
                    ruleOf.put(j.other() + " " + j.claim(), j.rule().id());
                    int[] r = perRule.computeIfAbsent(j.rule().id(), k -> new int[3]);
                    int verdict = verdict(byClaim.get(j.claim()), byClaim.get(j.other()));
                    r[verdict]++;
                    joins++;
                    if (verdict == 2) otherOccasion++;
                    if (list) {
                        lines.add(String.format("%-10s %.2f %s | %s%n    %s%n    %s", j.rule().id(), j.score(), new String[] {"unit", "occasion", "WRONG"}[verdict],
                                e.getKey(), show(byClaim.get(j.claim()).get(0), texts), show(byClaim.get(j.other()).get(0), texts)));
                    }
                }
            }
        }
        int groups = 0, merged = 0;
        for (JsonNode g : gold.get("same_claims")) {
            groups++;
            Set<String> utts = new HashSet<>();
            boolean all = true;
            for (JsonNode m : g.get("members")) {
                Gold q = quotes.get(m.get("article").asText() + "@" + m.get("start").asInt());
                String claim = claimOf(byClaim, q);
                // As the scorer counts: one claim node is one, with or without an utterance.
                String u = claim == null ? null : utteranceOf.getOrDefault(claim, claim);
                all &= u != null;
                utts.add(u);
            }
            boolean one = all && utts.size() == 1;
            if (one) merged++;
            else if (list) {
                StringBuilder b = new StringBuilder("APART " + g.get("id").asText() + " (" + g.get("speaker").asText() + ")");
                for (JsonNode m : g.get("members")) {
                    Gold q = quotes.get(m.get("article").asText() + "@" + m.get("start").asInt());
                    String claim = claimOf(byClaim, q);
                    String u = claim == null ? null : utteranceOf.getOrDefault(claim, claim);
                    b.append("\n    ").append(u == null ? "-" : u.substring(u.length() - 6)).append(" ").append(show(q, texts));
                }
                lines.add(b.toString());
            }
        }
        // Recall over pairs: every two quotes of one gold unit in different articles, and the rule that joined their
        // claims directly (or "several" when they are one utterance through other claims).
        Map<String, Integer> pairsByRule = new TreeMap<>();
        int pairs = 0, pairsMerged = 0;
        List<Gold> all = new ArrayList<>(quotes.values());
        for (int x = 0; x < all.size(); x++) {
            for (int y = x + 1; y < all.size(); y++) {
                Gold a = all.get(x), b = all.get(y);
                if (a.article.equals(b.article) || !a.speaker.equals(b.speaker) || a.units.stream().noneMatch(b.units::contains)) continue;
                pairs++;
                String ca = claimOf(byClaim, a), cb = claimOf(byClaim, b);
                if (ca == null || cb == null) continue;
                String ua = utteranceOf.getOrDefault(ca, ca), ub = utteranceOf.getOrDefault(cb, cb);
                if (!ua.equals(ub)) continue;
                pairsMerged++;
                pairsByRule.merge(ca.equals(cb) ? "one claim" : ruleOf.getOrDefault(ca + " " + cb, "several"), 1, Integer::sum);
            }
        }
        lines.forEach(System.out::println);
        System.out.println("gold pairs (two articles' quotes of one unit): " + pairs + ", in one utterance " + pairsMerged + ", joined directly by " + pairsByRule);
        System.out.println("crossoutlet-dev, gold attribution: same-claim groups in one utterance " + merged + "/" + groups
                + "; utterances spanning two occasions " + wrongUtterances);
        perRule.forEach((rule, r) -> System.out.printf("  rule %-10s joins %3d: same unit %3d, same occasion %3d, other occasion %d%n",
                rule, r[0] + r[1] + r[2], r[0], r[1], r[2]));
        // Measured when the rules were set: 4 of 208 joins (a two-word catchphrase in the statement it recurs in, and
        // one line of a TV interview aligned with the written statement of the same day), 57 of 63 groups.
        assertTrue(otherOccasion <= 0.03 * joins, otherOccasion + " of " + joins + " joins join two occasions");
        assertTrue(merged >= 0.88 * groups, merged + " of " + groups + " groups are one utterance");
    }

    private static String claimOf(Map<String, List<Gold>> byClaim, Gold q) {
        for (var e : byClaim.entrySet()) if (e.getValue().contains(q)) return e.getKey();
        return null;
    }

    /** 0: the two claims print one gold unit; 1: units of one occasion; 2: two occasions. */
    private static int verdict(List<Gold> a, List<Gold> b) {
        int best = 2;
        for (Gold x : a) {
            for (Gold y : b) {
                for (String u : x.units) if (y.units.contains(u)) return 0;
                if (!x.occasion.isEmpty() && x.occasion.equals(y.occasion)) best = 1;
            }
        }
        return best;
    }

    private static String show(Gold q, Map<String, String> texts) {
        String body = texts.get(q.article);
        String t = body.substring(body.offsetByCodePoints(0, q.start), body.offsetByCodePoints(0, q.end)).replace('\n', ' ');
        return q.article.substring(0, Math.min(28, q.article.length())) + " " + q.units + " \"" + (t.length() > 110 ? t.substring(0, 110) + "..." : t) + "\"";
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
