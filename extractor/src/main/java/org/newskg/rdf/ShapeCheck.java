package org.newskg.rdf;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.newskg.extract.Schemes;

/**
 * Validates each article's graph against {@code ontology/shapes.ttl} before it is written anywhere. The schemes
 * are part of the data graph because topics and parties are typed there, not in the article graph.
 */
public final class ShapeCheck {
    private final Shapes shapes;
    private final Graph schemes;
    private final ShaclValidator validator;

    public ShapeCheck(Shapes shapes, Graph schemes) {
        this.shapes = shapes;
        this.schemes = schemes;
        // A validator of our own rather than ShaclValidator.get(), the process-wide one.
        this.validator = new org.apache.jena.shacl.validation.ShaclPlainValidator();
    }

    /**
     * The bundled shapes for article graphs. The shapes that target the schemes' own concepts (nkg:Topic,
     * nkg:Party) are left untargeted here: the schemes do not change between articles, so checking their
     * hundred concepts again for every article would only cost time; {@link #schemeViolations()} checks them.
     */
    public static ShapeCheck bundled() {
        Graph shapesGraph = Schemes.bundledGraph("/newskg/ontology/shapes.ttl");
        Graph perArticle = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        shapesGraph.find().forEachRemaining(t -> {
            boolean schemeTarget = t.getPredicate().getURI().equals("http://www.w3.org/ns/shacl#targetClass")
                    && (t.getObject().equals(org.newskg.vocab.NKG.Topic.asNode()) || t.getObject().equals(org.newskg.vocab.NKG.Party.asNode()));
            if (!schemeTarget) perArticle.add(t);
        });
        Graph schemes = new Union(Schemes.bundledGraph(Schemes.PARTIES), Schemes.bundledGraph(Schemes.TOPICS));
        return new ShapeCheck(Shapes.parse(perArticle), schemes);
    }

    /** Violations in the topic and party schemes themselves, against all the shapes. */
    public static List<String> schemeViolations() {
        Graph shapesGraph = Schemes.bundledGraph("/newskg/ontology/shapes.ttl");
        Graph schemes = new Union(Schemes.bundledGraph(Schemes.PARTIES), Schemes.bundledGraph(Schemes.TOPICS));
        return new ShapeCheck(Shapes.parse(shapesGraph), org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph()).violations(schemes);
    }

    /** Violations as readable lines, empty when the graph conforms. */
    public List<String> violations(Graph articleGraph) {
        ValidationReport report = validator.validate(shapes, new Union(articleGraph, schemes));
        List<String> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(e.focusNode() + (e.resultPath() == null ? "" : " " + e.resultPath()) + ": " + e.message());
        }
        return out;
    }
}
