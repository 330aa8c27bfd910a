package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.vocab.NKG;

/**
 * Replacing a graph writes only the difference (a busy speaker's derived graph is large and changes little), so
 * these check that the graph afterwards is exactly the new one: triples kept, dropped and added, a value TDB2
 * stores by value in another lexical form, and the text index still one document per indexed quad.
 */
class ReplaceGraphTest {
    @TempDir Path tmp;

    private static final String G = "https://w3id.org/newskg/graph/derived/alcott";
    private static final Node MARA = NodeFactory.createURI("https://w3id.org/newskg/id/person/mara-alcott");

    @Test
    void theGraphBecomesExactlyTheNewOneAndTheIndexStaysInStep() {
        Graph first = graph(
                Triple.create(MARA, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Mara Alcott")),
                Triple.create(MARA, SKOS.altLabel.asNode(), NodeFactory.createLiteralString("Alcott")),
                Triple.create(MARA, NKG.claimCount.asNode(), NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger)),
                Triple.create(MARA, NKG.attributionCount.asNode(), NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger)));
        Graph second = graph(
                Triple.create(MARA, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Mara Alcott")),
                Triple.create(MARA, SKOS.altLabel.asNode(), NodeFactory.createLiteralString("M. Alcott")),
                Triple.create(MARA, NKG.claimCount.asNode(), NodeFactory.createLiteralDT("4", XSDDatatype.XSDinteger)),
                // The same stored value as before, written in another lexical form.
                Triple.create(MARA, NKG.attributionCount.asNode(), NodeFactory.createLiteralDT("07", XSDDatatype.XSDinteger)));
        Path dir = tmp.resolve("db");
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            store.replaceGraph(G, first);
            assertEquals(stored(first), stored(store));
            store.replaceGraph(G, second);
            Set<String> now = stored(store);
            assertEquals(4, now.size(), now.toString());
            assertTrue(now.contains(MARA.getURI() + " " + SKOS.altLabel.getURI() + " M. Alcott"), now.toString());
            assertFalse(now.stream().anyMatch(s -> s.endsWith(" Alcott") && s.contains(SKOS.altLabel.getURI()) && !s.endsWith("M. Alcott")), now.toString());
            assertTrue(now.contains(MARA.getURI() + " " + NKG.claimCount.getURI() + " 4"), now.toString());
            assertTrue(now.contains(MARA.getURI() + " " + NKG.attributionCount.getURI() + " 7"), now.toString());
            store.replaceGraph(G, GraphFactory.createDefaultGraph());
            assertEquals(Set.of(), stored(store));
            store.replaceGraph(G, second);
        }
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            assertFalse(store.indexRebuilt(), "the text index holds one document per indexed quad after the replacements");
            assertEquals(4, stored(store).size());
        }
    }

    private static Graph graph(Triple... ts) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Triple t : ts) g.add(t);
        return g;
    }

    private static Set<String> stored(Graph g) {
        Set<String> out = new HashSet<>();
        g.find().forEachRemaining(t -> out.add(t.getSubject().getURI() + " " + t.getPredicate().getURI() + " "
                + (t.getObject().isLiteral() ? t.getObject().getLiteralValue().toString() : t.getObject().toString())));
        return out;
    }

    private static Set<String> stored(Tdb2Store store) {
        return Txn.calculateRead(store.dataset(), () -> stored(store.dataset().getGraph(NodeFactory.createURI(G))));
    }
}
