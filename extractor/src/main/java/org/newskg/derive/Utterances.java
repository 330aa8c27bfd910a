package org.newskg.derive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.vocabulary.RDF;
import org.newskg.resolve.ClaimText;
import org.newskg.vocab.NKG;

/**
 * A block's claims by store-wide speaker, and inside each speaker's claims the utterances (claims that report one
 * occasion, {@link UtteranceMatcher}) and the parts (a claim printed word for word inside a longer one). Writes
 * each claim's speaker and representative text, each speaker's claim count (utterances and lone claims) and
 * article summary, and each utterance with its summary.
 */
final class Utterances {
    private static final IdentityRules RULES = IdentityRules.CURRENT;

    /** A claim's text as its utterance shows it: the longest wording, then the first in code-point order. */
    private static final Comparator<String> LONGEST_TEXT = Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder());

    private Utterances() {}

    /** One claim of one speaker, over all the articles that credit it to them. */
    private static final class ClaimInfo {
        final String claim;
        String text = "";
        boolean direct;
        final Set<String> articles = new TreeSet<>();

        ClaimInfo(String claim) { this.claim = claim; }
    }

    /** Writes the claims of the block; returns the number of utterances. */
    static int write(Graph g, BlockFacts f, Map<String, String> resolvesTo, Publications pubs) {
        Map<String, Map<String, ClaimInfo>> bySpeaker = new TreeMap<>();
        for (BlockFacts.ClaimUse c : f.claims()) {
            String speaker = resolvesTo.getOrDefault(c.speaker(), c.speaker());
            ClaimInfo info = bySpeaker.computeIfAbsent(speaker, k -> new TreeMap<>()).computeIfAbsent(c.claim(), ClaimInfo::new);
            if (LONGEST_TEXT.compare(c.text(), info.text) > 0) info.text = c.text();
            info.articles.add(c.article());
            info.direct |= c.direct();
        }
        int utterances = 0;
        for (var e : bySpeaker.entrySet()) utterances += speaker(g, e.getKey(), new ArrayList<>(e.getValue().values()), pubs);
        return utterances;
    }

    private static int speaker(Graph g, String speaker, List<ClaimInfo> claims, Publications pubs) {
        List<UtteranceMatcher.Text> texts = claims.stream().map(c -> UtteranceMatcher.analyse(c.text)).toList();
        for (int[] p : UtteranceMatcher.parts(texts)) Triples.add(g, claims.get(p[0]).claim, NKG.partOf, Triples.uri(claims.get(p[1]).claim));
        boolean[] direct = new boolean[claims.size()];
        for (int i = 0; i < direct.length; i++) direct[i] = claims.get(i).direct;
        List<TreeSet<LocalDate>> dates = claims.stream().map(c -> pubs.dates(c.articles)).toList();
        int[] group = UtteranceMatcher.group(texts, direct, (x, y) -> near(dates.get(x), dates.get(y)));
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < group.length; i++) groups.computeIfAbsent(group[i], k -> new ArrayList<>()).add(i);
        Set<String> speakerArticles = new TreeSet<>();
        for (ClaimInfo c : claims) speakerArticles.addAll(c.articles);
        int utterances = 0;
        for (List<Integer> members : groups.values()) {
            Set<String> articles = new TreeSet<>();
            for (int m : members) articles.addAll(claims.get(m).articles);
            if (articles.size() < 2 || !occasion(members, texts, pubs, articles)) continue;
            utterances++;
            String u = DerivedIris.utterance(claims.get(members.get(0)).claim);
            Triples.add(g, u, RDF.type, NKG.Utterance);
            Triples.add(g, u, NKG.utteredBy, Triples.uri(speaker));
            ClaimInfo rep = members.stream().map(claims::get).max(Comparator.comparing((ClaimInfo c) -> c.text, LONGEST_TEXT)).orElseThrow();
            Triples.add(g, u, NKG.representativeText, Triples.str(ClaimText.display(rep.text)));
            Triples.add(g, u, NKG.claimCount, Triples.integer(members.size()));
            Summaries.articles(g, u, articles, pubs);
            for (int m : members) Triples.add(g, claims.get(m).claim, NKG.utterance, Triples.uri(u));
        }
        Triples.add(g, speaker, NKG.claimCount, Triples.integer(groups.size()));
        Summaries.articles(g, speaker, speakerArticles, pubs);
        for (ClaimInfo c : claims) {
            Triples.add(g, c.claim, NKG.utteredBy, Triples.uri(speaker));
            Triples.add(g, c.claim, NKG.representativeText, Triples.str(ClaimText.display(c.text)));
        }
        for (String a : speakerArticles) Triples.add(g, speaker, NKG.quotedIn, Triples.uri(a));
        return utterances;
    }

    /** Whether two claims were printed within {@link IdentityRules#matchWindowDays} of each other; undated claims may be. */
    private static boolean near(TreeSet<LocalDate> a, TreeSet<LocalDate> b) {
        if (a.isEmpty() || b.isEmpty()) return true;
        int days = RULES.matchWindowDays();
        for (LocalDate d : a) {
            LocalDate lo = b.ceiling(d.minusDays(days));
            if (lo != null && !lo.isAfter(d.plusDays(days))) return true;
        }
        return false;
    }

    /**
     * Whether a group of claims reads as one occasion reported by several articles: words enough to be a statement
     * rather than a catchword or a title ({@link IdentityRules#minUtteranceWords}), and articles within
     * {@link IdentityRules#occasionSpanDays} of each other. A claim's node is its speaker and normalized text, so
     * one line repeated in April and July is one node; it is a line, not an utterance, and gets none.
     */
    private static boolean occasion(List<Integer> members, List<UtteranceMatcher.Text> texts, Publications pubs, Set<String> articles) {
        int words = 0;
        for (int m : members) words = Math.max(words, texts.get(m).content().size());
        if (words < RULES.minUtteranceWords()) return false;
        TreeSet<LocalDate> d = pubs.dates(articles);
        return d.isEmpty() || !d.last().isAfter(d.first().plusDays(RULES.occasionSpanDays()));
    }
}
