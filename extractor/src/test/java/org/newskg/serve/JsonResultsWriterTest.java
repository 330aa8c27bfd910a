package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.junit.jupiter.api.Test;

/** The JSON results writer says what Jena's says: Jena's own reader reads every kind of term back unchanged. */
class JsonResultsWriterTest {
    private static final Var S = Var.alloc("s"), O = Var.alloc("o");

    private static List<Binding> rows() {
        Node uri = NodeFactory.createURI("https://w3id.org/newskg/id/person/mara-alcott");
        List<Node> objects = List.of(
                NodeFactory.createLiteralString("plain \"quoted\"\n\u00e9 \u2014 \uD83D\uDE00"),
                NodeFactory.createLiteralLang("Republican Party", "en"),
                NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT("2016-10-07", XSDDatatype.XSDdate),
                NodeFactory.createBlankNode("b1"),
                NodeFactory.createTripleTerm(Triple.create(uri, uri, NodeFactory.createLiteralString("x"))));
        List<Binding> out = new ArrayList<>();
        for (Node o : objects) out.add(BindingFactory.binding(S, uri, O, o));
        out.add(BindingFactory.binding(S, uri)); // ?o unbound
        return out;
    }

    private static String write(RowSet rs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonResultsWriter().write(out, rs, null);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jenasReaderReadsEveryTermBack() {
        String json = write(RowSetStream.create(List.of(S, O), rows().iterator()));
        ResultSet back = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        assertEquals(List.of("s", "o"), back.getResultVars());
        List<Binding> want = rows(), got = new ArrayList<>();
        RowSet.adapt(back).forEachRemaining(got::add);
        assertEquals(want.size(), got.size(), json);
        for (int i = 0; i < want.size(); i++) {
            Node w = want.get(i).get(O), g = got.get(i).get(O);
            if (w != null && w.isBlank()) assertTrue(g.isBlank(), json);
            else assertEquals(w, g, json);
            assertEquals(want.get(i).get(S), got.get(i).get(S));
        }
        assertFalse(json.contains("\"datatype\":\"http://www.w3.org/2001/XMLSchema#string\""), "plain strings carry no datatype: " + json);
    }

    @Test
    void anAskAnswerIsABoolean() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonResultsWriter().write(out, true, null);
        assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_JSON));
    }

    @Test
    void installedItAnswersForJenaToo() {
        JsonResultsWriter.install();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetMgr.write(out, ResultSet.adapt(RowSetStream.create(List.of(S, O), rows().iterator())), ResultSetLang.RS_JSON);
        // Jena's own writer puts spaces around its separators; this one writes compact JSON.
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("{\"head\":{\"vars\":[\"s\",\"o\"]}"), out.toString(StandardCharsets.UTF_8));
    }
}
