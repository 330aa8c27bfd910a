package org.newskg.derive;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newskg.rdf.Iris;
import org.newskg.resolve.Names;

/**
 * What the article graphs say about the agents of one block: every use of an agent node in an article, every claim
 * they are credited with, the topics of those claims, the co-mentions that person resolution weighs, and the party
 * memberships the articles state for them. A block's
 * derived graph is a function of this alone ({@link BlockDerivation#derive}), so a block's facts can be read
 * anywhere (one store query per batch of blocks here, a group-by-key elsewhere) and derived by the same code.
 */
public record BlockFacts(String block, List<AgentUse> agents, List<ClaimUse> claims, List<TopicUse> topics, CoMentions coMentions,
                         List<MembershipUse> memberships) {

    public BlockFacts {
        agents = List.copyOf(agents);
        claims = List.copyOf(claims);
        topics = List.copyOf(topics);
        memberships = List.copyOf(memberships);
    }

    /** The facts of a block for which no article states a party membership. */
    public BlockFacts(String block, List<AgentUse> agents, List<ClaimUse> claims, List<TopicUse> topics, CoMentions coMentions) {
        this(block, agents, claims, topics, coMentions, List.of());
    }

    /** A party membership one article states for an agent node of the block: its evidence node and the party. */
    public record MembershipUse(String person, String article, String party, String evidence) {}

    /** One agent node as one article uses it: the name that article prints (absent for organizations), outlet, date. */
    public record AgentUse(String node, String article, Optional<String> name, Optional<String> outlet, Optional<LocalDate> date) {
        public boolean person() { return Iris.isPerson(node); }

        /** Article-local: a surname the article never completed ({@code person/scott/in/{article}}). */
        public boolean local() { return Names.isArticleLocal(node); }
    }

    /**
     * A claim credited to an agent node in one article, quoted directly there or reported, and where: the start of
     * the attribution's span, and the spans of its pieces when its attribution interrupts it (empty for a quotation
     * in one piece), in article order.
     */
    public record ClaimUse(String claim, String speaker, String article, String text, boolean direct, String attribution, int start,
                           List<Span> pieces) {
        public ClaimUse {
            pieces = List.copyOf(pieces);
        }
    }

    /** A piece's span in the article body: code points, end exclusive. */
    public record Span(int start, int end) {}

    /** A topic a claim of an agent node is about. */
    public record TopicUse(String speaker, String claim, String topic) {}

    /** In how many of a candidate's articles a person is named, and one of them (the only one when it is one). */
    public record Seen(int articles, String one) {}

    /**
     * The co-mentions of a block whose surname-only persons have full-name candidates: for each article of such a
     * person, the store-wide persons it names; for each candidate, the store-wide persons named in the candidate's
     * articles. Empty for a block with nothing to resolve.
     */
    public record CoMentions(Map<String, Set<String>> personsIn, Map<String, Map<String, Seen>> besideCandidate) {
        public static final CoMentions NONE = new CoMentions(Map.of(), Map.of());

        public CoMentions {
            personsIn = Map.copyOf(personsIn);
            besideCandidate = Map.copyOf(besideCandidate);
        }

        /**
         * Whether another full-name person of the mention's article is named in one of the candidate's other
         * articles: the same story.
         */
        public boolean supports(AgentUse mention, String candidate) {
            Map<String, Seen> named = besideCandidate.getOrDefault(candidate, Map.of());
            for (String q : personsIn.getOrDefault(mention.article(), Set.of())) {
                if (q.equals(candidate)) continue;
                Seen s = named.get(q);
                if (s != null && (s.articles() > 1 || !s.one().equals(mention.article()))) return true;
            }
            return false;
        }
    }
}
