package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.Article;
import org.newskg.ingest.HtmlArticleReader;
import org.newskg.pipeline.ArticleResult;
import org.newskg.pipeline.Pipeline;
import org.newskg.vocab.NKG;

/** The authors a page names become persons of the article's graph, linked by schema:author and never as speakers. */
class ArticleAuthorsTest {
    private static final Node AUTHOR = NodeFactory.createURI("https://schema.org/author");
    private static Pipeline pipeline;

    @BeforeAll
    static void setUp() { pipeline = Pipeline.builder().threads(1).build(); }

    @AfterAll
    static void tearDown() { if (pipeline != null) pipeline.close(); }

    @Test
    void pageAuthorsArePersonsLinkedBySchemaAuthorOnly() throws Exception {
        String page = """
                <!doctype html><html><head><script type="application/ld+json">
                {"@type": "NewsArticle", "headline": "Ferry fares rise",
                 "author": [{"@type": "Person", "name": "Kate Ruiz"}, {"@type": "Person", "name": "Tom Alcott"}],
                 "publisher": {"name": "Harbor Gazette"}}
                </script></head><body><article>
                <p>Ferry fares will rise in April, the port authority said on Monday in a statement to the harbor board.</p>
                <p>\u201cWe had no choice,\u201d said Mayor Helen Quist, who chairs the board.</p>
                </article></body></html>""";
        Article a = HtmlArticleReader.read("fares", page.getBytes(StandardCharsets.UTF_8), Optional.empty(), Optional.empty(), Path.of("fares.html"));
        ArticleResult r = pipeline.process(a);
        assertTrue(r.ok(), r::errorMessage);
        Graph g = r.graph().orElseThrow().graph();
        Node art = NodeFactory.createURI(Iris.article("fares"));
        List<Node> authors = g.find(art, AUTHOR, Node.ANY).mapWith(t -> t.getObject()).toList();
        assertEquals(2, authors.size(), authors::toString);
        for (Node p : authors) {
            assertTrue(g.contains(p, RDF.type.asNode(), NKG.Person.asNode()), p + " is not typed a person");
            assertFalse(g.find(p, NKG.said.asNode(), Node.ANY).hasNext(), p + " became a speaker");
        }
        // Keyed as the resolver keys a speaker ("Kate" is "Katherine"), so a reporter quoted in another article is the
        // same node; named as the page prints the name, in the block where the store decides who that is.
        Node kate = NodeFactory.createURI(Iris.key("person/katherine-ruiz"));
        assertTrue(authors.contains(kate), authors::toString);
        assertTrue(g.contains(kate, NKG.nameInArticle.asNode(), NodeFactory.createLiteralString("Kate Ruiz")),
                () -> "name of " + kate + ": " + g.find(kate, NKG.nameInArticle.asNode(), Node.ANY).toList());
        assertTrue(g.contains(kate, NKG.resolutionKey.asNode(), NodeFactory.createLiteralString("ruiz")));
    }
}
