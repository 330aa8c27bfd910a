package org.newskg.extract.attribution;

import java.util.List;

import org.newskg.extract.Mention;

/**
 * A possible speaker of a quotation: an entity of the article ({@code entity} -1 stands for "nobody named"), the
 * rules that propose it, in rule order, and its name mention nearest to the quotation outside quotation marks
 * (null when it has none).
 */
record Candidate(int entity, List<Proposal> proposals, Mention nearest) {
    Candidate {
        proposals = List.copyOf(proposals);
    }

    boolean isNone() { return entity < 0; }
}
