package org.newskg.derive;

import java.util.Map;

import org.apache.jena.graph.Graph;
import org.newskg.store.ArticleStore;

/**
 * What the explorer's lists read, so that a page of the busiest person, outlet, topic or party costs what the page
 * shows and not what the node has in the store. Three kinds, each written where the layer already decides what it
 * depends on:
 * <ul>
 *   <li>in a block's graph, per store-wide agent: its attributions per publication day ({@link SpeakerDays}), the
 *       names the articles print for it ({@link PrintedNames}) and the parties they give it
 *       ({@link PartyMemberships}), all functions of the block's facts;</li>
 *   <li>in a day's graph, per outlet and per topic: that day's articles and claims ({@link DayLists}), a function of
 *       the day's articles;</li>
 *   <li>in the store summary, lists ranked once per load ({@link RankedLists}): each outlet's and topic's speakers
 *       and each party's members, read from the blocks' summaries.</li>
 * </ul>
 * A newest-first listing sorts a node's days (a few thousand at most, however large the store: days are bounded
 * by the calendar) and reads the items of the newest days only; a most-first listing reads the ranked head.
 */
final class ExplorerSummaries {
    private ExplorerSummaries() {}

    /** The block's explorer summaries, into its graph. */
    static void block(Graph g, BlockFacts f, Map<String, String> resolvesTo, Publications pubs) {
        SpeakerDays.write(g, f, resolvesTo, pubs);
        PrintedNames.write(g, f, resolvesTo);
        PartyMemberships.write(g, f, resolvesTo, pubs);
    }

    /** Each day's outlet and topic lists, into the day graphs just derived (graph IRI to graph). */
    static void days(ArticleStore store, Map<String, Graph> dayGraphs) { DayLists.write(store, dayGraphs); }

    /** The ranked lists, into the store summary graph being derived. */
    static void ranks(ArticleStore store, Graph summary) { RankedLists.write(store, summary); }
}
