package org.newskg.derive.units;

import java.util.List;
import java.util.Set;

/**
 * What the unit rules found among one speaker's claims: the utterances (each the claims, sentence units and joins of
 * one statement on one occasion, carried by two or more articles) and the parts (a shorter claim printed inside a
 * longer one of the same utterance).
 */
public record SpeakerUtterances(List<Utterance> utterances, List<Part> parts) {

    public SpeakerUtterances {
        utterances = List.copyOf(utterances);
        parts = List.copyOf(parts);
    }

    /**
     * One statement of one speaker on one occasion.
     *
     * @param claims the claims that report it, in code-point order (the first names the utterance)
     * @param units its sentences as the articles print them
     * @param joins why its claims are one: for each pair of claims a rule joined, the rule and its score
     * @param articles the articles that carry it
     */
    public record Utterance(List<String> claims, List<Unit> units, List<Join> joins, Set<String> articles) {
        public Utterance {
            claims = List.copyOf(claims);
            units = List.copyOf(units);
            joins = List.copyOf(joins);
            articles = Set.copyOf(articles);
        }
    }

    /**
     * One sentence of an utterance (or the phrase a partial quote gives of it), with every article's version.
     *
     * @param id a stable name: the first claim of the unit in code-point order and the sentence's place in it
     */
    public record Unit(String id, List<Version> versions) {
        public Unit {
            versions = List.copyOf(versions);
        }
    }

    /** One article's words of a unit: the claim that prints them and where they stand (code points, end exclusive). */
    public record Version(String claim, String article, int start, int end, String text) {}

    /** Two claims one rule joined, with its score (see {@link JoinRule}). */
    public record Join(String claim, String other, JoinRule rule, double score) {}

    /** A claim printed inside a sentence of a longer claim of the same utterance. */
    public record Part(String part, String whole, double score) {}
}
