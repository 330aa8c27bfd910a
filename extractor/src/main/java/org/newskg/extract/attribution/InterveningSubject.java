package org.newskg.extract.attribution;

/**
 * 'Ruiz said, but Berg was tired, and as Alcott went on about "the rigged system," ...': a cue before a quotation
 * governs it only until its clause ends. After a comma and a conjunction ("but", "and", "as", "while") or a
 * semicolon, another person (or "they", "we") as the subject of a verb has taken over. The speaker's own pronoun
 * does not break the link ('Ruiz said she thinks ... but said "..."'), nor does a person inside the cue's own
 * clause ('Ruiz said Berg is "unfit"': her words about him). On PolNeAR dev one quotation went to the earlier
 * cue's subject.
 */
final class InterveningSubject {
    private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("but", "and", "as", "while", "yet", "so", "when");

    private InterveningSubject() {}

    /** Whether another subject stands between the cue at token {@code k} and the group's opening mark. */
    static boolean between(int k, QuoteGroup g, Speaker sp, SieveContext c) {
        if (sp.entity() < 0) return false;
        var v = c.v;
        int hi = v.tokenFrom(g.first().open());
        for (int j = k + 1; j + 1 < hi; j++) {
            boolean breaks = v.word(j).equals(";")
                    || v.word(j).equals(",") && CONJUNCTIONS.contains(v.word(j + 1).toLowerCase(java.util.Locale.ROOT));
            if (breaks) return !c.subjects.noOtherSubjectBetween(v.tokens.get(j).end(), g.first().open(), sp.entity());
        }
        return false;
    }
}
