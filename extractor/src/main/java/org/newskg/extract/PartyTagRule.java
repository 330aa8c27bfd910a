package org.newskg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The US party-state tag after a name: "Rep. Adam Schiff, D-Calif.", "(R-S.C.)". */
final class PartyTagRule implements MembershipRule.AboutName {
    private static final Pattern TAG = Pattern.compile("^\\s*[,(]\\s*([A-Z][a-z]{0,3})-([A-Z][A-Za-z. ]{1,14}?)\\.?\\s*[,)]");
    /** How far after the name a tag may end, in characters: ", R-S.C.," with spaces to spare. */
    static final int TAG_CHARS = 24;

    private final Map<String, Schemes.PartyConcept> byTagLetter = new HashMap<>();

    PartyTagRule(Schemes schemes) {
        for (Schemes.PartyConcept p : schemes.parties())
            if (p.country().equals("US")) for (String a : p.abbreviations()) byTagLetter.putIfAbsent(a, p);
    }

    @Override
    public String id() { return "party-state-tag"; }

    @Override
    public void find(PartyReading r, Mention m, List<MembershipRule.Finding> out) {
        ArticleView v = r.v;
        String after = v.body.substring(m.end(), Math.min(v.body.length(), m.end() + TAG_CHARS));
        Matcher t = TAG.matcher(after);
        if (!t.find()) return;
        Schemes.PartyConcept p = byTagLetter.get(t.group(1));
        if (p == null) return;
        // The evidence ends with the tag: its closing parenthesis belongs to it, a following comma does not.
        int end = m.end() + t.end() - (after.charAt(t.end() - 1) == ')' ? 0 : 1);
        out.add(new MembershipRule.Finding(new Membership(m.entity(), p.iri(), new TextSpan(m.surfaceStart(), end), id()), false));
    }
}
