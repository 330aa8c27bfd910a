package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Schemes;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleMetadata;
import org.newskg.pipeline.ArticleResult;
import org.newskg.pipeline.Pipeline;
import org.newskg.vocab.NKG;

/** The Java vocabulary matches the OWL file, and article graphs are checked against the SHACL shapes. */
class VocabularyTest {
    private static final String BODY = "\u201CWe will rebuild the harbor before winter, and the tolls will not rise,\u201D said"
            + " Republican Sen. Walter Brandt of Colorado.\n\n"
            + "Rep. Nadia Ferrer, D-Ore., said that hackers had breached the port's payroll servers last week.";
    private static Pipeline pipeline;
    private static ArticleResult result;

    @BeforeAll
    static void mapOneArticle() {
        pipeline = Pipeline.builder().threads(1).build();
        result = pipeline.process(new Article("harbor-1", BODY, ArticleMetadata.empty(null, "txt")));
    }

    @AfterAll
    static void close() { pipeline.close(); }

    private static Graph copyOfArticleGraph() {
        assertTrue(result.ok(), result::errorMessage);
        Graph copy = GraphFactory.createDefaultGraph();
        result.graph().orElseThrow().graph().find().forEachRemaining(copy::add);
        return copy;
    }

    private static Node firstAttribution(Graph g) {
        List<Triple> ts = g.find(Node.ANY, RDF.type.asNode(), NKG.Attribution.asNode()).toList();
        assertFalse(ts.isEmpty(), "the article graph holds no attribution");
        return ts.get(0).getSubject();
    }

    // ------------------------------------------------------------------ Java vocabulary = OWL file

