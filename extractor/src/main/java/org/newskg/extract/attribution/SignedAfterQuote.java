package org.newskg.extract.attribution;

import java.util.Set;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Quote;

/**
 * {@code “...” ― Ana Ruiz}, {@code "..." - Tomas Berg, Port Hale}: a quotation opening its line and signed at the
 * line's end, after a dash, by a few capitalized words and no verb. Reader round-ups, vox pops and pull quotes name
 * each speaker so; whoever spoke the line above does not go on. Where the signature is a person the name finder
 * knows, {@link NameAfterQuote} proposes it; where it is not ("― Jacklyn Ashley" unrecognised), the quotation's
 * speaker is still the signer and nobody else: the chooser keeps only {@link NameAfterQuote}'s proposal or names no
 * one. On PolNeAR dev the previous line's signer was chosen for 4 signed lines of a reader round-up.
 */
final class SignedAfterQuote {
    private static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014", "\u2015");
    /** A signature is short: a name and perhaps a town or a title, at most this many tokens after the dash. */
    static final int MAX_TOKENS = 8;

    private SignedAfterQuote() {}

    /** Whether the group's last quotation is signed after a dash at the end of a line its first quotation opens. */
    static boolean signed(QuoteGroup g, ArticleView v) {
        if (!g.isLone(v)) return false;
        Quote q = g.last();
        if (!q.closed()) return false;
        int pe = v.paragraphEnd(q.outerEnd());
        int k = v.tokenFrom(q.outerEnd()), end = v.tokenFrom(pe);
        if (k >= end || !DASHES.contains(v.word(k))) return false;
        k++;
        if (k >= end || end - k > MAX_TOKENS || !Character.isUpperCase(v.word(k).charAt(0))) return false;
        for (int j = k; j < end; j++) {
            var t = v.tokens.get(j);
            if (t.isVerb() || t.pos().equals("AUX") || v.cues.containsKey(j)) return false;
        }
        // Another quotation on the line is no signature: '"..." - and then "...".'
        String tail = v.text.substring(q.outerEnd(), pe);
        return tail.chars().noneMatch(ch -> ch == '"' || ch == '\u201c' || ch == '\u201d');
    }
}
