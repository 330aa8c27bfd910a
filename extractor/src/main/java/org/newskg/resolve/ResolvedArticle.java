package org.newskg.resolve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newskg.extract.Extraction;

/** An extraction with its entities and claims given identities that hold across articles. */
public record ResolvedArticle(Extraction extraction, Map<Integer, Agent> agents, List<Claim> claims) {

    /**
     * A person or organization: its key (the IRI's last segments), the name as this article prints it, the variants
     * used here, and the block in which its store-wide identity is decided (see {@link Names#surnameBlock}).
     */
    public record Agent(String kind, String key, String name, Set<String> variants, String block) {
        public Agent {
            variants = Set.copyOf(variants);
        }

        public boolean isPerson() { return kind.equals("person"); }
    }

    /** The claim of one attribution: its identity key, normalized and display texts, and speaker key. */
    public record Claim(int attribution, String key, String normalized, String text, Optional<String> speakerKey) {}

    public ResolvedArticle {
        agents = Map.copyOf(agents);
        claims = List.copyOf(claims);
    }
}
