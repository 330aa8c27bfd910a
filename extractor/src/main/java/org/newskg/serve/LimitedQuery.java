package org.newskg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query service with a cap on solutions: a query without a LIMIT, or with a larger one, runs with
 * LIMIT {@code maxRows}. Neither ARQ nor Fuseki has a setting for this (the context has a query timeout, not a
 * result limit), and counting rows on the way out would still let the engine sort or build everything first.
 * Written into the query, the limit is seen by the engine: it stops after that many solutions, an ORDER BY becomes
 * a top-N sort held in memory for those rows only, and it applies to CONSTRUCT and DESCRIBE (their solutions) and
 * to every result format alike. A client that gets exactly {@code maxRows} rows pages on with OFFSET.
 */
final class LimitedQuery extends SPARQL_QueryDataset {
    private final long maxRows;

    LimitedQuery(long maxRows) {
        if (maxRows <= 0) throw new IllegalArgumentException("result limit must be positive, got " + maxRows);
        this.maxRows = maxRows;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return super.createQueryExec(action, capped(query, maxRows), dataset);
    }

    /** The query as it will run; the request's own query is left alone, since Fuseki logs and dispatches on it. */
    static Query capped(Query query, long maxRows) {
        if (query.isAskType() || query.hasLimit() && query.getLimit() <= maxRows) return query;
        Query q = query.cloneQuery();
        q.setLimit(maxRows);
        return q;
    }
}
