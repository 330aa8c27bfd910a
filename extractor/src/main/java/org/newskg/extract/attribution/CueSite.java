package org.newskg.extract.attribution;

/** A speech cue at token {@code k} with its lemma, in the sentence of tokens {@code [sLo, sHi)}. */
record CueSite(int k, String lemma, int sLo, int sHi) {}
