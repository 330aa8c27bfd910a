package org.newskg.extract.attribution;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Quote;

/**
 * 'Mayor Ruiz said she favours a delay but said "the question is the timing." Gov. Berg said ...': a quotation a
 * cue leads into within its own sentence, closing with a full stop inside its marks, ends that sentence; the cue of
 * the next sentence is another speaker's. Without a leading cue ('"We will win." Ruiz said.', an outlet's style) the
 * cue after may still be the quotation's. On PolNeAR dev one quotation went to the next sentence's speaker.
 */
final class QuoteEndsSentence {
    private QuoteEndsSentence() {}

    /** Whether the cue at token {@code k} after the closed quotation {@code q} stands in a sentence the quotation has ended. */
    static boolean before(Quote q, int k, ArticleView v) {
        String content = v.text.substring(q.start(), q.end()).strip();
        if (!content.endsWith(".") || content.endsWith("..")) return false;
        if (v.sentenceAt(v.tokens.get(k).start()) == v.sentenceAt(Math.max(q.start(), q.end() - 1))) return false;
        LeadingWindow w = LeadingWindow.of(q, v);
        for (int j = w.lo(); j < w.hi(); j++) if (v.cues.containsKey(j)) return true;
        return false;
    }
}
