package org.newskg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.extract.Attribution;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extractor;
import org.newskg.extract.Membership;
import org.newskg.extract.TextSpan;
import org.newskg.extract.TopicMatch;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleMetadata;
import org.newskg.resolve.Names;
import org.newskg.resolve.ResolvedArticle;
import org.newskg.vocab.NKG;

/**
 * One article's triples, for the named graph whose name is the article's IRI. Offsets become Unicode code points
 * here, once, because that is what the graph promises researchers and what the scorer counts.
 */
public final class GraphMapper {
    /** A claim is {@code about} a topic from this score on; weaker matches stay as scored assignments only. */
    public static final double ABOUT_THRESHOLD = 0.25;
    private static final Property SCHEMA_AUTHOR = org.apache.jena.rdf.model.ResourceFactory.createProperty("https://schema.org/author");

    public record ArticleGraph(String articleId, String graphIri, Graph graph) {}

    public ArticleGraph map(ResolvedArticle r) {
        Extraction x = r.extraction();
        Article article = x.analyzed().article();
        String body = article.body();
        Graph g = GraphFactory.createDefaultGraph();
        Node art = uri(Iris.article(article.id()));
        add(g, art, RDF.type, NKG.Article);
        add(g, art, NKG.articleId, str(article.id()));
        add(g, art, NKG.contentHash, str(article.contentHash()));
        add(g, art, NKG.extractorVersion, str(Extractor.VERSION));
        ArticleMetadata md = article.metadata();
        md.title().ifPresent(t -> add(g, art, NKG.title, str(t)));
        md.author().ifPresent(t -> add(g, art, NKG.byline, str(t)));
        md.url().ifPresent(u -> add(g, art, NKG.url, NodeFactory.createLiteralDT(u, XSDDatatype.XSDanyURI)));
        md.published().flatMap(GraphMapper::date).ifPresent(d -> add(g, art, NKG.published, d));
        md.outlet().ifPresent(o -> {
            Node out = uri(Iris.outlet(o));
            add(g, art, NKG.publishedBy, out);
            add(g, out, RDF.type, NKG.Outlet);
            add(g, out, SKOS.prefLabel, str(o));
        });

        Set<Integer> used = new HashSet<>();
        Map<String, Integer> iriUse = new HashMap<>();
        // One preferred label per node and one text per claim: two spellings in one article ("U.N.", "UN") or
        // one quote printed twice must not give a node two names.
        Labels labels = new Labels();
        // The people the page names as its authors: persons of the graph (keyed as the resolver keys speakers, so
        // a reporter quoted elsewhere is one node), linked by schema:author only, never as speakers of a claim.
        for (String name : md.authors()) {
            String printed = Names.printed(name);
            String key = Names.personKey(name);
            if (printed.isBlank() || key.isBlank()) continue;
            Node person = uri(Iris.key(Names.personIriKey(key, article.id())));
            add(g, art, SCHEMA_AUTHOR, person);
            add(g, person, RDF.type, NKG.Person);
            add(g, person, NKG.resolutionKey, str(Names.surnameBlock(key)));
            labels.printed(person, printed);
        }
        Set<Node> claimsWithText = new HashSet<>();
        for (ResolvedArticle.Claim c : r.claims()) {
            Attribution a = x.attributions().get(c.attribution());
            int start = article.codePointOffset(a.span().start());
            int end = article.codePointOffset(a.span().end());
            String aIri = Iris.attribution(article.id(), start, end);
            int n = iriUse.merge(aIri, 1, Integer::sum);
            if (n > 1) aIri = aIri + "-" + n;
            Node at = uri(aIri);
            Node claim = uri(Iris.key(c.key()));
            add(g, claim, RDF.type, NKG.Claim);
            if (claimsWithText.add(claim)) add(g, claim, NKG.text, str(c.text()));
            add(g, at, RDF.type, NKG.Attribution);
            add(g, at, NKG.claim, claim);
            add(g, at, NKG.article, art);
            // A quotation in pieces ('"A," she said, "B."') quotes the pieces, not its own attribution between them: the
            // quoted text joins them, and each piece keeps its own span for a reader to check and highlight.
            add(g, at, NKG.quotedText, str(a.claimText(body)));
            add(g, at, NKG.start, integer(start));
            add(g, at, NKG.end, integer(end));
            if (a.pieces().size() > 1) {
                for (int i = 0; i < a.pieces().size(); i++) {
                    TextSpan p = a.pieces().get(i);
                    Node piece = uri(Iris.piece(aIri, i + 1));
                    add(g, at, NKG.piece, piece);
                    add(g, piece, RDF.type, NKG.Piece);
                    add(g, piece, NKG.start, integer(article.codePointOffset(p.start())));
                    add(g, piece, NKG.end, integer(article.codePointOffset(p.end())));
                    add(g, piece, NKG.quotedText, str(p.of(body)));
                }
            }
            add(g, at, NKG.direct, NodeFactory.createLiteralDT(Boolean.toString(a.direct()), XSDDatatype.XSDboolean));
            add(g, at, NKG.confidence, decimal(a.confidence()));
            add(g, at, NKG.sieve, str(a.sieve().id()));
            add(g, at, NKG.sentence, str(a.sentence().of(body).strip()));
            add(g, at, NKG.extractorVersion, str(Extractor.VERSION));
            a.cue().ifPresent(cue -> {
                add(g, at, NKG.cue, str(cue.text()));
                add(g, at, NKG.cueLemma, str(cue.lemma()));
            });
            ResolvedArticle.Agent sp = r.agents().get(a.speaker());
            if (sp != null) {
                Node speaker = uri(Iris.key(sp.key()));
                add(g, at, NKG.speaker, speaker);
                add(g, speaker, NKG.said, claim);
                used.add(a.speaker());
                a.speakerMention().ifPresent(m -> add(g, at, NKG.speakerText, str(body.substring(m.surfaceStart(), m.end()))));
            }
            for (TopicMatch t : x.topics()) {
                if (t.attribution() != c.attribution()) continue;
                Node topic = uri(t.topic());
                Node ta = uri(Iris.topicAssignment(aIri, t.topic()));
                add(g, ta, RDF.type, NKG.TopicAssignment);
                add(g, ta, NKG.claim, claim);
                add(g, ta, NKG.topic, topic);
                add(g, ta, NKG.article, art);
                add(g, ta, NKG.score, decimal(t.score()));
                for (String w : t.matchedWords()) add(g, ta, NKG.matchedWord, str(w));
                if (t.score() >= ABOUT_THRESHOLD) add(g, claim, NKG.about, topic);
            }
            for (Extraction.ClaimMention m : x.claimMentions()) {
                if (m.attribution() != c.attribution()) continue;
                if (m.place()) {
                    Node place = uri(Iris.place(m.name()));
                    add(g, place, RDF.type, NKG.Place);
                    labels.add(place, m.name());
                    add(g, claim, NKG.mentions, place);
                } else if (r.agents().containsKey(m.entity())) {
                    add(g, claim, NKG.mentions, uri(Iris.key(r.agents().get(m.entity()).key())));
                    used.add(m.entity());
                }
            }
        }
        for (Membership m : x.memberships()) {
            ResolvedArticle.Agent p = r.agents().get(m.entity());
            if (p == null || !p.isPerson()) continue;
            used.add(m.entity());
            Node person = uri(Iris.key(p.key()));
            Node party = uri(m.party());
            add(g, person, NKG.memberOf, party);
            int start = article.codePointOffset(m.evidence().start());
            int end = article.codePointOffset(m.evidence().end());
            Node ev = uri(Iris.membership(article.id(), start, end, m.party()));
            add(g, ev, RDF.type, NKG.MembershipEvidence);
            add(g, ev, NKG.person, person);
            add(g, ev, NKG.party, party);
            add(g, ev, NKG.article, art);
            add(g, ev, NKG.evidence, str(m.evidence().of(body)));
            add(g, ev, NKG.start, integer(start));
            add(g, ev, NKG.end, integer(end));
            add(g, ev, NKG.pattern, str(m.pattern()));
            add(g, ev, NKG.extractorVersion, str(Extractor.VERSION));
        }
        for (int id : used) {
            ResolvedArticle.Agent a = r.agents().get(id);
            Node n = uri(Iris.key(a.key()));
            add(g, n, RDF.type, a.isPerson() ? NKG.Person : NKG.Organization);
            add(g, n, NKG.resolutionKey, str(a.block()));
            // An agent's store-wide name is chosen by the derived layer among what every article prints; an
            // article graph only says how this article prints it, so no query has to pick among article labels.
            labels.printed(n, a.name());
            for (String v : a.variants()) labels.alt(n, v);
        }
        labels.writeTo(g);
        return new ArticleGraph(article.id(), Iris.article(article.id()), g);
    }

