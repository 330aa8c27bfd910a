package org.newskg.rdf;

import java.io.OutputStream;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.newskg.rdf.GraphMapper.ArticleGraph;
import org.newskg.vocab.NKG;

/**
 * Writes article graphs as N-Quads (streamed: memory stays flat however many articles), TriG or JSON-LD
 * (collected, then written once, since both group by graph).
 */
public final class QuadsWriter implements AutoCloseable {
    public enum Format {
        NQ, TRIG, JSONLD;

        public static Format parse(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "nq", "nquads", "n-quads" -> NQ;
                case "trig" -> TRIG;
                case "jsonld", "json-ld" -> JSONLD;
                default -> throw new IllegalArgumentException("unknown format '" + s + "' (nq, trig, jsonld)");
            };
        }
    }

    private final Format format;
    private final OutputStream out;
    private final StreamRDF stream;
    private final DatasetGraph collected;

    public QuadsWriter(Format format, OutputStream out) {
        this.format = format;
        this.out = out;
        if (format == Format.NQ) {
            this.stream = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
            this.stream.start();
            this.collected = null;
        } else {
            this.stream = null;
            this.collected = DatasetGraphFactory.createGeneral();
        }
    }

    public void write(ArticleGraph g) { write(g.graphIri(), g.graph()); }

    /** Any graph under its name: the loader also writes load records and the schemes this way. */
    public void write(String graphIri, org.apache.jena.graph.Graph g) {
        Node name = NodeFactory.createURI(graphIri);
        if (stream != null) g.find().forEachRemaining(t -> stream.quad(new Quad(name, t)));
        else g.find().forEachRemaining(t -> collected.add(new Quad(name, t)));
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.finish();
        } else {
            PrefixMap pm = PrefixMapFactory.create();
            pm.add("nkg", NKG.NS);
            pm.add("skos", "http://www.w3.org/2004/02/skos/core#");
            pm.add("id", NKG.ID);
            pm.add("topic", NKG.TOPIC);
            pm.add("party", NKG.PARTY);
            pm.add("xsd", "http://www.w3.org/2001/XMLSchema#");
            pm.getMapping().forEach(collected.prefixes()::add);
            RDFDataMgr.write(out, collected, format == Format.TRIG ? RDFFormat.TRIG_BLOCKS : RDFFormat.JSONLD11);
        }
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
