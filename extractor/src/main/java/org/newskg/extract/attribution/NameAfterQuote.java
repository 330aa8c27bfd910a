package org.newskg.extract.attribution;

import java.util.Optional;
import java.util.Set;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Mention;
import org.newskg.extract.Quote;
import org.newskg.extract.Sieve;

/**
 * {@code ‘Freedom struggle begins again’: Imran}, {@code ‘Them’s the breaks’ - Boris Johnson announces resignation},
 * {@code “...” ― Pamela Padilla}: a quotation followed, in its paragraph, by a colon or a dash and a person's name.
 * Headlines and reader round-ups name their speaker so, with no speech verb.
 */
final class NameAfterQuote implements QuoteSieve {
    private static final Set<String> MARKS = Set.of(":", "-", "--", "\u2013", "\u2014", "\u2015", "|");
    /** Capitalized words before the name ("Defiant", "Former"): at most two. */
    static final int MAX_BEFORE_NAME = 3;

    @Override
    public Optional<Attribution> attribute(QuoteGroup g, SieveContext c) {
        ArticleView v = c.v;
        Quote q = g.last();
        if (!q.closed()) return Optional.empty();
        int k = v.tokenFrom(q.outerEnd());
        int pe = v.paragraphEnd(q.outerEnd());
        if (k + 1 >= v.tokens.size() || v.tokens.get(k).start() >= pe || !MARKS.contains(v.word(k))) return Optional.empty();
        // "‘...’: Defiant Boris Johnson resigns": a capitalized word or two may stand before the name.
        Mention m = null;
        for (int j = k + 1; j < Math.min(v.tokens.size(), k + 1 + MAX_BEFORE_NAME) && m == null; j++) {
            m = v.mentionBySurfaceStart.get(v.tokens.get(j).start());
            if (m == null && !Character.isUpperCase(v.word(j).charAt(0))) break;
        }
        if (m == null || m.inQuote() || m.kind() != Mention.Kind.PERSON || m.start() >= pe) return Optional.empty();
        Speaker sp = c.subjects.speakerOf(m);
        if (sp.entity() < 0) return Optional.empty();
        return Optional.of(c.make(g, sp, null, Sieve.NAME_AFTER_QUOTE));
    }
}