    @Test
    void everyTermOfNkgIsDeclaredInTheOntologyAsClassOrProperty() throws IllegalAccessException {
        Model owl = Schemes.read("/newskg/ontology/newskg.ttl");
        Set<Resource> propertyTypes = Set.of(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Field f : NKG.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) continue;
            Object v = f.get(null);
            if (v instanceof Property p) {
                checked++;
                Resource r = owl.getResource(p.getURI());
                boolean declared = propertyTypes.stream().anyMatch(t -> owl.contains(r, RDF.type, t));
                if (!declared) missing.add("property " + f.getName() + " <" + p.getURI() + ">");
            } else if (v instanceof Resource c) {
                checked++;
                if (!owl.contains(owl.getResource(c.getURI()), RDF.type, OWL.Class)) missing.add("class " + f.getName() + " <" + c.getURI() + ">");
            }
        }
        assertTrue(checked > 40, "found only " + checked + " terms in NKG");
        assertTrue(missing.isEmpty(), () -> "not declared in newskg.ttl: " + missing);
    }

    @Test
    void fieldNameOfEveryNkgTermIsItsLocalName() throws IllegalAccessException {
        for (Field f : NKG.class.getFields()) {
            Object v = f.get(null);
            if (v instanceof Resource r) assertEquals(NKG.NS + f.getName(), r.getURI(), f.getName());
        }
    }

    @Test
    void everyNkgClassOrPropertyOfTheOntologyIsInTheJavaVocabulary() throws IllegalAccessException {
        Model owl = Schemes.read("/newskg/ontology/newskg.ttl");
        Set<String> java = new java.util.HashSet<>();
        for (Field f : NKG.class.getFields()) if (f.get(null) instanceof Resource r) java.add(r.getURI());
        List<String> extra = new ArrayList<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            owl.listResourcesWithProperty(RDF.type, type).forEachRemaining(r -> {
                if (r.isURIResource() && r.getURI().startsWith(NKG.NS) && !java.contains(r.getURI())) extra.add(r.getURI());
            });
        }
        assertTrue(extra.isEmpty(), () -> "declared in newskg.ttl but missing from NKG: " + extra);
    }

    // ------------------------------------------------------------------ SHACL

    @Test
    void mappedArticleGraphConformsToTheShapes() {
        Graph g = copyOfArticleGraph();
        assertTrue(g.contains(Node.ANY, RDF.type.asNode(), NKG.Attribution.asNode()), "an attribution was mapped");
        assertTrue(g.contains(Node.ANY, NKG.memberOf.asNode(), Node.ANY), "a membership was mapped");
        List<String> v = ShapeCheck.bundled().violations(g);
        assertTrue(v.isEmpty(), () -> String.join("\n", v));
    }

    @Test
    void mappedQuotedTextIsExactlyTheBodyBetweenStartAndEndInCodePoints() {
        Graph g = copyOfArticleGraph();
        for (Triple t : g.find(Node.ANY, RDF.type.asNode(), NKG.Attribution.asNode()).toList()) {
            Node at = t.getSubject();
            int start = Integer.parseInt(g.find(at, NKG.start.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
            int end = Integer.parseInt(g.find(at, NKG.end.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
            String quoted = g.find(at, NKG.quotedText.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
            int[] cps = BODY.codePoints().toArray();
            assertEquals(new String(cps, start, end - start), quoted);
        }
    }

    @Test
    void attributionWhoseStartIsAfterItsEndViolatesTheShapes() {
        Graph g = copyOfArticleGraph();
        Node at = firstAttribution(g);
        Triple start = g.find(at, NKG.start.asNode(), Node.ANY).next();
        Triple end = g.find(at, NKG.end.asNode(), Node.ANY).next();
        int e = Integer.parseInt(end.getObject().getLiteralLexicalForm());
        g.delete(start);
        g.add(Triple.create(at, NKG.start.asNode(), NodeFactory.createLiteralDT(Integer.toString(e + 5), XSDDatatype.XSDinteger)));
        List<String> v = ShapeCheck.bundled().violations(g);
        assertFalse(v.isEmpty(), "start > end must violate the shapes");
        assertTrue(v.stream().anyMatch(s -> s.contains(at.getURI())), () -> String.join("\n", v));
    }

    @Test
    void attributionWithoutItsClaimViolatesTheShapes() {
        Graph g = copyOfArticleGraph();
        Node at = firstAttribution(g);
        g.find(at, NKG.claim.asNode(), Node.ANY).toList().forEach(g::delete);
        List<String> v = ShapeCheck.bundled().violations(g);
        assertFalse(v.isEmpty(), "an attribution without nkg:claim must violate the shapes");
        assertTrue(v.stream().anyMatch(s -> s.contains(at.getURI()) && s.contains("claim")), () -> String.join("\n", v));
    }

    @Test
    void speakerTypedAsNeitherPersonNorOrganizationViolatesTheShapes() {
        Graph g = copyOfArticleGraph();
        Node at = firstAttribution(g);
        Node stranger = NodeFactory.createURI(NKG.ID + "thing/harbor-crane");
        g.find(at, NKG.speaker.asNode(), Node.ANY).toList().forEach(g::delete);
        g.add(Triple.create(at, NKG.speaker.asNode(), stranger));
        assertFalse(ShapeCheck.bundled().violations(g).isEmpty());
    }

    @Test
    void membershipInAPartyOutsideTheSchemeViolatesTheShapes() {
        Graph g = copyOfArticleGraph();
        Triple m = g.find(Node.ANY, NKG.memberOf.asNode(), Node.ANY).next();
        g.add(Triple.create(m.getSubject(), NKG.memberOf.asNode(), NodeFactory.createURI(NKG.PARTY + "harbor-party")));
        assertFalse(ShapeCheck.bundled().violations(g).isEmpty());
    }

    @Test
    void decimalConfidenceTypedAsDoubleViolatesTheShapes() {
        Graph g = copyOfArticleGraph();
        Node at = firstAttribution(g);
        Triple c = g.find(at, NKG.confidence.asNode(), Node.ANY).next();
        g.delete(c);
        g.add(Triple.create(at, NKG.confidence.asNode(), NodeFactory.createLiteralDT("0.9", XSDDatatype.XSDdouble)));
        assertFalse(ShapeCheck.bundled().violations(g).isEmpty());
    }

    @Test
    void everySpeakerInTheMappedGraphIsTypedPersonOrOrganization() {
        Graph g = copyOfArticleGraph();
        for (Triple t : g.find(Node.ANY, NKG.speaker.asNode(), Node.ANY).toList()) {
            Node sp = t.getObject();
            assertTrue(g.contains(sp, RDF.type.asNode(), NKG.Person.asNode()) || g.contains(sp, RDF.type.asNode(), NKG.Organization.asNode()),
                    sp::toString);
        }
    }

    @Test
    void theTopicAndPartySchemesConformToTheirShapes() {
        java.util.List<String> v = ShapeCheck.schemeViolations();
        org.junit.jupiter.api.Assertions.assertTrue(v.isEmpty(), () -> String.join("\n", v));
    }
}
