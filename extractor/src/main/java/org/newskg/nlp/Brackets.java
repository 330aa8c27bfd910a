package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

/**
 * Splits a closing bracket off the word it is glued to when the word opens no bracket of its own ("Harbor Janata
 * Party (HJP) is" gives "(", "HJP)" from the UD tokenizer): the name finder then reads "HJP)" as a name of its own
 * and the mention rules never see "HJP". A word that holds its own opening bracket ("Party(ies)") stays whole.
 */
final class Brackets {
    private Brackets() {}

    /** The tokens with a closing bracket at the end of a longer token made a token of its own. */
    static Span[] split(String sentence, Span[] tokens) {
        List<Span> out = null;
        for (int i = 0; i < tokens.length; i++) {
            Span t = tokens[i];
            boolean glued = t.length() >= 2 && closes(sentence.charAt(t.getEnd() - 1)) && opensNone(sentence, t);
            if (glued && out == null) {
                out = new ArrayList<>(tokens.length + 4);
                for (int j = 0; j < i; j++) out.add(tokens[j]);
            }
            if (out == null) continue;
            if (glued) {
                out.add(new Span(t.getStart(), t.getEnd() - 1));
                out.add(new Span(t.getEnd() - 1, t.getEnd()));
            } else {
                out.add(t);
            }
        }
        return out == null ? tokens : out.toArray(new Span[0]);
    }

    private static boolean closes(char c) { return c == ')' || c == ']'; }

    private static boolean opensNone(String sentence, Span t) {
        for (int c = t.getStart(); c < t.getEnd() - 1; c++) {
            char ch = sentence.charAt(c);
            if (ch == '(' || ch == '[' || ch == ')' || ch == ']') return false;
        }
        return true;
    }
}
