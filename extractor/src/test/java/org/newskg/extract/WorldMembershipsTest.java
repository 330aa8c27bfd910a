package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleMetadata;
import org.newskg.nlp.Analyzer;
import org.newskg.nlp.NlpModels;

/**
 * Party membership as the press of many countries states it: sentences written in the styles of British, Indian,
 * Australian, Canadian and other outlets ({@code world-memberships.tsv}), each with the memberships it states
 * and nothing else, run through the real nlp and extract stages with the outlet's URL and name.
 */
class WorldMembershipsTest {
    static final String FIXTURE = "world-memberships.tsv";
    static final String PARTY = "https://w3id.org/newskg/party/";

    record Case(String id, Optional<String> url, Optional<String> outlet, Set<String> expected, String text) {}

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                WorldMembershipsTest.class.getResourceAsStream(FIXTURE), StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                if (header) { header = false; continue; }
                String[] f = line.split("\t", -1);
                if (f.length != 5) throw new IllegalStateException(FIXTURE + ": 5 columns expected: " + line);
                Set<String> expected = new TreeSet<>();
                for (String e : f[3].split("\\|")) if (!e.isBlank()) expected.add(e.strip());
                out.add(new Case(f[0], opt(f[1]), opt(f[2]), expected, f[4]));
            }
        }
        return out;
    }

    private static Optional<String> opt(String s) { return s.isBlank() || s.equals("-") ? Optional.empty() : Optional.of(s); }

    /** "Name=party-slug" for each membership the extractor finds (its live person entities only). */
    static Set<String> extract(Analyzer analyzer, Extractor extractor, Case c) {
        return memberships(run(analyzer, extractor, c));
    }

    static Extraction run(Analyzer analyzer, Extractor extractor, Case c) {
        ArticleMetadata meta = new ArticleMetadata(c.outlet(), c.url(), Optional.empty(), Optional.empty(), Optional.empty(), null, "txt");
        return extractor.extract(analyzer.analyze(new Article(c.id(), c.text(), meta)));
    }

    /** The persons the extractor found, for a failure message. */
    static String persons(Extraction x) {
        List<String> out = new ArrayList<>();
        for (Mention m : x.mentions())
            if (m.kind() == Mention.Kind.PERSON) out.add("[" + m.title() + "|" + m.name() + "]");
        return String.join(" ", out);
    }

    static Set<String> memberships(Extraction x) {
        Set<String> got = new TreeSet<>();
        for (Membership m : x.memberships())
            got.add(x.entity(m.entity()).name() + "=" + m.party().substring(PARTY.length()));
        return got;
    }

    @Test
    void precisionAndRecallOnSentencesInTheStylesOfTheWorldsPress() throws IOException {
        Analyzer analyzer = new Analyzer(NlpModels.defaults());
        Extractor extractor = new Extractor(Schemes.bundled());
        List<Case> cases = cases();
        int tp = 0, fp = 0, fn = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            Extraction x = run(analyzer, extractor, c);
            Set<String> got = memberships(x);
            int before = misses.size();
            for (String g : got) if (c.expected().contains(g)) tp++; else { fp++; misses.add(c.id() + ": wrong " + g); }
            for (String e : c.expected()) if (!got.contains(e)) { fn++; misses.add(c.id() + ": missed " + e); }
            if (misses.size() > before) misses.add("    persons " + persons(x));
        }
        double p = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        double r = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        System.out.printf("world memberships: %d sentences, %d stated; tp %d fp %d fn %d; precision %.3f recall %.3f%n",
                cases.size(), tp + fn, tp, fp, fn, p, r);
        misses.forEach(s -> System.out.println("  " + s));
        assertTrue(cases.size() >= 40, "at least 40 sentences");
        assertTrue(p >= 0.95, () -> String.format("precision %.3f < 0.95: %s", p, misses));
        assertTrue(r >= 0.85, () -> String.format("recall %.3f < 0.85: %s", r, misses));
    }
}
