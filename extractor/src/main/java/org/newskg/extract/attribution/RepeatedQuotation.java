package org.newskg.extract.attribution;

import java.util.Locale;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Quote;

/**
 * A short quotation whose words come again inside a longer quotation of the same article is speech pulled out of
 * it, not a term: the pull quote or headline '“Them’s the rules”' over a story in which the speaker says “... but
 * them’s the rules of the game.” News repeats its most quotable words; a writer's scare term is not usually
 * found inside someone's longer quoted speech.
 */
final class RepeatedQuotation {
    /** A single word recurs by chance; two or more in a row are the speaker's phrase. */
    static final int MIN_WORDS = 2;

    private RepeatedQuotation() {}

    static boolean isRepeated(ArticleView v, Quote q) {
        String words = normalized(v.text.substring(q.start(), q.end()));
        if (words.split(" ").length < MIN_WORDS) return false;
        for (Quote other : v.quotes) {
            if (other == q || other.end() - other.start() <= q.end() - q.start()) continue;
            if ((" " + normalized(v.text.substring(other.start(), other.end())) + " ").contains(" " + words + " ")) return true;
        }
        return false;
    }

    /** Lower case, letters and digits only, one space between words; apostrophes dropped ("them’s" = "thems"). */
    private static String normalized(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "").replaceAll("[^\\p{L}\\p{N}]+", " ");
        return t.strip();
    }
}
