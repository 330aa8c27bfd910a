package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The constructions read around one named person, run name by name in their order. "Democratic Rep. Adam
 * Schiff, D-Calif." states one party twice about one mention: the mention keeps one evidence per party, the
 * longest (the first of equally long ones).
 */
final class PartyNameRules implements MembershipRule {
    private final List<AboutName> rules;

    PartyNameRules(List<AboutName> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public String id() { return "about-name"; }

    @Override
    public void apply(PartyReading r, List<Finding> found) {
        for (Mention m : r.persons) {
            List<Finding> one = new ArrayList<>();
            for (AboutName rule : rules) rule.find(r, m, one);
            Map<String, Finding> longest = new LinkedHashMap<>();
            for (Finding f : one)
                longest.merge(f.m().party(), f, (x, y) -> x.m().evidence().length() >= y.m().evidence().length() ? x : y);
            found.addAll(longest.values());
        }
    }
}
