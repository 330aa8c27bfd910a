package org.newskg.derive;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.newskg.resolve.Names;

/**
 * What the article graphs say about the agents of one block, read from the store: every use of an agent node in
 * an article, and every claim they are credited with. The derived graph of a block is a function of this alone.
 */
record BlockFacts(String block, List<AgentUse> agents, List<ClaimUse> claims, List<TopicUse> topics) {

    BlockFacts {
        agents = List.copyOf(agents);
        claims = List.copyOf(claims);
        topics = List.copyOf(topics);
    }

    BlockFacts(String block, List<AgentUse> agents, List<ClaimUse> claims) { this(block, agents, claims, List.of()); }

    /** One agent node as one article uses it: the name that article prints (absent for organizations), outlet, date. */
    record AgentUse(String node, String article, Optional<String> name, Optional<String> outlet, Optional<LocalDate> date) {
        boolean person() { return node.contains("/id/person/"); }

        /** Article-local: a surname the article never completed ({@code person/scott/in/{article}}). */
        boolean local() { return Names.isArticleLocal(node); }
    }

    /** A claim credited to an agent node in one article, quoted directly there or reported. */
    record ClaimUse(String claim, String speaker, String article, String text, boolean direct, String attribution) {}

    /** A topic a claim of an agent node is about. */
    record TopicUse(String speaker, String claim, String topic) {}
}
