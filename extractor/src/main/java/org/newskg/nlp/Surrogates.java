package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

/**
 * OpenNLP's models see {@code char}s, so a sentence or token boundary can fall between the two halves of a
 * surrogate pair (an emoji, a rare CJK character). A literal cut there holds half a character, which no RDF syntax
 * can write. Boundaries move outward to whole code points, and spans that then touch are merged.
 */
final class Surrogates {
    private Surrogates() {}

    static List<Span> wholeCodePoints(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int start = s.getStart(), end = s.getEnd();
            if (splitsPair(text, start)) start--;
            if (splitsPair(text, end)) end++;
            if (!out.isEmpty() && out.get(out.size() - 1).getEnd() > start) {
                Span prev = out.remove(out.size() - 1);
                out.add(new Span(prev.getStart(), Math.max(prev.getEnd(), end), prev.getType()));
            } else {
                out.add(new Span(start, end, s.getType()));
            }
        }
        return out;
    }

    static Span[] wholeCodePoints(String text, Span[] spans) {
        for (Span s : spans)
            if (splitsPair(text, s.getStart()) || splitsPair(text, s.getEnd()))
                return wholeCodePoints(text, List.of(spans)).toArray(new Span[0]);
        return spans;
    }

    /** Whether offset {@code i} lies between a high and a low surrogate. */
    static boolean splitsPair(String text, int i) {
        return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1)) && Character.isLowSurrogate(text.charAt(i));
    }
}
