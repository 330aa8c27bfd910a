package org.newskg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The newskg vocabulary, a leaf every stage may use ({@code ontology/newskg.ttl}); a test checks every term here against the OWL file. */
public final class NKG {
    private NKG() {}

    public static final String NS = "https://w3id.org/newskg/ontology#";
    public static final String ID = "https://w3id.org/newskg/id/";
    public static final String TOPIC = "https://w3id.org/newskg/topic/";
    public static final String PARTY = "https://w3id.org/newskg/party/";
    /** The graph holding per-article load records (hash, extractor version); not an article graph. */
    public static final String META_GRAPH = "https://w3id.org/newskg/graph/meta";

    private static Resource r(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    public static final Resource Article = r("Article");
    public static final Resource Outlet = r("Outlet");
    public static final Resource Agent = r("Agent");
    public static final Resource Person = r("Person");
    public static final Resource Organization = r("Organization");
    public static final Resource Party = r("Party");
    public static final Resource Place = r("Place");
    public static final Resource Claim = r("Claim");
    public static final Resource Topic = r("Topic");
    public static final Resource Attribution = r("Attribution");
    public static final Resource Piece = r("Piece");
    public static final Resource MembershipEvidence = r("MembershipEvidence");
    public static final Resource TopicAssignment = r("TopicAssignment");
    public static final Resource Utterance = r("Utterance");
    public static final Resource Unit = r("Unit");
    public static final Resource UnitVersion = r("UnitVersion");
    public static final Resource UtteranceJoin = r("UtteranceJoin");
    public static final Resource Day = r("Day");
    public static final Resource OutletCoverage = r("OutletCoverage");
    public static final Resource TopicCoverage = r("TopicCoverage");
    public static final Resource CoQuotation = r("CoQuotation");
    public static final Resource PartyTopic = r("PartyTopic");

    public static final Property said = p("said");
    public static final Property about = p("about");
    public static final Property memberOf = p("memberOf");
    public static final Property mentions = p("mentions");
    public static final Property partOf = p("partOf");
    public static final Property publishedBy = p("publishedBy");

    public static final Property articleId = p("articleId");
    public static final Property title = p("title");
    public static final Property published = p("published");
    public static final Property url = p("url");
    public static final Property byline = p("byline");
    public static final Property contentHash = p("contentHash");
    public static final Property extractorVersion = p("extractorVersion");
    public static final Property linksBuiltFrom = p("linksBuiltFrom");

    // Article graphs: the name as the article prints it, and the block that store-wide identity is decided in.
    public static final Property nameInArticle = p("nameInArticle");
    public static final Property resolutionKey = p("resolutionKey");

    // The derived layer (org.newskg.derive): store-wide identity and the summaries built on it.
    public static final Property resolvesTo = p("resolvesTo");
    public static final Property utterance = p("utterance");
    public static final Property inUtterance = p("inUtterance");
    public static final Property unit = p("unit");
    public static final Property rule = p("rule");
    public static final Property joins = p("joins");
    public static final Property claimCount = p("claimCount");
    public static final Property articleCount = p("articleCount");
    public static final Property outletCount = p("outletCount");
    public static final Property firstSeen = p("firstSeen");
    public static final Property lastSeen = p("lastSeen");
    public static final Property derivedFrom = p("derivedFrom");
    public static final Property utteredBy = p("utteredBy");
    public static final Property representativeText = p("representativeText");
    public static final Property attributionCount = p("attributionCount");
    public static final Property quotedIn = p("quotedIn");
    public static final Property day = p("day");
    public static final Property date = p("date");
    public static final Property agent = p("agent");
    public static final Property outlet = p("outlet");
    public static final Property partner = p("partner");
    public static final Property rank = p("rank");
    public static final Property claimRank = p("claimRank");
    public static final Property outletRank = p("outletRank");
    public static final Property speakerCount = p("speakerCount");

    public static final Property text = p("text");

    public static final Property claim = p("claim");
    public static final Property speaker = p("speaker");
    public static final Property article = p("article");
    public static final Property quotedText = p("quotedText");
    public static final Property piece = p("piece");
    public static final Property start = p("start");
    public static final Property end = p("end");
    public static final Property direct = p("direct");
    public static final Property confidence = p("confidence");
    public static final Property cue = p("cue");
    public static final Property cueLemma = p("cueLemma");
    public static final Property speakerText = p("speakerText");
    public static final Property sentence = p("sentence");
    public static final Property sieve = p("sieve");

    public static final Property person = p("person");
    public static final Property party = p("party");
    public static final Property evidence = p("evidence");
    public static final Property pattern = p("pattern");

    public static final Property topic = p("topic");
    public static final Property score = p("score");
    public static final Property matchedWord = p("matchedWord");

    public static final Property keyword = p("keyword");
    public static final Property adjective = p("adjective");
    public static final Property memberNoun = p("memberNoun");
    public static final Property abbreviation = p("abbreviation");
    public static final Property country = p("country");

    // The explorer's summaries in the derived layer: per node and day, printed names, party memberships, ranked lists.
    public static final Resource SpeakerDay = r("SpeakerDay");
    public static final Resource OutletDay = r("OutletDay");
    public static final Resource TopicDay = r("TopicDay");
    public static final Resource PrintedName = r("PrintedName");
    public static final Resource PartyMembership = r("PartyMembership");
    public static final Property perDay = p("perDay");
    public static final Property lists = p("lists");
    public static final Property nameAsPrinted = p("nameAsPrinted");
    public static final Property latestEvidence = p("latestEvidence");
    public static final Property speakerRank = p("speakerRank");
    public static final Property memberRank = p("memberRank");
}