    /** Names per node: the longest (then alphabetically first) is preferred, the others are alternatives. */
    private static final class Labels {
        private final Map<Node, java.util.TreeSet<String>> pref = new java.util.LinkedHashMap<>();
        private final Map<Node, java.util.TreeSet<String>> alt = new java.util.LinkedHashMap<>();

        void add(Node n, String label) { pref.computeIfAbsent(n, k -> new java.util.TreeSet<>()).add(label.strip()); }

        private final Map<Node, java.util.TreeSet<String>> printed = new java.util.LinkedHashMap<>();

        void alt(Node n, String label) { alt.computeIfAbsent(n, k -> new java.util.TreeSet<>()).add(label.strip()); }

        void printed(Node n, String label) { printed.computeIfAbsent(n, k -> new java.util.TreeSet<>()).add(label.strip()); }

        void writeTo(Graph g) {
            write(g, pref, SKOS.prefLabel);
            write(g, printed, NKG.nameInArticle);
        }

        private void write(Graph g, Map<Node, java.util.TreeSet<String>> pref, Property main) {
            for (var e : pref.entrySet()) {
                String best = e.getValue().stream()
                        .max(java.util.Comparator.comparingInt(String::length).thenComparing(java.util.Comparator.reverseOrder())).orElseThrow();
                GraphMapper.add(g, e.getKey(), main, str(best));
                java.util.TreeSet<String> others = new java.util.TreeSet<>(e.getValue());
                others.addAll(alt.getOrDefault(e.getKey(), new java.util.TreeSet<>()));
                others.remove(best);
                for (String o : others) if (!o.isBlank()) GraphMapper.add(g, e.getKey(), SKOS.altLabel, str(o));
            }
        }
    }

