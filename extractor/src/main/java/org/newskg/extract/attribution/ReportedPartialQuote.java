package org.newskg.extract.attribution;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Quote;

/**
 * A short quotation inside what a speech verb of its own sentence reports is the speaker's words quoted in part,
 * not a term the writer holds at arm's length: "Lund vowed that the council would “move on” and not indulge in
 * “old feuds”", "she said it was “time” to go", "Okafor claimed the board was using “illegal means”". Reporters
 * quote a word or two of what was said inside the reported clause; a scare quote has no speech verb before it in
 * its sentence ("the “iron fist” approach"). A cue inside another quotation, or "according to", does not count:
 * neither introduces the clause the quotation sits in. A verb whose subject is another person does not count.
 */
final class ReportedPartialQuote {
    /**
     * The speech verb is at most this many tokens before the quotation: further back, the quotation is more often
     * in a later clause of a long sentence than in the one the verb reports.
     */
    static final int MAX_TOKENS_FROM_CUE = 40;

    private ReportedPartialQuote() {}

    /** Whether {@code q} sits in the clause a speech verb of its sentence reports, that verb's subject being {@code speaker}. */
    static boolean isReported(SieveContext c, Quote q, int speaker) {
        ArticleView v = c.v;
        int k = v.tokenFrom(q.open()) - 1;
        if (k < 0) return false;
        int lo = Math.max(v.sentenceStartToken(k), k - MAX_TOKENS_FROM_CUE);
        for (; k >= lo; k--) {
            // A sentence break the tokenizer missed at a paragraph's end: the verb must be in the quotation's paragraph.
            if (v.tokens.get(k).start() < v.paragraphStart(q.open())) return false;
            String lemma = v.cues.get(k);
            if (lemma == null || lemma.equals("according to") || v.insideQuoteMarks(v.tokens.get(k).start())) continue;
            // A verb whose subject is someone else does not make the quotation the speaker's: "Hart and Ruiz met;
            // Hart said the port was a “lost cause”" is not Ruiz's partial quote. A verb with no named subject
            // ("saying", "the 42-year-old said") leaves the speaker to the rules.
            Speaker sp = c.subjects.before(k, v.sentenceStartToken(k));
            return sp == null || sp.entity() < 0 || sp.entity() == speaker;
        }
        return false;
    }
}
