package org.newskg.derive.units;

/**
 * One word of a printed quote as the unit rules see it.
 *
 * @param start code-point offset of the word in the text it was read from (end exclusive below)
 * @param end code-point offset after the word
 * @param form the word as compared verbatim: lowercase, quote marks and contractions spelled out, numbers as digits,
 *     British spellings as American ("labour" is "labor"), forms of be/have/do as their lemma
 * @param key what aligns with another outlet's word: the stem of {@code form}, or its class in {@link Equivalences}
 *     ("believe" and "think" share one), or {@link Words#NEGATION} for every negator
 * @param content whether the word carries content (not a function word, pronoun, light verb or negator)
 * @param name whether it is printed as a name inside a sentence (a capital not at the sentence's start, or an
 *     acronym): names must agree between two versions of one sentence
 * @param number whether it is a number
 * @param editorial whether it stands in brackets, a word an outlet supplied ("[the]", "(prime minister)")
 * @param afterGap whether an ellipsis stands before it: an outlet left words out there
 */
public record Word(int start, int end, String form, String key, boolean content, boolean name, boolean number, boolean editorial,
                   boolean afterGap) {

    public boolean negation() { return Words.NEGATION.equals(key); }
}
