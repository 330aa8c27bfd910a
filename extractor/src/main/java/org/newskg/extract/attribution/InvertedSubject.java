package org.newskg.extract.attribution;

import java.util.Locale;

import org.newskg.extract.ArticleView;

/**
 * Where English puts the subject after a speech verb ("said Ruiz", "added the mayor"): only where the verb opens its
 * clause, right after a quotation ('"...," said Ruiz'), at the start of a sentence or after a comma or colon
 * ('Added Ruiz: "..."'). A name after a verb elsewhere is its object: 'took to Twitter to accuse Alcott's campaign
 * of being "duped"', '"Islamic terrorism" often, and criticized Ostrova for ...'. On PolNeAR dev 2 quotations went
 * to such objects. Nor is a passive agent a subject: '"super PACs" supported by ...'.
 */
final class InvertedSubject {
    private InvertedSubject() {}

    /** Whether the cue at token {@code k}, read before a quotation whose leading window starts at {@code lo}, may have its subject after it. */
    static boolean beforeQuote(int k, int lo, ArticleView v) {
        if (k <= lo) return true;
        String prev = v.word(k - 1);
        if (prev.equalsIgnoreCase("to")) return false;
        return prev.equals(",") || prev.equals(":") || prev.equals(";") || Punctuation.isQuoteMark(prev);
    }

    /**
     * Whether the cue at token {@code k}, after a quotation whose first token after the closing mark is {@code i},
     * may have its subject after it: nothing but punctuation and adverbs ("then", "later") stands between.
     */
    static boolean afterQuote(int k, int i, ArticleView v) {
        boolean auxiliary = false;
        for (int j = i; j < k; j++) {
            var t = v.tokens.get(j);
            String w = t.form().toLowerCase(Locale.ROOT);
            if (!(t.pos().equals("PUNCT") || t.pos().equals("ADV") || SubjectFinder.SKIPPABLE.contains(w))) return false;
            auxiliary |= t.pos().equals("AUX");
        }
        // 'Tea Party "super PACs" supported by the brothers Charles and David Koch': a participle and its agent modify the
        // quoted noun. A passive clause names its speaker so ('"American Skin" was written by Springsteen'); a
        // participle without an auxiliary does not.
        return auxiliary || k + 1 >= v.tokens.size() || !v.word(k + 1).equalsIgnoreCase("by");
    }
}
