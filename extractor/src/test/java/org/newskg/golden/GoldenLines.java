package org.newskg.golden;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.RDF;
import org.newskg.vocab.NKG;

/**
 * Output as golden lines. A redacting instance shows an IRI minted from names or words (persons, organizations,
 * claims, places, outlets, derived blocks) as its kind and a hash, so that a golden file of a real set holds ids,
 * offsets, rule ids and hashes only; article, attribution and membership IRIs are ids and offsets, and topic and
 * party IRIs are newskg's own schemes, so they are shown.
 */
final class GoldenLines {
    private final boolean redact;

    GoldenLines(boolean redact) { this.redact = redact; }

    String iri(Node n) {
        if (n == null) return "-";
        if (!n.isURI()) return redact ? "literal#" + GoldenFile.digest(n.toString()).substring(0, 8) : NodeFmtLib.strNT(n);
        String u = n.getURI();
        if (u.startsWith(NKG.TOPIC)) return "topic:" + u.substring(NKG.TOPIC.length());
        if (u.startsWith(NKG.PARTY)) return "party:" + u.substring(NKG.PARTY.length());
        String local = u.startsWith(NKG.ID) ? u.substring(NKG.ID.length()) : u.startsWith("https://w3id.org/newskg/") ? u.substring(24) : u;
        if (!redact || local.startsWith("attribution/") || local.startsWith("article/") || local.startsWith("membership/")) return local;
        int slash = local.indexOf('/');
        String kind = slash < 0 ? "iri" : local.substring(0, slash);
        return kind + "#" + GoldenFile.digest(u).substring(0, 8);
    }

    /** A graph's digest: its triples as sorted N-Triples, without the version stamps (a bump alone changes no output). */
    static String graphDigest(Graph g) {
        List<String> lines = new ArrayList<>();
        g.find().forEachRemaining(t -> {
            if (!t.getPredicate().equals(NKG.extractorVersion.asNode())) lines.add(nt(t));
        });
        lines.sort(null);
        return GoldenFile.digest(lines);
    }

    static String nt(Triple t) {
        return NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " " + NodeFmtLib.strNT(t.getObject()) + " .";
    }

    /** An article graph as lines: the graph's digest, then its attributions, memberships, topic assignments and agents. */
    List<String> article(String id, Graph g) {
        List<String> out = new ArrayList<>();
        out.add("article " + id + " triples=" + g.size() + " digest=" + graphDigest(g));
        List<String[]> rows = new ArrayList<>();
        for (Node at : subjects(g, NKG.Attribution.asNode())) {
            rows.add(new String[] {pad(one(g, at, NKG.start)), "  attribution " + one(g, at, NKG.start) + "-" + one(g, at, NKG.end)
                    + " sieve=" + one(g, at, NKG.sieve) + " direct=" + one(g, at, NKG.direct) + " conf=" + one(g, at, NKG.confidence)
                    + " cue=" + one(g, at, NKG.cueLemma) + " speaker=" + iri(obj(g, at, NKG.speaker)) + " claim=" + iri(obj(g, at, NKG.claim))});
        }
        for (Node m : subjects(g, NKG.MembershipEvidence.asNode())) {
            rows.add(new String[] {pad(one(g, m, NKG.start)), "  membership " + one(g, m, NKG.start) + "-" + one(g, m, NKG.end)
                    + " pattern=" + one(g, m, NKG.pattern) + " person=" + iri(obj(g, m, NKG.person)) + " party=" + iri(obj(g, m, NKG.party))});
        }
        // A real set's topic assignments are many and stable; its digest covers them.
        for (Node t : redact ? List.<Node>of() : subjects(g, NKG.TopicAssignment.asNode())) {
            rows.add(new String[] {"~" + t.getURI(), "  topic " + iri(t) + " score=" + one(g, t, NKG.score)});
        }
        for (Node kind : List.of(NKG.Person.asNode(), NKG.Organization.asNode())) {
            for (Node a : subjects(g, kind)) {
                rows.add(new String[] {"~~" + iri(a), "  agent " + iri(a) + " " + kind.getLocalName() + " block=" + redactLiteral(obj(g, a, NKG.resolutionKey))});
            }
        }
        rows.sort(Comparator.<String[], String>comparing(r -> r[0]).thenComparing(r -> r[1]));
        for (String[] r : rows) out.add(r[1]);
        return out;
    }

    private String redactLiteral(Node n) {
        if (n == null) return "-";
        return redact ? GoldenFile.digest(n.getLiteralLexicalForm()).substring(0, 8) : n.getLiteralLexicalForm();
    }

    private static String pad(String offset) { return String.format("%10s", offset); }

    static List<Node> subjects(Graph g, Node type) {
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> out.add(t.getSubject()));
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }

    static Node obj(Graph g, Node s, org.apache.jena.rdf.model.Property p) {
        var it = g.find(s, p.asNode(), Node.ANY);
        List<Node> all = new ArrayList<>();
        it.forEachRemaining(t -> all.add(t.getObject()));
        all.sort(Comparator.comparing(Node::toString));
        return all.isEmpty() ? null : all.get(0);
    }

    static String one(Graph g, Node s, org.apache.jena.rdf.model.Property p) {
        Node o = obj(g, s, p);
        return o == null ? "-" : o.isLiteral() ? o.getLiteralLexicalForm() : o.getURI();
    }
}
