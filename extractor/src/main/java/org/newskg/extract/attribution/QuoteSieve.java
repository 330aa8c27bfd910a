package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.Attribution;

/**
 * One rule that may decide who said a direct quotation. Rules run in a fixed order (see
 * {@link DirectQuoteSieves}); the first that returns an attribution decides, and its {@code Sieve} is recorded.
 * A rule is stateless: everything it reads comes through the group and the context.
 */
interface QuoteSieve {
    Optional<Attribution> attribute(QuoteGroup g, SieveContext c);
}
