package org.newskg.derive;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.vocabulary.RDF;
import org.newskg.vocab.NKG;

/**
 * Per store-wide person, each name the articles print for them ({@code nkg:nameInArticle} of the article nodes that
 * resolve to them) and in how many articles ({@code nkg:PrintedName}). The labels ({@link Labels}) keep the forms;
 * these nodes keep the counts, which over the article graphs meant reading every article the person is named in.
 */
final class PrintedNames {
    private PrintedNames() {}

    static void write(Graph g, BlockFacts f, Map<String, String> resolvesTo) {
        Map<String, Map<String, Set<String>>> articles = new TreeMap<>();
        for (BlockFacts.AgentUse u : f.agents()) {
            if (u.name().isEmpty()) continue;
            articles.computeIfAbsent(resolvesTo.getOrDefault(u.node(), u.node()), k -> new TreeMap<>())
                    .computeIfAbsent(u.name().get(), k -> new TreeSet<>()).add(u.article());
        }
        articles.forEach((person, names) -> names.forEach((name, arts) -> {
            String node = DerivedIris.printedName(person, name);
            Triples.add(g, node, RDF.type, NKG.PrintedName);
            Triples.add(g, node, NKG.agent, Triples.uri(person));
            Triples.add(g, node, NKG.nameAsPrinted, Triples.str(name));
            Triples.add(g, node, NKG.articleCount, Triples.integer(arts.size()));
        }));
    }
}
