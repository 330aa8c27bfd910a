package org.newskg.extract.attribution;

import java.util.List;
import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Quote;
import org.newskg.extract.Sieve;

/**
 * A partial quotation inside a sentence ('Quist told the Gazette she was "not ready yet" to endorse Alcott')
 * belongs to the verb before it first: a verb after it is usually part of the reported clause. So, for a
 * partial quotation only, the leading rules run before the trailing ones; a subject without a speech verb does
 * not count here.
 */
final class PartialQuoteLeads implements QuoteSieve {
    private final List<QuoteSieve> leading;

    PartialQuoteLeads(List<QuoteSieve> leading) { this.leading = List.copyOf(leading); }

    @Override
    public Optional<Attribution> attribute(QuoteGroup g, SieveContext c) {
        if (!isPartial(g.last(), c.v)) return Optional.empty();
        for (QuoteSieve s : leading) {
            Optional<Attribution> a = s.attribute(g, c);
            if (a.isPresent()) return a.get().sieve().basis() == Sieve.Basis.SUBJECT ? Optional.empty() : a;
        }
        return Optional.empty();
    }

    /** A quotation that ends inside its sentence, with no punctuation of its own to hand over to an attribution. */
    static boolean isPartial(Quote q, ArticleView v) {
        String content = v.text.substring(q.start(), q.end()).strip();
        if (content.isEmpty()) return false;
        char ch = content.charAt(content.length() - 1);
        if (",.?!:;\u2014-".indexOf(ch) >= 0) return false;
        int i = v.tokenFrom(q.outerEnd());
        return i < v.tokens.size() && !Punctuation.isTerminator(v.word(i)) && !v.word(i).equals(",");
    }
}
