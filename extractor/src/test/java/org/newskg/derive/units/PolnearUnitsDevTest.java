package org.newskg.derive.units;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newskg.store.Tdb2Store;

/**
 * The unit rules against the hand-checked PolNeAR pairs without a reload: reads the claims of a store that already
 * holds PolNeAR train+dev ({@code -Dnewskg.units.polnear.db=DIR}, loaded by any version of newskg), runs the finder
 * per store-wide speaker and prints, for the judged pairs, how many merges judged right it keeps and which pairs
 * judged different it merges. Skipped without the property; {@code PolnearUtterancePairsTest} is the check that runs
 * the derivation itself.
 */
class PolnearUnitsDevTest {
    record Claim(String claim, String article, int start, int end) {}

    @Test
    void reportTheJudgedPairs() throws Exception {
        String db = System.getProperty("newskg.units.polnear.db");
        Assumptions.assumeTrue(db != null, "skipped: -Dnewskg.units.polnear.db=DIR names no PolNeAR store");
        Map<String, List<PrintedQuote>> bySpeaker = new TreeMap<>();
        Map<String, List<Claim>> byArticle = new HashMap<>();
        try (Tdb2Store store = Tdb2Store.open(Path.of(db))) {
            var rows = store.select(QueryFactory.create("""
                    PREFIX nkg: <https://w3id.org/newskg/ontology#>
                    SELECT ?id ?art ?date ?speaker ?claim ?text ?direct ?start ?end ?printed WHERE {
                      GRAPH ?art { ?a a nkg:Attribution ; nkg:claim ?claim ; nkg:speaker ?s ; nkg:direct ?direct ; nkg:start ?start ;
                                      nkg:end ?end ; nkg:quotedText ?printed . ?claim nkg:text ?text . ?art nkg:articleId ?id
                                   OPTIONAL { ?art nkg:published ?date } }
                      ?s nkg:resolvesTo ?speaker }"""));
            rows.forEachRemaining(b -> {
                String text = b.get("text").getLiteralLexicalForm();
                int start = Integer.parseInt(b.get("start").getLiteralLexicalForm());
                Optional<LocalDate> date = Optional.ofNullable(b.get("date")).map(n -> LocalDate.parse(n.getLiteralLexicalForm().substring(0, 10)));
                String art = b.get("art").getURI(), claim = b.get("claim").getURI();
                bySpeaker.computeIfAbsent(b.get("speaker").getURI(), k -> new ArrayList<>()).add(new PrintedQuote(claim, art, date, text,
                        "true".equals(b.get("direct").getLiteralLexicalForm()), Pieces.of(text, b.get("printed").getLiteralLexicalForm(), start)));
                byArticle.computeIfAbsent(b.get("id").getLiteralLexicalForm(), k -> new ArrayList<>())
                        .add(new Claim(claim, art, start, Integer.parseInt(b.get("end").getLiteralLexicalForm())));
            });
        }
        Map<String, String> textOf = new HashMap<>();
        bySpeaker.values().forEach(l -> l.forEach(q -> textOf.putIfAbsent(q.claim(), q.text() + " [" + q.article().substring(q.article().lastIndexOf('/') + 1, q.article().lastIndexOf('/') + 26) + "]")));
        boolean list = Boolean.getBoolean("newskg.units.report");
        Map<String, String> utterance = new HashMap<>();
        Map<String, Integer> rules = new TreeMap<>();
        long t0 = System.nanoTime();
        int utterances = 0;
        for (List<PrintedQuote> q : bySpeaker.values()) {
            for (SpeakerUtterances.Utterance u : new UtteranceFinder(UnitRules.DEFAULT).find(q).utterances()) {
                utterances++;
                for (String c : u.claims()) utterance.put(c, u.claims().get(0));
                for (SpeakerUtterances.Join j : u.joins()) {
                    rules.merge(j.rule().id(), 1, Integer::sum);
                    if (list) {
                        System.out.printf("JOIN %-10s %.2f%n    %s%n    %s%n", j.rule().id(), j.score(), cut(textOf.get(j.claim())), cut(textOf.get(j.other())));
                    }
                }
            }
        }
        System.out.printf("PolNeAR: %d speakers, %d utterances in %.1f s; joins by rule %s%n", bySpeaker.size(), utterances,
                (System.nanoTime() - t0) / 1e9, rules);
        int kept = 0, recorded = 0, sameFound = 0, same = 0, differentMerged = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/org/newskg/derive/polnear-utterance-pairs.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("status")) continue;
                String[] f = line.split("\t", -1);
                String u1 = utteranceAt(byArticle, utterance, f[4], Integer.parseInt(f[5]), Integer.parseInt(f[6]));
                String u2 = utteranceAt(byArticle, utterance, f[7], Integer.parseInt(f[8]), Integer.parseInt(f[9]));
                boolean merged = u1 != null && u1.equals(u2);
                if (f[0].equals("merged") && f[1].equals("same")) {
                    recorded++;
                    if (merged) kept++;
                    else System.out.println("LOST  " + line);
                }
                if (f[1].equals("same")) {
                    same++;
                    if (merged) sameFound++;
                }
                if (f[1].equals("different") && merged) {
                    differentMerged++;
                    System.out.println((f[0].equals("merged") ? "KNOWN " : "WRONG ") + line);
                }
            }
        }
        System.out.printf("PolNeAR pairs: %d/%d merges judged right kept; %d/%d pairs judged same merged; %d pairs judged different merged%n",
                kept, recorded, sameFound, same, differentMerged);
    }

    private static String cut(String s) {
        s = s.replace('\n', ' ');
        return s.length() > 230 ? s.substring(0, 200) + " ... " + s.substring(s.length() - 30) : s;
    }

    private static String utteranceAt(Map<String, List<Claim>> byArticle, Map<String, String> utterance, String id, int s, int e) {
        int best = 0;
        String out = null;
        for (Claim c : byArticle.getOrDefault(id, List.of())) {
            int ov = Math.min(e, c.end) - Math.max(s, c.start);
            if (ov > best) {
                best = ov;
                out = utterance.get(c.claim);
            }
        }
        return out;
    }
}
