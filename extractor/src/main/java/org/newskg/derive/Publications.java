package org.newskg.derive;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** When and by whom each article of a block was published, as the block's agent uses carry it. */
record Publications(Map<String, LocalDate> dateOf, Map<String, String> outletOf) {

    static Publications of(BlockFacts f) {
        Map<String, LocalDate> dateOf = new HashMap<>();
        Map<String, String> outletOf = new HashMap<>();
        for (BlockFacts.AgentUse u : f.agents()) {
            u.date().ifPresent(d -> dateOf.put(u.article(), d));
            u.outlet().ifPresent(o -> outletOf.put(u.article(), o));
        }
        return new Publications(dateOf, outletOf);
    }

    Optional<LocalDate> date(String article) { return Optional.ofNullable(dateOf.get(article)); }

    Optional<String> outlet(String article) { return Optional.ofNullable(outletOf.get(article)); }

    /** The dates of these articles, the undated left out. */
    TreeSet<LocalDate> dates(Collection<String> articles) {
        TreeSet<LocalDate> out = new TreeSet<>();
        for (String a : articles) date(a).ifPresent(out::add);
        return out;
    }

    /** The outlets of these articles. */
    Set<String> outlets(Collection<String> articles) {
        Set<String> out = new TreeSet<>();
        for (String a : articles) outlet(a).ifPresent(out::add);
        return out;
    }
}
