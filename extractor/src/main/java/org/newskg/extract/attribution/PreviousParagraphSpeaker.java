package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Sieve;

/**
 * {@code Sanders said he would not attack Clinton.} then a paragraph of quotation alone: the person who is the
 * subject of the last speech verb of the paragraph before goes on, when no other person is the subject of a
 * verb after it there.
 */
final class PreviousParagraphSpeaker implements QuoteSieve {
    @Override
    public Optional<Attribution> attribute(QuoteGroup g, SieveContext c) {
        if (!g.isLone(c.v)) return Optional.empty();
        Speaker sp = lastSpeakerOfPreviousParagraph(g, c);
        return sp == null ? Optional.empty() : Optional.of(c.make(g, sp, null, Sieve.PREVIOUS_PARAGRAPH_SPEAKER));
    }

    private static Speaker lastSpeakerOfPreviousParagraph(QuoteGroup g, SieveContext c) {
        ArticleView v = c.v;
        int ps = v.paragraphStart(g.first().open());
        if (ps < 2) return null;
        int prevEnd = ps - 1;
        while (prevEnd > 0 && Character.isWhitespace(v.text.charAt(prevEnd - 1))) prevEnd--;
        int prevStart = v.paragraphStart(prevEnd);
        int lo = v.tokenFrom(prevStart), hi = v.tokenFrom(prevEnd);
        int embeddedIn = -1;
        for (int k = hi - 1; k >= lo; k--) {
            String lemma = v.cues.get(k);
            if (lemma == null || lemma.equals("according to")) continue;
            int sLo = Math.max(lo, v.sentenceStartToken(k));
            if (embeddedIn >= 0 && sLo != embeddedIn) return null;
            Speaker sp = c.subjects.before(k, sLo);
            if (sp == null) sp = c.subjects.after(k, prevEnd);
            if (c.isPerson(sp)) {
                // Only when no other person is the subject of a verb after it in the paragraph; one named in what
                // the speaker said ("the struggles of Alcott's campaign") does not take over.
                return c.subjects.noOtherSubjectBetween(v.tokens.get(k).end(), prevEnd, sp.entity()) ? sp : null;
            }
            // "Castel said that critics had been predicting ...": the last speech verb may sit in the clause another
            // one reports; then the speaker is the subject of an earlier verb of the same sentence.
            embeddedIn = sLo;
        }
        return null;
    }
}
