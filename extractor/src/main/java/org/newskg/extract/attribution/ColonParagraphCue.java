package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Sieve;

/**
 * {@code Cruz called them on it:} ending the paragraph before, and a quotation opening this one: the subject of
 * the nearest cue of that sentence with a subject.
 */
final class ColonParagraphCue implements QuoteSieve {
    @Override
    public Optional<Attribution> attribute(QuoteGroup g, SieveContext c) {
        if (!g.isLone(c.v)) return Optional.empty();
        ArticleView v = c.v;
        int colon = colonBefore(g, v);
        if (colon < 0) return Optional.empty();
        int colonTok = v.tokenFrom(colon);
        int lo = v.sentenceStartToken(Math.min(colonTok, v.tokens.size() - 1));
        for (int k = colonTok - 1; k >= lo; k--) {
            String lemma = v.cues.get(k);
            if (lemma == null || lemma.equals("according to")) continue;
            Speaker sp = c.subjects.before(k, lo);
            if (sp == null) sp = c.subjects.after(k, colon + 1);
            if (sp != null) return Optional.of(c.make(g, sp, v.cueAt(k, lemma), Sieve.COLON_PARAGRAPH_CUE));
        }
        return Optional.empty();
    }

    /** The offset of the colon that ends the paragraph before the group's, or -1. */
    static int colonBefore(QuoteGroup g, ArticleView v) {
        int ps = v.paragraphStart(g.first().open());
        if (ps < 2) return -1;
        String before = v.text.substring(0, ps).stripTrailing();
        return before.endsWith(":") ? before.length() - 1 : -1;
    }
}
