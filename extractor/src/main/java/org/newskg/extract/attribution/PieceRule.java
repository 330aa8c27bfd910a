package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.Attribution;
import org.newskg.extract.Quote;

/** A rule that reads what follows one piece of an utterance ({@code "A," she said, "B."} has two pieces). */
interface PieceRule {
    Optional<Attribution> attribute(Quote piece, QuoteGroup g, SieveContext c);
}
