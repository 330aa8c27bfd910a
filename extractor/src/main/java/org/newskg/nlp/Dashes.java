package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

/**
 * Splits a token at an em dash written without spaces ("Varadkar—who is serving", "Washington—both"), which the UD
 * tokenizer keeps whole: the name finder and the mention rules would see "Varadkar—who" as one word and never the
 * surname. Only the em dash (U+2014): an en dash joins the parts of names ("Azimio la Umoja–One Kenya") and ranges
 * ("2016–2020"), and a hyphen joins words. In PolNeAR train, 85 em dashes stand between letters; none is part of a
 * name.
 */
final class Dashes {
    static final char EM_DASH = '\u2014';

    private Dashes() {}

    /** The tokens with each em dash inside a token made a token of its own, the parts around it tokens too. */
    static Span[] split(String sentence, Span[] tokens) {
        // One scan of the sentence: most sentences hold no em dash, and the next one is carried from token to token.
        int dash = sentence.indexOf(EM_DASH);
        if (dash < 0) return tokens;
        List<Span> out = new ArrayList<>(tokens.length + 2);
        for (Span t : tokens) {
            while (dash >= 0 && dash < t.getStart()) dash = sentence.indexOf(EM_DASH, dash + 1);
            if (t.length() < 2 || dash < 0 || dash >= t.getEnd()) {
                out.add(t);
                continue;
            }
            int from = t.getStart();
            for (int c = t.getStart(); c < t.getEnd(); c++) {
                if (sentence.charAt(c) != EM_DASH) continue;
                if (c > from) out.add(new Span(from, c));
                out.add(new Span(c, c + 1));
                from = c + 1;
            }
            if (from < t.getEnd()) out.add(new Span(from, t.getEnd()));
        }
        return out.toArray(new Span[0]);
    }
}
