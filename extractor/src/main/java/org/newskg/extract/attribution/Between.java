package org.newskg.extract.attribution;

import java.util.Locale;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Quote;

/** What stands between an attributed quotation and the next one, as the continuation rules read it. */
final class Between {
    private Between() {}

    /**
     * '"A," said X, who once worked for Y. "B."': the words between the two quotes are the first one's
     * attribution sentence and nothing else, so the people it names (in an apposition, "said of Y") describe
     * the speaker and do not take over.
     */
    static boolean onlyItsAttribution(ArticleView v, Attribution previous, Quote next) {
        if (previous.cue().isEmpty()) return false;
        int cue = previous.cue().get().span().start();
        if (cue < previous.span().end() || cue >= next.open()) return false;
        // The sentence splitter may run the next quote into that sentence, so look for a terminator instead.
        int lo = v.tokenFrom(cue), hi = v.tokenFrom(next.open());
        for (int k = lo; k < hi - 1; k++) if (Punctuation.isTerminator(v.word(k))) return false;
        if (hi <= lo || !Punctuation.isTerminator(v.word(hi - 1))) return false;
        // Another speech verb there must sit in a clause about the speaker: "said X, who had endorsed Y".
        boolean relative = false;
        for (int k = v.tokenFrom(previous.span().end()); k < hi; k++) {
            String w = v.word(k).toLowerCase(Locale.ROOT);
            if (w.equals("who") || w.equals("whose") || w.equals("whom") || w.equals("which") || w.equals("where")) relative = true;
            // ', she said, suggesting that ...': a participle after a comma elaborates the same act of speech.
            else if (v.cues.containsKey(k) && v.tokens.get(k).start() != cue && !relative
                    && !(w.endsWith("ing") && v.word(k - 1).equals(","))) return false;
        }
        return true;
    }

    /** The start of the previous attribution's cue, or -1. */
    static int cueStart(Attribution a) {
        return a.cue().map(c -> c.span().start()).orElse(-1);
    }
}
