package org.newskg.derive;

import java.time.LocalDate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** The terms the derived layer writes, and the one way it adds a triple to a graph. */
final class Triples {
    private Triples() {}

    static Node uri(String s) { return NodeFactory.createURI(s); }

    static Node str(String s) { return NodeFactory.createLiteralString(s); }

    static Node integer(long i) { return NodeFactory.createLiteralDT(Long.toString(i), XSDDatatype.XSDinteger); }

    static Node date(LocalDate d) { return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate); }

    static void add(Graph g, String s, Property p, Node o) { g.add(Triple.create(uri(s), p.asNode(), o)); }

    static void add(Graph g, String s, Property p, Resource o) { g.add(Triple.create(uri(s), p.asNode(), o.asNode())); }
}
