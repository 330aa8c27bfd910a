package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Mention;
import org.newskg.extract.Quote;
import org.newskg.extract.Sieve;

/**
 * A quotation standing alone, then a paragraph of nothing but {@code - Kate Ruiz.} or {@code Kate Ruiz, Harbor
 * Institute.}: the speaker signs below, dash or no dash, affiliation or none.
 */
final class Signature implements QuoteSieve {
    /** A signature paragraph is short: at most 80 characters. */
    static final int MAX_LENGTH = 80;

    @Override
    public Optional<Attribution> attribute(QuoteGroup g, SieveContext c) {
        if (!g.isLone(c.v)) return Optional.empty();
        Speaker signed = signedBelow(g.last(), c);
        return signed == null ? Optional.empty() : Optional.of(c.make(g, signed, null, Sieve.SIGNATURE));
    }

    private static Speaker signedBelow(Quote last, SieveContext c) {
        ArticleView v = c.v;
        int pe = v.paragraphEnd(last.outerEnd());
        if (!v.text.substring(last.outerEnd(), pe).isBlank() || pe >= v.text.length()) return null;
        int ns = pe + 1;
        while (ns < v.text.length() && Character.isWhitespace(v.text.charAt(ns))) ns++;
        int ne = v.paragraphEnd(ns);
        if (ns >= ne || ne - ns > MAX_LENGTH) return null;
        int k = v.tokenFrom(ns), end = v.tokenFrom(ne);
        while (k < end && (v.word(k).equals("-") || v.word(k).equals("\u2014") || v.word(k).equals("\u2013") || v.word(k).equals("--"))) k++;
        if (k >= end) return null;
        Mention m = v.mentionBySurfaceStart.get(v.tokens.get(k).start());
        if (m == null || m.kind() != Mention.Kind.PERSON) return null;
        int after = v.tokenFrom(m.end());
        // Only a signature: the name, then an affiliation after a comma, or nothing but a period.
        if (after < end && !v.word(after).equals(",") && !(Punctuation.isTerminator(v.word(after)) && after + 1 >= end)) return null;
        for (int j = after; j < end; j++) if (v.tokens.get(j).isVerb()) return null;
        Speaker sp = c.subjects.speakerOf(m);
        return sp.entity() >= 0 ? sp : null;
    }
}