    /**
     * xsd:date or xsd:dateTime from what manifests and pages carry; anything else is left out rather than mistyped.
     * Java reads more than XML Schema allows ("2026-04-02T09:00:00z", a lower-case zone): such a value is written in
     * its canonical form, and one XML Schema rejects even so is left out.
     */
    static Optional<Node> date(String s) {
        String v = s.strip();
        try {
            LocalDate.parse(v);
            return XSDDatatype.XSDdate.isValid(v) ? Optional.of(NodeFactory.createLiteralDT(v, XSDDatatype.XSDdate)) : Optional.empty();
        } catch (DateTimeParseException e) {
            // not a plain date
        }
        try {
            OffsetDateTime t = OffsetDateTime.parse(v);
            String lexical = XSDDatatype.XSDdateTime.isValid(v) ? v : t.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return XSDDatatype.XSDdateTime.isValid(lexical) ? Optional.of(NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdateTime))
                    : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Node uri(String s) { return NodeFactory.createURI(s); }

    private static Node str(String s) { return NodeFactory.createLiteralString(s); }

    private static Node integer(int i) { return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger); }

    private static Node decimal(double d) {
        return NodeFactory.createLiteralDT(BigDecimal.valueOf(d).setScale(3, RoundingMode.HALF_UP).toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static void add(Graph g, Node s, Property p, Node o) { g.add(Triple.create(s, p.asNode(), o)); }

    private static void add(Graph g, Node s, Property p, Resource o) { g.add(Triple.create(s, p.asNode(), o.asNode())); }

}
