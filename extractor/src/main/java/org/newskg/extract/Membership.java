package org.newskg.extract;

/** "Republican Sen. Lindsey Graham": the entity, the party concept's IRI, and the phrase that states it. */
public record Membership(int entity, String party, TextSpan evidence, String pattern) {}
