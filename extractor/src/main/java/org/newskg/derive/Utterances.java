package org.newskg.derive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.newskg.derive.units.Pieces;
import org.newskg.derive.units.PrintedQuote;
import org.newskg.derive.units.SpeakerUtterances;
import org.newskg.derive.units.UtteranceFinder;
import org.newskg.resolve.ClaimText;
import org.newskg.vocab.NKG;

/**
 * A block's claims by store-wide speaker, and inside each speaker's claims the utterances that the unit rules find
 * ({@link UtteranceFinder}): each with its claims, its sentence units and every article's words of them
 * ({@code nkg:Unit}, {@code nkg:UnitVersion}), and why its claims are one ({@code nkg:UtteranceJoin}: the rule and
 * its score), and the parts (a claim printed inside a sentence of a longer one of the same utterance). Writes each
 * claim's speaker and representative text, and each speaker's claim count (utterances and claims outside one) and
 * article summary.
 */
final class Utterances {
    private static final IdentityRules RULES = IdentityRules.CURRENT;

    /** A claim's text as its utterance shows it: the longest wording, then the first in code-point order. */
    private static final Comparator<String> LONGEST_TEXT = Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder());

    private Utterances() {}

    /** Writes the claims of the block; returns the number of utterances. */
    static int write(Graph g, BlockFacts f, Map<String, String> resolvesTo, Publications pubs) {
        Map<String, List<BlockFacts.ClaimUse>> bySpeaker = new TreeMap<>();
        for (BlockFacts.ClaimUse c : f.claims()) bySpeaker.computeIfAbsent(resolvesTo.getOrDefault(c.speaker(), c.speaker()), k -> new ArrayList<>()).add(c);
        // One finder per block: its word cache serves every speaker of the block.
        UtteranceFinder finder = new UtteranceFinder(RULES.utterances());
        int utterances = 0;
        for (var e : bySpeaker.entrySet()) utterances += speaker(g, e.getKey(), e.getValue(), pubs, finder);
        return utterances;
    }

    private static int speaker(Graph g, String speaker, List<BlockFacts.ClaimUse> uses, Publications pubs, UtteranceFinder finder) {
        Map<String, String> textOf = new TreeMap<>();
        Set<String> speakerArticles = new TreeSet<>();
        List<PrintedQuote> quotes = new ArrayList<>();
        for (BlockFacts.ClaimUse c : uses) {
            textOf.merge(c.claim(), c.text(), (a, b) -> LONGEST_TEXT.compare(a, b) >= 0 ? a : b);
            speakerArticles.add(c.article());
            quotes.add(new PrintedQuote(c.claim(), c.article(), pubs.date(c.article()), c.text(), c.direct(), Pieces.of(c.text(), c.start(), c.pieces().stream().map(x -> new int[] {x.start(), x.end()}).toList())));
        }
        SpeakerUtterances found = finder.find(quotes);
        for (SpeakerUtterances.Part p : found.parts()) Triples.add(g, p.part(), NKG.partOf, Triples.uri(p.whole()));
        int inUtterances = 0;
        for (SpeakerUtterances.Utterance u : found.utterances()) {
            inUtterances += u.claims().size();
            String iri = DerivedIris.utterance(u.claims().get(0));
            Triples.add(g, iri, RDF.type, NKG.Utterance);
            Triples.add(g, iri, NKG.utteredBy, Triples.uri(speaker));
            String rep = u.claims().stream().map(textOf::get).max(LONGEST_TEXT).orElseThrow();
            Triples.add(g, iri, NKG.representativeText, Triples.str(ClaimText.display(rep)));
            Triples.add(g, iri, NKG.claimCount, Triples.integer(u.claims().size()));
            Summaries.articles(g, iri, u.articles(), pubs);
            for (String c : u.claims()) Triples.add(g, c, NKG.utterance, Triples.uri(iri));
            units(g, iri, u);
            for (SpeakerUtterances.Join j : u.joins()) {
                String join = DerivedIris.join(j.claim(), j.other());
                Triples.add(g, join, RDF.type, NKG.UtteranceJoin);
                Triples.add(g, join, NKG.inUtterance, Triples.uri(iri));
                Triples.add(g, join, NKG.rule, Triples.str(j.rule().id()));
                Triples.add(g, join, NKG.score, score(j.score()));
                Triples.add(g, join, NKG.joins, Triples.uri(j.claim()));
                Triples.add(g, join, NKG.joins, Triples.uri(j.other()));
            }
        }
        Triples.add(g, speaker, NKG.claimCount, Triples.integer(found.utterances().size() + textOf.size() - inUtterances));
        Summaries.articles(g, speaker, speakerArticles, pubs);
        textOf.forEach((c, text) -> {
            Triples.add(g, c, NKG.utteredBy, Triples.uri(speaker));
            Triples.add(g, c, NKG.representativeText, Triples.str(ClaimText.display(text)));
        });
        for (String a : speakerArticles) Triples.add(g, speaker, NKG.quotedIn, Triples.uri(a));
        return found.utterances().size();
    }

    /**
     * A score to three places in the canonical form of xsd:decimal ("1.0", "0.667"), the form TDB2 gives back: a
     * graph written and read again compares equal to one derived afresh.
     */
    static org.apache.jena.graph.Node score(double score) {
        BigDecimal d = BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.scale() < 1) d = d.setScale(1);
        return NodeFactory.createLiteralDT(d.toPlainString(), XSDDatatype.XSDdecimal);
    }

    /** The utterance's sentence units, each with every article's words of it and where they stand. */
    private static void units(Graph g, String utterance, SpeakerUtterances.Utterance u) {
        for (SpeakerUtterances.Unit unit : u.units()) {
            String iri = DerivedIris.unit(unit.id());
            Triples.add(g, iri, RDF.type, NKG.Unit);
            Triples.add(g, iri, NKG.inUtterance, Triples.uri(utterance));
            for (SpeakerUtterances.Version v : unit.versions()) {
                String version = DerivedIris.unitVersion(iri, v.article(), v.start());
                Triples.add(g, version, RDF.type, NKG.UnitVersion);
                Triples.add(g, version, NKG.unit, Triples.uri(iri));
                Triples.add(g, version, NKG.claim, Triples.uri(v.claim()));
                Triples.add(g, version, NKG.article, Triples.uri(v.article()));
                Triples.add(g, version, NKG.start, Triples.integer(v.start()));
                Triples.add(g, version, NKG.end, Triples.integer(v.end()));
                Triples.add(g, version, NKG.quotedText, Triples.str(v.text()));
            }
        }
    }
}
