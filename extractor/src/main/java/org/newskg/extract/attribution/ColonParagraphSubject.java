package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Mention;
import org.newskg.extract.Sieve;

/**
 * {@code 17-year-old Jared Potts echoed:} ending the paragraph before, with no cue whose subject the text gives:
 * the name that opens that sentence, whatever its verb.
 */
final class ColonParagraphSubject implements QuoteSieve {
    /** The name is among the first eight tokens of the introducing sentence. */
    static final int WINDOW = 8;

    @Override
    public Optional<Attribution> attribute(QuoteGroup g, SieveContext c) {
        if (!g.isLone(c.v)) return Optional.empty();
        ArticleView v = c.v;
        int colon = ColonParagraphCue.colonBefore(g, v);
        if (colon < 0) return Optional.empty();
        int colonTok = v.tokenFrom(colon);
        int lo = v.sentenceStartToken(Math.min(colonTok, v.tokens.size() - 1));
        for (int k = lo; k < colonTok && k < lo + WINDOW; k++) {
            Mention m = v.mentionBySurfaceStart.get(v.tokens.get(k).start());
            if (m != null && !m.inQuote() && m.kind() != Mention.Kind.PRONOUN)
                return Optional.of(c.make(g, c.subjects.speakerOf(m), null, Sieve.COLON_PARAGRAPH_SUBJECT));
        }
        return Optional.empty();
    }
}
