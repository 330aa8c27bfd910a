package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Mention;
import org.newskg.extract.Sieve;

/**
 * {@code Jacinda faced many challenges, which she discussed at a news conference. "We encountered ..."}, {@code
 * Ardern's statement reflected on her career.} then a paragraph of quotation: a quotation that opens its sentence
 * after a sentence whose subject is a person (or whose subject is that person's statement, speech or post), the
 * sentence being the one just before in the paragraph, or the last of the paragraph before. The weakest of the
 * rules: it proposes, and the speaker model weighs it.
 */
final class PreviousSentenceSubject implements QuoteSieve {
    /** The subject is among the first eight tokens of that sentence. */
    static final int WINDOW = 8;
    private static final java.util.Set<String> SPEECH_NOUNS = java.util.Set.of("statement", "speech", "remarks", "post", "tweet",
            "address", "letter", "message", "comments", "words");

    @Override
    public Optional<Attribution> attribute(QuoteGroup g, SieveContext c) {
        ArticleView v = c.v;
        int open = v.tokenFrom(g.first().open());
        if (open < 1) return Optional.empty();
        // The quotation opens its sentence: a sentence end (or a paragraph break) stands right before it.
        boolean lone = g.isLone(v);
        if (!lone && !Punctuation.isTerminator(v.word(open - 1))) return Optional.empty();
        int prevEnd = open - 1;
        if (lone && v.paragraphOf(v.tokens.get(prevEnd).start()) < g.first().paragraph() - 1) return Optional.empty();
        int lo = v.sentenceStartToken(prevEnd);
        if (v.previousQuoteEnd(g.first().open()) > v.tokens.get(lo).start()) return Optional.empty();
        for (int k = lo; k < Math.min(prevEnd, lo + WINDOW); k++) {
            Mention m = v.mentionBySurfaceStart.get(v.tokens.get(k).start());
            if (m == null || m.inQuote()) continue;
            if (m.kind() == Mention.Kind.ORGANIZATION) return Optional.empty();
            int after = v.tokenFrom(m.end());
            boolean possessive = after + 1 < v.tokens.size() && (v.word(after).equals("'s") || v.word(after).equals("\u2019s"));
            int head = possessive ? after + 1 : after;
            // "Ardern's moving statement": over an adjective to the noun.
            if (possessive && head + 1 < v.tokens.size() && v.tokens.get(head).pos().equals("ADJ")) head++;
            if (possessive && !SPEECH_NOUNS.contains(v.word(head).toLowerCase(java.util.Locale.ROOT))) return Optional.empty();
            Speaker sp = c.subjects.speakerOf(m);
            if (!c.isPerson(sp)) return Optional.empty();
            return Optional.of(c.make(g, sp, null, Sieve.PREVIOUS_SENTENCE_SUBJECT));
        }
        return Optional.empty();
    }
}
