package org.newskg.derive;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.newskg.resolve.Names;

/**
 * One person whose outlets transliterate the given name two ways ("Shehbaz" / "Shahbaz" Sharif, "Mohammed" /
 * "Mohammad"): two full-name persons of one surname block are one when
 * <ul>
 * <li>their given names differ in exactly one letter, a vowel for a vowel, inside the name (not its first or last
 *     letter: a last vowel marks gender or case, "Maria" / "Mario", "Julia" / "Julio"), and the names have
 *     {@link IdentityRules#variantMinLetters} letters at least (short names differ by one vowel and are different
 *     names: "Jon" / "Jan", "Alan" / "Alen"); middle names and suffixes equal;</li>
 * <li>no article prints both (an article that writes both spellings tells two people apart);</li>
 * <li>the articles state the same party for both, and print them within {@link IdentityRules#sameStoryDays} days of
 *     each other: the same politician in the same story;</li>
 * <li>neither has another such variant in the block (three spellings, or two people, leave all apart).</li>
 * </ul>
 * The person printed in more articles keeps the node (then the first in code-point order), so the label is the
 * spelling most outlets print ({@link Labels}). A wrong merge is worse than a missed one: every condition is
 * evidence, none is enough alone.
 */
final class SpellingVariants {
    private static final String VOWELS = "aeiou";

    private SpellingVariants() {}

    /** Points each variant person of the block to the one it is ({@code out} maps nodes to store-wide nodes). */
    static void join(BlockFacts facts, Map<String, String> out, Set<String> candidates, IdentityRules rules) {
        if (rules.variantMinLetters() <= 0) return;
        Map<String, Names.KeyParts> parts = new TreeMap<>();
        Map<String, Set<String>> articles = new TreeMap<>(), parties = new TreeMap<>();
        Map<String, List<LocalDate>> dates = new TreeMap<>();
        for (BlockFacts.AgentUse u : facts.agents()) {
            if (!candidates.contains(u.node()) || !out.get(u.node()).equals(u.node())) continue;
            if (u.name().isPresent()) parts.putIfAbsent(u.node(), Names.keyParts(u.name().get()));
            articles.computeIfAbsent(u.node(), k -> new TreeSet<>()).add(u.article());
            u.date().ifPresent(d -> dates.computeIfAbsent(u.node(), k -> new ArrayList<>()).add(d));
        }
        for (BlockFacts.MembershipUse m : facts.memberships()) parties.computeIfAbsent(m.person(), k -> new TreeSet<>()).add(m.party());
        List<String> nodes = new ArrayList<>(parts.keySet());
        Map<String, Set<String>> variants = new TreeMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                String a = nodes.get(i), b = nodes.get(j);
                if (!spellings(parts.get(a), parts.get(b), rules.variantMinLetters())) continue;
                if (!Collections.disjoint(articles.get(a), articles.get(b))) continue;
                if (Collections.disjoint(parties.getOrDefault(a, Set.of()), parties.getOrDefault(b, Set.of()))) continue;
                if (!near(dates.getOrDefault(a, List.of()), dates.getOrDefault(b, List.of()), rules.sameStoryDays())) continue;
                variants.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
                variants.computeIfAbsent(b, k -> new TreeSet<>()).add(a);
            }
        }
        for (var e : variants.entrySet()) {
            String a = e.getKey();
            if (e.getValue().size() != 1) continue;
            String b = e.getValue().iterator().next();
            if (variants.get(b).size() != 1 || a.compareTo(b) > 0) continue;
            int na = articles.get(a).size(), nb = articles.get(b).size();
            String keep = na >= nb ? a : b, other = keep.equals(a) ? b : a;
            out.put(other, keep);
        }
    }

    /** Whether two printed names are one name spelt two ways (see the class comment). */
    static boolean spellings(Names.KeyParts a, Names.KeyParts b, int minLetters) {
        if (!a.surname().equals(b.surname()) || !a.middle().equals(b.middle()) || !a.suffix().equals(b.suffix())) return false;
        String x = a.given(), y = b.given();
        if (x.length() != y.length() || x.length() < minLetters || x.equals(y)) return false;
        int diff = -1;
        for (int k = 0; k < x.length(); k++) {
            if (x.charAt(k) == y.charAt(k)) continue;
            if (diff >= 0) return false;
            diff = k;
        }
        return diff > 0 && diff < x.length() - 1 && VOWELS.indexOf(x.charAt(diff)) >= 0 && VOWELS.indexOf(y.charAt(diff)) >= 0;
    }

    /** Whether some printing of one lies within {@code days} of some printing of the other; undated ones may. */
    private static boolean near(List<LocalDate> a, List<LocalDate> b, int days) {
        if (a.isEmpty() || b.isEmpty()) return true;
        for (LocalDate x : a) for (LocalDate y : b) if (Math.abs(ChronoUnit.DAYS.between(x, y)) <= days) return true;
        return false;
    }
}
