package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Mention;
import org.newskg.extract.Quote;
import org.newskg.extract.Sieve;
import org.newskg.extract.TextSpan;

/**
 * {@code "...," Name said.}, {@code "...," said Name.}, {@code "...," he said.}: the first cue after the piece,
 * before the sentence ends or the next quotation opens, and its subject before or after it. A cue whose subject
 * the text does not give decides too: it attributes nothing, and no later rule reads this piece.
 */
final class CueAfterQuote implements PieceRule {
    /** How many tokens after the quote the cue may stand. */
    static final int WINDOW = 14;
    /**
     * '"...," Jane Doe, a lawyer for one of the four groups that sued, said': a long apposition between the name and
     * its verb, which only a quote that hands over with a comma to a named person can have.
     */
    static final int HANDOVER_WINDOW = 24;

    @Override
    public Optional<Attribution> attribute(Quote q, QuoteGroup g, SieveContext c) {
        int k = firstCue(q, c.v);
        if (k < 0) return Optional.empty();
        ArticleView v = c.v;
        int i = v.tokenFrom(q.outerEnd());
        int regionEnd = regionEnd(q, v);
        Speaker sp = c.subjects.before(k, i);
        // '"...," the PML-N president told the National Assembly': after "told" stands whom it was told to, not who told it.
        if (sp == null && !v.cues.get(k).equals("tell") && InvertedSubject.afterQuote(k, i, v)) sp = c.subjects.after(k, regionEnd);
        if (sp == null) return Optional.empty();
        Sieve sieve = sp.pronoun() ? Sieve.CUE_AFTER_QUOTE_PRONOUN : Sieve.CUE_AFTER_QUOTE;
        return Optional.of(c.make(g, sp, v.cueAt(k, v.cues.get(k)), sieve,
                new TextSpan(g.sentence().start(), Math.max(g.sentence().end(), v.tokens.get(k).end()))));
    }

    /** The text after a closed piece that may attribute it: up to the next quotation or the paragraph's end. */
    static int regionEnd(Quote q, ArticleView v) {
        return v.nextQuoteOpen(q.outerEnd(), v.paragraphEnd(q.outerEnd()));
    }

    /** The token of the first speech cue after a closed piece, within the window and its sentence; -1 if none. */
    static int firstCue(Quote q, ArticleView v) {
        if (!q.closed()) return -1;
        int regionEnd = regionEnd(q, v);
        int i = v.tokenFrom(q.outerEnd());
        Mention next = i < v.tokens.size() ? v.mentionBySurfaceStart.get(v.tokens.get(i).start()) : null;
        boolean handsOver = v.text.substring(q.start(), q.end()).strip().endsWith(",") && next != null && next.kind() == Mention.Kind.PERSON;
        int limit = Math.min(v.tokens.size(), i + (handsOver ? HANDOVER_WINDOW : WINDOW));
        for (int k = i; k < limit && v.tokens.get(k).start() < regionEnd; k++) {
            if (Punctuation.isTerminator(v.word(k)) && k > i) break;
            String lemma = v.cues.get(k);
            if (lemma == null || lemma.equals("according to")) continue;
            if (QuoteEndsSentence.before(q, k, v)) return -1;
            return k;
        }
        return -1;
    }
}
