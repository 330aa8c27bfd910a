package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Party membership that the text states about a named person, in four patterns: a modifier in the title
 * ("Republican Sen. Lindsey Graham", "former Democratic President Barack Obama"), the party-state tag
 * ("Rep. Adam Schiff, D-Calif."), an apposition after the name ("Marco Rubio, a Florida Republican,") and
 * one before it ("the top Democrat on the committee, Adam Schiff"). An organization's name, a group
 * ("three Republican senators") and a rival's description ("a Democratic challenger to Sen. X") state
 * nothing about a named person and give nothing.
 */
final class PartyFinder {
    private static final Set<String> ROLE_NOUNS = Words.of("senator", "sen.", "representative", "rep.", "lawmaker",
            "congressman", "congresswoman", "governor", "candidate", "nominee", "leader", "member", "mayor", "president",
            "chairman", "chairwoman", "whip", "legislator", "politician", "strategist", "operative", "mp", "minister",
            "presidential", "senate", "house", "state", "assemblyman", "assemblywoman", "delegate", "incumbent");
    private static final Set<String> NOT_MEMBERSHIP_AFTER = Words.of("challenger", "rival", "opponent", "critic",
            "foe", "donor", "voter", "voters", "supporter", "strategists", "-led", "-controlled", "national",
            "party", "primary", "leaning", "turned");
    private static final Pattern TAG = Pattern.compile("^\\s*[,(]\\s*([A-Z][a-z]{0,3})-([A-Z][A-Za-z. ]{1,14}?)\\.?\\s*[,)]");

    private final Map<String, List<Schemes.PartyConcept>> byWord = new HashMap<>();
    private final Map<String, Schemes.PartyConcept> byAbbreviation = new HashMap<>();

