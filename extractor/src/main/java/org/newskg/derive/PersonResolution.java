package org.newskg.derive;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.newskg.resolve.Names;

/**
 * Who a surname-only person is, store-wide. An article that says only "Alcott" names whoever the store calls
 * Alcott in the same story; when the store has two Alcotts in that context (a senator and her son, a father and
 * his namesake) the article's node stays its own, because a wrong merge is worse than a missed one.
 * <p>
 * Candidates are the block's full-name persons. A candidate is supported when another person of the article is
 * also named in one of the candidate's articles (the same story), or, failing any such evidence, when the
 * candidate is printed within {@link IdentityRules#sameStoryDays} days of the article. Exactly one supported
 * candidate resolves the node; none, or two, leave it apart.
 * <p>
 * Full names first join their forms: a middle initial ("Donald J. Trump"), and a given name transliterated two ways
 * ({@link SpellingVariants}).
 */
final class PersonResolution {
    private PersonResolution() {}

    /** Every agent node of the block and the store-wide node it resolves to; co-mentions come with the facts. */
    static Map<String, String> resolve(BlockFacts facts) {
        int window = IdentityRules.CURRENT.sameStoryDays();
        Map<String, String> out = new TreeMap<>();
        SortedSet<String> candidates = new TreeSet<>();
        Map<String, List<LocalDate>> datesOf = new TreeMap<>();
        for (BlockFacts.AgentUse u : facts.agents()) {
            out.put(u.node(), u.node());
            if (u.person() && !u.local()) {
                candidates.add(u.node());
                u.date().ifPresent(d -> datesOf.computeIfAbsent(u.node(), k -> new ArrayList<>()).add(d));
            }
        }
        if (candidates.isEmpty()) return out;
        joinMiddleInitials(facts, out, candidates);
        SpellingVariants.join(facts, out, candidates, IdentityRules.CURRENT);
        // Candidates are the store-wide persons; a local name is supported by any node that resolves to one.
        Map<String, Set<String>> aliases = new TreeMap<>();
        for (String c : candidates) aliases.computeIfAbsent(out.get(c), k -> new TreeSet<>()).add(c);
        for (BlockFacts.AgentUse u : facts.agents()) {
            if (!u.person() || !u.local()) continue;
            Set<String> supported = new TreeSet<>();
            for (var e : aliases.entrySet()) {
                for (String c : e.getValue()) {
                    if (facts.coMentions().supports(u, c)) {
                        supported.add(e.getKey());
                        break;
                    }
                }
            }
            if (supported.isEmpty() && u.date().isPresent()) {
                LocalDate d = u.date().get();
                for (String c : candidates) {
                    for (LocalDate cd : datesOf.getOrDefault(c, List.of())) {
                        if (Math.abs(ChronoUnit.DAYS.between(d, cd)) <= window) supported.add(out.get(c));
                    }
                }
            }
            if (supported.size() == 1) out.put(u.node(), supported.iterator().next());
        }
        return out;
    }

    /**
     * "Donald J. Trump" is "Donald Trump" when the block knows no other middle initial for Donald Trump; with two
     * ("George W. Bush", "George H.W. Bush") each stays itself and so does the bare "George Bush", which could be
     * either.
     */
    private static void joinMiddleInitials(BlockFacts facts, Map<String, String> out, Set<String> candidates) {
        Map<String, Names.KeyParts> parts = new TreeMap<>();
        for (BlockFacts.AgentUse u : facts.agents()) {
            if (candidates.contains(u.node()) && u.name().isPresent()) parts.putIfAbsent(u.node(), Names.keyParts(u.name().get()));
        }
        Map<Names.KeyParts, String> bare = new HashMap<>();
        Map<Names.KeyParts, Set<String>> middles = new HashMap<>();
        for (var e : parts.entrySet()) {
            Names.KeyParts k = e.getValue();
            if (k.middle().isEmpty()) bare.put(k, e.getKey());
            else middles.computeIfAbsent(k.withoutMiddle(), x -> new TreeSet<>()).add(k.middle());
        }
        for (var e : parts.entrySet()) {
            Names.KeyParts k = e.getValue();
            if (k.middle().isEmpty()) continue;
            String plain = bare.get(k.withoutMiddle());
            if (plain != null && middles.get(k.withoutMiddle()).size() == 1) out.put(e.getKey(), plain);
        }
    }
}
