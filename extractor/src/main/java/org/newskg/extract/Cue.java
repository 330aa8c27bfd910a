package org.newskg.extract;

/** The word or phrase that introduces speech ("said", "told", "according to"), with its lemma. */
public record Cue(TextSpan span, String text, String lemma) {}
