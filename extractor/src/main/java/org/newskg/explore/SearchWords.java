package org.newskg.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a visitor types in the search box, as a query for the store's text index. The words are taken as words,
 * never as Lucene syntax: a quote, a colon or a parenthesis typed is a separator, not an operator, so no input can
 * make the index's parser fail or search another field. Every word must match; the last is a prefix, because the
 * box searches while the visitor is still typing it ("kat" finds Katherine). The result is bound into the query
 * as one string literal, like any other parameter.
 */
final class SearchWords {
    /** Letters and digits, with the apostrophes and hyphens inside a name ("O'Neil", "Ocasio-Cortez") split off. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Words a search uses at most; more only narrow an AND further and cost the index a clause each. */
    static final int MAX_WORDS = 8;

    private SearchWords() {}

    /** The Lucene query for these words, or empty when they hold no word of two characters or more in all. */
    static Optional<String> lucene(String typed) {
        List<String> words = words(typed);
        if (words.isEmpty() || String.join("", words).length() < 2) return Optional.empty();
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) q.append(" AND ");
            String w = words.get(i);
            // Lucene's operators are upper case and these words are lower case; letters and digits need no escape.
            boolean last = i == words.size() - 1;
            // The word itself too: claim texts are indexed stemmed, and a prefix is not ("hearing*" misses "hear").
            q.append(last && endsInWord(typed) ? "(" + w + " OR " + w + "*)" : w);
        }
        return Optional.of(q.toString());
    }

    /**
     * The same words as a regular expression over a name ({@code REGEX(?name, ?re)}): every word must begin at a word
     * boundary of the name and, but for a last word still being typed, end at one; case does not matter. Used where
     * the text index cannot be: the derived layer's ranked names. The words hold letters and digits only, so they
     * need no escape. Empty when {@link #lucene} is.
     */
    static Optional<String> pattern(String typed) {
        List<String> words = words(typed);
        if (words.isEmpty() || String.join("", words).length() < 2) return Optional.empty();
        StringBuilder re = new StringBuilder("(?iu)^");
        for (int i = 0; i < words.size(); i++) {
            boolean prefix = i == words.size() - 1 && endsInWord(typed);
            re.append("(?=.*(?<![\\p{L}\\p{N}])").append(words.get(i)).append(prefix ? "" : "(?![\\p{L}\\p{N}])").append(')');
        }
        return Optional.of(re.toString());
    }

    private static List<String> words(String typed) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(typed.toLowerCase(Locale.ROOT));
        while (m.find() && words.size() < MAX_WORDS) words.add(m.group());
        return words;
    }

    /** A box that ends in a space or a quote mark holds finished words only: the last one is matched whole. */
    private static boolean endsInWord(String typed) {
        return !typed.isEmpty() && Character.isLetterOrDigit(typed.codePointBefore(typed.length()));
    }
}
