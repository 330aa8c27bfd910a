package org.newskg.nlp;

/**
 * A name the name finder found: UTF-16 offsets into the body, its type ({@code person}, {@code organization},
 * {@code location}, {@code misc}), the finder's probability, and the sentence and token range it covers.
 */
public record NameMention(int start, int end, String text, String type, double probability,
                          int sentence, int firstToken, int endToken) {}
