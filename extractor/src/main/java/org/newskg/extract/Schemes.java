package org.newskg.extract;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.vocab.NKG;

/**
 * The party and topic schemes from {@code ontology/}, read once: the words the extractor matches come from the
 * same Turtle that analysts browse, so a keyword added there is a keyword matched here.
 */
public record Schemes(List<PartyConcept> parties, List<TopicConcept> topics) {

    public record PartyConcept(String iri, String label, List<String> adjectives, List<String> memberNouns,
                               List<String> abbreviations, List<String> altLabels, String country) {}

    public record TopicConcept(String iri, String label, List<String> keywords) {}

    public Schemes {
        parties = List.copyOf(parties);
        topics = List.copyOf(topics);
    }

    public static final String PARTIES = "/newskg/ontology/parties.ttl";
    public static final String TOPICS = "/newskg/ontology/topics.ttl";

    private static volatile Schemes bundled;

    public static Schemes bundled() {
        Schemes s = bundled;
        if (s == null) {
            synchronized (Schemes.class) {
                s = bundled;
                if (s == null) bundled = s = load(ModelFactory.createModelForGraph(bundledGraph(PARTIES)),
                        ModelFactory.createModelForGraph(bundledGraph(TOPICS)));
            }
        }
        return s;
    }

    private static final java.util.Map<String, org.apache.jena.graph.Graph> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A bundled Turtle file, parsed once per process: extraction, SHACL and the store's scheme graphs all read
     * the same files. Callers only read the graph; it must not be changed.
     */
    public static org.apache.jena.graph.Graph bundledGraph(String resource) {
        return PARSED.computeIfAbsent(resource, r -> read(r).getGraph());
    }

    public static Model read(String resource) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Schemes.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, () -> "not on the classpath: " + resource);
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return m;
    }

    public static Schemes load(Model parties, Model topics) {
        List<PartyConcept> ps = new ArrayList<>();
        parties.listResourcesWithProperty(RDF.type, NKG.Party).forEachRemaining(r -> ps.add(new PartyConcept(
                r.getURI(), label(r), strings(r, NKG.adjective), strings(r, NKG.memberNoun), strings(r, NKG.abbreviation),
                strings(r, SKOS.altLabel), strings(r, NKG.country).stream().findFirst().orElse(""))));
        List<TopicConcept> ts = new ArrayList<>();
        topics.listResourcesWithProperty(RDF.type, NKG.Topic).forEachRemaining(r -> ts.add(new TopicConcept(
                r.getURI(), label(r), strings(r, NKG.keyword))));
        ps.sort((a, b) -> a.iri().compareTo(b.iri()));
        ts.sort((a, b) -> a.iri().compareTo(b.iri()));
        if (ps.isEmpty()) throw new IllegalStateException("the party scheme holds no nkg:Party");
        if (ts.isEmpty()) throw new IllegalStateException("the topic scheme holds no nkg:Topic");
        return new Schemes(ps, ts);
    }

    private static String label(Resource r) {
        return strings(r, SKOS.prefLabel).stream().findFirst().orElse(r.getLocalName());
    }

    private static List<String> strings(Resource r, org.apache.jena.rdf.model.Property p) {
        List<String> out = new ArrayList<>();
        r.listProperties(p).forEachRemaining(st -> {
            RDFNode o = st.getObject();
            if (o.isLiteral()) out.add(o.asLiteral().getLexicalForm());
        });
        out.sort(String::compareTo);
        return out;
    }

    /** Party by IRI, for labels in reports. */
    public Map<String, PartyConcept> partiesByIri() {
        Map<String, PartyConcept> m = new LinkedHashMap<>();
        for (PartyConcept p : parties) m.put(p.iri(), p);
        return m;
    }
}
