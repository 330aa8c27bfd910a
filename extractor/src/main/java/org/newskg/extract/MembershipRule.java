package org.newskg.extract;

import java.util.List;

/**
 * One construction by which news text states a person's party, as one small rule (CoreNLP's quote-attribution
 * sieves are the model). {@link PartyFinder} runs the rules in a fixed order over an article; a rule adds what it
 * reads to {@code found} and may read what the rules before it found ("fellow Conservative Y" after X needs Y's
 * membership first).
 */
interface MembershipRule {
    /** The construction's id, stored as {@code nkg:pattern} on the memberships it finds. */
    String id();

    void apply(PartyReading r, List<Finding> found);

    /** A membership found, and whether its evidence names a group whose party the names it lists share. */
    record Finding(Membership m, boolean group) {}

    /**
     * A construction read around one named person ("Labour MP X", "X, a Labour MP", "X (Lab)"). The rules of
     * this kind run together, name by name, and one name keeps one evidence per party: the longest.
     */
    interface AboutName {
        String id();

        void find(PartyReading r, Mention person, List<Finding> out);
    }
}
