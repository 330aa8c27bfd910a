package org.newskg.nlp;

import java.util.List;

/** A sentence: its span in the body and its tokens, in order. {@code index} counts sentences in the article. */
public record Sentence(int index, int start, int end, int paragraph, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public String text(String body) { return body.substring(start, end); }

    /** The index of the first token that ends after {@code offset}, or tokens().size(). */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).end() > offset) return i;
        return tokens.size();
    }
}
