package org.newskg.derive;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.vocabulary.SKOS;

/**
 * Each store-wide person's label: the full name the articles print most often, a surname alone only when no article
 * gives more; every other printed form is an alternative label. Only printed forms are chosen, never a name made up
 * from them ("Bernie Sanders" stays, it does not become "Bernard Sanders").
 */
final class Labels {
    /** Surnames whose second capital is ordinary spelling, not a typo. */
    private static final Pattern INNER_CAPITAL = Pattern.compile("(Mc|Mac|O'|D'|De|Le|La)\\p{Lu}.*");

    private Labels() {}

    /** The labels of the block's persons, each under the store-wide node its uses resolve to. */
    static void write(Graph g, BlockFacts f, Map<String, String> resolvesTo) {
        Map<String, Map<String, Integer>> printed = new TreeMap<>();
        for (BlockFacts.AgentUse u : f.agents()) {
            if (u.name().isEmpty()) continue;
            printed.computeIfAbsent(resolvesTo.get(u.node()), k -> new TreeMap<>()).merge(u.name().get(), 1, Integer::sum);
        }
        for (var e : printed.entrySet()) {
            String label = label(e.getValue());
            Triples.add(g, e.getKey(), SKOS.prefLabel, Triples.str(label));
            for (String other : e.getValue().keySet()) if (!other.equals(label)) Triples.add(g, e.getKey(), SKOS.altLabel, Triples.str(other));
        }
    }

    /**
     * The printed form most articles use; among equals, a form written in ordinary capitals ("Hillary", not
     * "HIllary"), then the longer, then the first in code-point order, so the choice never depends on load order.
     */
    static String label(Map<String, Integer> counts) {
        boolean anyFull = counts.keySet().stream().anyMatch(n -> n.contains(" "));
        return counts.entrySet().stream()
                .filter(e -> !anyFull || e.getKey().contains(" "))
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> ordinaryCase(e.getKey()))
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    private static boolean ordinaryCase(String name) {
        for (String w : name.split(" ")) {
            if (w.length() > 2 && w.chars().skip(1).filter(Character::isUpperCase).count() > 0
                    && w.chars().skip(1).anyMatch(Character::isLowerCase) && !INNER_CAPITAL.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }
}
