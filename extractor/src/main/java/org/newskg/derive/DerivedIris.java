package org.newskg.derive;

import org.newskg.resolve.ClaimText;
import org.newskg.store.SchemeGraphs;
import org.newskg.vocab.NKG;

/**
 * The IRIs of the derived layer: its graphs and the nodes it adds (utterances, coverage and pair nodes, days).
 * {@link org.newskg.rdf.Iris} mints the article graphs' IRIs and points here for these. Like those, every IRI is a
 * function of the IRIs and keys it is made from, never of load order: the same set of claims names the same
 * utterance whatever order the articles came in.
 */
public final class DerivedIris {
    /** Prefix of the block graphs ({@code graph/derived/{block}}). */
    public static final String BLOCK_BASE = SchemeGraphs.BASE + "derived/";
    /** The graph, and node, that records what the layer was derived from. */
    public static final String META = SchemeGraphs.BASE + "derived";
    /** The store-wide ranks and totals. */
    public static final String SUMMARY = SchemeGraphs.BASE + "derived-summary";
    /** Where earlier versions kept the claim links, which now live in the blocks; removed by a rebuild. */
    static final String OLD_CLAIM_LINKS = SchemeGraphs.BASE + "claim-links";
    /** Prefix of the co-quotation pair graphs among the block keys ({@code graph/derived/pairs/{block}}). */
    static final String PAIRS = "pairs/";

    private DerivedIris() {}

    public static String blockGraph(String block) { return BLOCK_BASE + block; }

    public static String pairsGraph(String block) { return BLOCK_BASE + PAIRS + block; }

    /** The block of a block graph's IRI. */
    static String blockOf(String blockGraph) { return blockGraph.substring(BLOCK_BASE.length()); }

    /** An utterance, named after its first claim in code-point order: the same set of claims, the same IRI. */
    static String utterance(String firstClaim) { return NKG.ID + "utterance/" + ClaimText.hash(firstClaim); }

    /** A sentence unit of an utterance, named after its first claim and the sentence's place in it ({@code claim#2}). */
    static String unit(String id) { return NKG.ID + "unit/" + ClaimText.hash(id); }

    /** One article's words of a unit: the unit, the article and where the words start there. */
    static String unitVersion(String unit, String article, int start) { return NKG.ID + "unit-version/" + ClaimText.hash(unit + " " + article + " " + start); }

    /** Why two claims are one utterance: the pair of claims, in code-point order. */
    static String join(String claim, String other) { return NKG.ID + "utterance-join/" + ClaimText.hash(claim + " " + other); }

    static String outletCoverage(String speaker, String outlet) { return NKG.ID + "coverage/" + ClaimText.hash(speaker + " " + outlet); }

    static String topicCoverage(String speaker, String topic) { return NKG.ID + "topic-coverage/" + ClaimText.hash(speaker + " " + topic); }

    static String partyTopic(String party, String topic) { return NKG.ID + "party-topic/" + ClaimText.hash(party + " " + topic); }

    static String coQuotation(String person, String partner) { return NKG.ID + "co-quotation/" + ClaimText.hash(person + " " + partner); }

    /** A day's node, from its key ({@code day/2026-04-02}, {@code day/undated}). */
    static String day(String dayKey) { return NKG.ID + dayKey; }

    /** A store-wide agent's summary of one day ({@code nkg:SpeakerDay}), from the agent and the day's key. */
    static String speakerDay(String agent, String dayKey) { return NKG.ID + "speaker-day/" + ClaimText.hash(agent + " " + dayKey); }

    /** An outlet's articles of one day ({@code nkg:OutletDay}). */
    static String outletDay(String outlet, String dayKey) { return NKG.ID + "outlet-day/" + ClaimText.hash(outlet + " " + dayKey); }

    /** A topic's claims of one day ({@code nkg:TopicDay}). */
    static String topicDay(String topic, String dayKey) { return NKG.ID + "topic-day/" + ClaimText.hash(topic + " " + dayKey); }

    static String printedName(String person, String name) { return NKG.ID + "printed-name/" + ClaimText.hash(person + " " + name); }

    static String partyMembership(String person, String party) { return NKG.ID + "party-membership/" + ClaimText.hash(person + " " + party); }
}
