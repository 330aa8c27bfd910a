package org.newskg.extract.attribution;

import java.util.Locale;
import java.util.Set;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Quote;
import org.newskg.extract.Sieve;

/**
 * Words in quotation marks that are not speech: a word or three that no speech verb governs is a title, a term
 * or irony ("a “cybersecurity unit”", "the “iron fist” approach"); words in title case that nobody is said to
 * say, or that follow a possessive or a word for a work, name a work or a slogan. With a cue ("called it
 * “pretty close”") a short quotation is a partial quote and stays.
 */
final class ScareQuotes {
    /** At most this many words and no cue: a term, not speech. */
    static final int MAX_TERM_WORDS = 3;
    /** Title case runs two to twelve words. */
    static final int MIN_TITLE_WORDS = 2, MAX_TITLE_WORDS = 12;

    private static final Set<String> WORKS = Set.of("book", "books", "memoir", "show", "program", "programme", "podcast", "film",
            "movie", "documentary", "article", "column", "op-ed", "essay", "headline", "titled", "entitled", "song", "album",
            "series", "newspaper", "magazine", "novel", "biography", "manifesto", "tagline", "hashtag", "slogan", "sitcom");
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at", "to",
            "for", "with", "from", "by", "is", "not", "vs.", "v.");

    private ScareQuotes() {}

    static boolean isScareQuote(SieveContext c, QuoteGroup group, Attribution a) {
        ArticleView v = c.v;
        if (group.quotes().size() > 1) return false;
        Quote q = group.first();
        String[] ws = v.text.substring(q.start(), q.end()).strip().split("\\s+");
        // "The Rachel Maddow Show", "A Choice, Not an Echo": words in title case that nobody is said to say name a
        // work or a slogan.
        if (a.sieve() == Sieve.UNRESOLVED && isTitleCase(ws)) return true;
        // 'on HBN's "Harbor Week,"', 'her memoir, "The Tide Turns"': a title after a possessive or a word for a work.
        if ((isTitleCase(ws) || ws.length == 1 && Character.isUpperCase(ws[0].charAt(0))) && namesAWork(v, q)) return true;
        if (ws.length > MAX_TERM_WORDS) return false;
        // 'vowed that the council would “move on”': a word or two of what the verb reports, quoted.
        if (a.hasSpeaker() && ReportedPartialQuote.isReported(c, q, a.speaker())) return false;
        // A pull quote: the same words inside someone's longer quotation.
        if (a.hasSpeaker() && RepeatedQuotation.isRepeated(v, q)) return false;
        // A name and a colon or a dash ("‘Them’s the breaks’: Tom Alcott") attributes as surely as a verb.
        return a.cue().isEmpty() && a.sieve().basis() != Sieve.Basis.STRUCTURE || a.sieve().basis() == Sieve.Basis.SUBJECT
                || a.sieve().basis() == Sieve.Basis.CONTEXT;
    }

    private static boolean namesAWork(ArticleView v, Quote q) {
        int k = v.tokenFrom(q.open()) - 1;
        while (k >= 0 && (v.word(k).equals(",") || v.word(k).equals(":"))) k--;
        if (k < 0) return false;
        String w = v.word(k).toLowerCase(Locale.ROOT);
        return w.equals("'s") || w.equals("\u2019s") || w.endsWith("'s") || WORKS.contains(w);
    }

    private static boolean isTitleCase(String[] words) {
        if (words.length < MIN_TITLE_WORDS || words.length > MAX_TITLE_WORDS) return false;
        int capital = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replaceAll("^\\W+", "");
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
            if (Character.isUpperCase(w.charAt(0))) capital++;
            else if (i == 0 || !TITLE_SMALL_WORDS.contains(w.replaceAll("\\W+$", "").toLowerCase(Locale.ROOT))) return false;
        }
        return capital >= 2;
    }
}
