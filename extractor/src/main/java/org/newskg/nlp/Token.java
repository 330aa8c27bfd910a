package org.newskg.nlp;

/**
 * A token: UTF-16 offsets into the article body (end exclusive), its text as in the body, its form in the
 * analysis text (straight quotes and apostrophes, which rules compare against), POS and lemma.
 */
public record Token(int start, int end, String text, String form, String pos, String lemma) {
    public boolean isProperNoun() { return pos.equals("PROPN") || pos.equals("NNP") || pos.equals("NNPS"); }
    public boolean isVerb() { return pos.equals("VERB") || pos.startsWith("VB"); }
    public boolean isPronoun() { return pos.equals("PRON") || pos.equals("PRP"); }
}