    PartyFinder(Schemes schemes) {
        for (Schemes.PartyConcept p : schemes.parties()) {
            Set<String> words = new LinkedHashSet<>();
            words.addAll(p.adjectives());
            words.addAll(p.memberNouns());
            for (String w : words) byWord.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p);
            // Plural member nouns ("Republicans") name groups; only the singular states a person's party.
            if (p.country().equals("US")) for (String a : p.abbreviations()) byAbbreviation.putIfAbsent(a, p);
        }
    }

    List<Membership> find(ArticleView v, List<Mention> mentions) {
        List<Membership> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.kind() != Mention.Kind.PERSON || m.entity() < 0 || m.inQuote()) continue;
            List<Membership> found = new ArrayList<>();
            fromTitle(v, m, found);
            fromTag(v, m, found);
            fromAppositionAfter(v, m, found);
            fromAppositionBefore(v, m, found);
            // "Democratic Rep. Adam Schiff, D-Calif." states it twice in one mention: one evidence, the longest.
            found.stream().collect(java.util.stream.Collectors.toMap(Membership::party, x -> x,
                    (x, y) -> x.evidence().length() >= y.evidence().length() ? x : y, java.util.LinkedHashMap::new))
                    .values().forEach(out::add);
        }
        return out;
    }

    private Schemes.PartyConcept party(String word, String context) {
        List<Schemes.PartyConcept> c = byWord.get(word.toLowerCase(Locale.ROOT));
        if (c == null || c.isEmpty()) return null;
        if (c.size() == 1) return c.get(0);
        String ctx = context.toLowerCase(Locale.ROOT);
        for (Schemes.PartyConcept p : c) if (hintsCountry(ctx, p.country())) return p;
        // Republican and Democratic are American far more often than French or other.
        for (Schemes.PartyConcept p : c) if (p.country().equals("US")) return p;
        return null;
    }

    private static boolean hintsCountry(String ctx, String country) {
        return switch (country) {
            case "GB" -> ctx.contains("british") || ctx.contains(" uk ") || ctx.contains(" mp") || ctx.contains("britain");
            case "CA" -> ctx.contains("canad") || ctx.contains("ottawa");
            case "AU" -> ctx.contains("australia") || ctx.contains("canberra");
            case "DE" -> ctx.contains("german") || ctx.contains("berlin") || ctx.contains("bundestag");
            case "FR" -> ctx.contains("french") || ctx.contains("france") || ctx.contains("paris");
            case "IN" -> ctx.contains("india") || ctx.contains("delhi");
            default -> false;
        };
    }

    private void fromTitle(ArticleView v, Mention m, List<Membership> out) {
        if (m.title().isBlank()) return;
        String[] words = m.title().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replaceAll("[^A-Za-z\\-]", "");
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
            Schemes.PartyConcept p = party(w, sentenceText(v, m));
            if (p == null) continue;
            // "Democratic National Committee chairman Tom Perez" would need the org in the title; the title words
            // stop at non-title nouns, so what reaches here modifies the person.
            out.add(new Membership(m.entity(), p.iri(), new TextSpan(m.surfaceStart(), m.end()), "modifier"));
            return;
        }
    }

    private void fromTag(ArticleView v, Mention m, List<Membership> out) {
        String after = v.body.substring(m.end(), Math.min(v.body.length(), m.end() + 24));
        Matcher t = TAG.matcher(after);
        if (!t.find()) return;
        Schemes.PartyConcept p = byAbbreviation.get(t.group(1));
        if (p == null) return;
        // The evidence ends with the tag: its closing parenthesis belongs to it, a following comma does not.
        int end = m.end() + t.end() - (after.charAt(t.end() - 1) == ')' ? 0 : 1);
        out.add(new Membership(m.entity(), p.iri(), new TextSpan(m.surfaceStart(), end), "party-state-tag"));
    }

    /** "Marco Rubio, a Florida Republican," / "Adam Schiff, the top Democrat on the committee,". */
    private void fromAppositionAfter(ArticleView v, Mention m, List<Membership> out) {
        int ti = v.tokenFrom(m.end());
        if (ti >= v.tokens.size() || !v.word(ti).equals(",")) return;
        int j = ti + 1;
        if (j >= v.tokens.size()) return;
        String det = v.word(j).toLowerCase(Locale.ROOT);
        if (!(det.equals("a") || det.equals("an") || det.equals("the") || det.equals("another") || det.equals("fellow"))) return;
        int sEnd = v.sentenceEndToken(j);
        for (int k = j + 1; k < Math.min(sEnd, j + 6); k++) {
            String w = v.word(k);
            if (w.equals(",") || w.equals(".")) return;
            Schemes.PartyConcept p = party(w, sentenceText(v, m));
            if (p == null) continue;
            if (!Character.isUpperCase(w.charAt(0))) return;
            // "a former Republican who now sits as an independent" states the opposite.
            String prev = v.word(k - 1).toLowerCase(Locale.ROOT);
            if (prev.equals("former") || prev.equals("ex") || prev.equals("onetime") || prev.equals("lifelong-turned")) return;
            String next = k + 1 < sEnd ? v.word(k + 1).toLowerCase(Locale.ROOT) : ".";
            if (NOT_MEMBERSHIP_AFTER.contains(next) || next.startsWith("-")) return;
            // "Ivanka Trump, the Republican presidential nominee's eldest daughter": the party is her father's.
            for (int q = k + 1; q < Math.min(sEnd, k + 5) && !v.word(q).equals(","); q++)
                if (v.word(q).equals("'s") || v.word(q).endsWith("'s")) return;
            boolean noun = p.memberNouns().stream().anyMatch(x -> x.equalsIgnoreCase(w));
            if (!noun && !ROLE_NOUNS.contains(next)) return;
            out.add(new Membership(m.entity(), p.iri(), new TextSpan(m.surfaceStart(), v.tokens.get(Math.min(k + (noun ? 0 : 1), sEnd - 1)).end()), "apposition"));
            return;
        }
    }

    /** "Another Senate Republican, Marco Rubio," / "the top Democrat on the committee, Adam Schiff". */
    private void fromAppositionBefore(ArticleView v, Mention m, List<Membership> out) {
        int ti = v.tokenFrom(m.surfaceStart()) - 1;
        if (ti < 1 || !v.word(ti).equals(",")) return;
        int sLo = v.sentenceStartToken(ti);
        for (int k = ti - 1; k >= Math.max(sLo, ti - 9); k--) {
            String w = v.word(k);
            if (w.equals(",") || v.mentionByEnd.containsKey(v.tokens.get(k).end()) && k == ti - 1) return;
            Schemes.PartyConcept p = party(w, sentenceText(v, m));
            if (p == null || !Character.isUpperCase(w.charAt(0))) continue;
            boolean noun = p.memberNouns().stream().anyMatch(x -> x.equalsIgnoreCase(w));
            String next = k + 1 < ti ? v.word(k + 1).toLowerCase(Locale.ROOT) : ",";
            if (!noun && !ROLE_NOUNS.contains(next)) return;
            if (NOT_MEMBERSHIP_AFTER.contains(next)) return;
            // The phrase must open with a determiner: "Another Senate Republican", "the top Democrat".
            int d = k - 1;
            while (d >= sLo && d > k - 4 && !isDeterminer(v.word(d))) d--;
            if (d < sLo || !isDeterminer(v.word(d))) return;
            if (d > sLo && v.word(d - 1).equalsIgnoreCase("of")) return;
            out.add(new Membership(m.entity(), p.iri(), new TextSpan(v.tokens.get(d).start(), m.end()), "apposition"));
            return;
        }
    }

    private static boolean isDeterminer(String w) {
        return Set.of("a", "an", "the", "another", "fellow").contains(w.toLowerCase(Locale.ROOT));
    }

    private static String sentenceText(ArticleView v, Mention m) {
        return " " + v.sentence(m.sentence()).text(v.text) + " ";
    }
}
