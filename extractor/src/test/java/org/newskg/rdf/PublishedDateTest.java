package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Publication dates as manifests and pages write them become xsd:date or xsd:dateTime literals that XML Schema
 * (and so the SHACL shapes) accepts, or nothing: Java's parser reads more than XML Schema allows.
 */
class PublishedDateTest {

    @ParameterizedTest
    @CsvSource({
            "2024-05-01, 2024-05-01, date",
            "2024-05-01T14:30:00Z, 2024-05-01T14:30:00Z, dateTime",
            "2024-05-01T14:30:00+02:00, 2024-05-01T14:30:00+02:00, dateTime",
            // a lower-case zone, which a fuzzed page carried and the shapes rejected
            "2026-04-02T09:00:00z, 2026-04-02T09:00:00Z, dateTime",
    })
    void aDateIsWrittenInAFormXmlSchemaAccepts(String in, String lexical, String type) {
        Node n = GraphMapper.date(in).orElseThrow();
        assertEquals(lexical, n.getLiteralLexicalForm());
        XSDDatatype dt = type.equals("date") ? XSDDatatype.XSDdate : XSDDatatype.XSDdateTime;
        assertEquals(dt, n.getLiteralDatatype());
        assertTrue(dt.isValid(n.getLiteralLexicalForm()), n::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-13-01", "01/05/2024", ""})
    void whatIsNoDateIsLeftOut(String in) {
        assertTrue(GraphMapper.date(in).isEmpty(), in);
    }
}
