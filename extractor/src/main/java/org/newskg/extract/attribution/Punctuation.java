package org.newskg.extract.attribution;

import java.util.Set;

/** Token classes the rules test: sentence terminators, quotation marks, punctuation that trails a claim. */
final class Punctuation {
    private Punctuation() {}

    private static final Set<String> TERMINATORS = Set.of(".", "!", "?");

    static boolean isTerminator(String w) { return TERMINATORS.contains(w); }

    static boolean isQuoteMark(String w) {
        return w.equals("\"") || w.equals("\u201D") || w.equals("\u201C") || w.equals("''") || w.equals("'");
    }

    static boolean isTrailing(String w) {
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals("\"") || w.equals("'") || w.equals(",")
                || w.equals(";") || w.equals(":") || w.equals("\u201D") || w.equals("''");
    }
}
