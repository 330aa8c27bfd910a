package org.newskg.extract.attribution;

import java.util.List;
import java.util.Optional;

import org.newskg.extract.Attribution;
import org.newskg.extract.Quote;

/**
 * The attribution after a quotation or between its pieces: the piece rules, in order, on each piece in turn;
 * the first that decides wins.
 */
final class EachPiece implements QuoteSieve {
    private final List<PieceRule> rules;

    EachPiece(PieceRule... rules) { this.rules = List.of(rules); }

    @Override
    public Optional<Attribution> attribute(QuoteGroup g, SieveContext c) {
        for (Quote q : g.quotes()) {
            for (PieceRule r : rules) {
                Optional<Attribution> a = r.attribute(q, g, c);
                if (a.isPresent()) return a;
            }
        }
        return Optional.empty();
    }
}
