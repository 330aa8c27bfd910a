package org.newskg.extract.attribution;

import java.util.ArrayList;
import java.util.List;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Quote;
import org.newskg.extract.TextSpan;

/**
 * One utterance to attribute: its quotations (several when an attribution interrupts it), the claim's span and
 * pieces, its sentence, and the attribution of the utterance before it (null at the first), which the
 * continuation rules read.
 */
record QuoteGroup(List<Quote> quotes, TextSpan span, List<TextSpan> pieces, TextSpan sentence, Attribution previous) {
    QuoteGroup {
        quotes = List.copyOf(quotes);
        pieces = List.copyOf(pieces);
    }

    static QuoteGroup of(List<Quote> quotes, Attribution previous, ArticleView v) {
        Quote first = quotes.get(0), last = quotes.get(quotes.size() - 1);
        List<TextSpan> pieces = new ArrayList<>();
        for (Quote q : quotes) pieces.add(new TextSpan(q.start(), q.end()));
        return new QuoteGroup(quotes, new TextSpan(first.start(), last.end()), pieces, v.sentenceSpan(first.open(), last.outerEnd()), previous);
    }

    Quote first() { return quotes.get(0); }

    Quote last() { return quotes.get(quotes.size() - 1); }

    /** A quotation that opens its paragraph, with nothing before it to attribute it. */
    boolean isLone(ArticleView v) {
        return v.text.substring(v.paragraphStart(first().open()), first().open()).isBlank();
    }

    /** The utterance before this one was a direct quote with a speaker. */
    boolean followsSpokenQuote() { return previous != null && previous.direct() && previous.hasSpeaker(); }
}
