package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.Attribution;

/** One rule that may read a claim in reported speech off a cue. Rules run in order; the first that decides wins. */
interface ReportedRule {
    Optional<Attribution> attribute(CueSite s, SieveContext c);
}
