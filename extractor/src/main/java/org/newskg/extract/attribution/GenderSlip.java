package org.newskg.extract.attribution;

import java.util.HashSet;
import java.util.Set;

import org.newskg.extract.ArticleView;
import org.newskg.extract.EntityTracker;
import org.newskg.extract.Gender;
import org.newskg.extract.Mention;

/**
 * '“We will not go back,” he said.' where the only person the paragraphs before name is Ms Kate Ruiz: a "he" or
 * "she" that no person of its gender can take, after text that names exactly one person, refers to that person.
 * Copy rewritten in haste, or by a machine, swaps pronouns; and a name finder's gender may be wrong. With two
 * persons named or more, the pronoun stays unresolved: nothing says which one the slip stands for.
 */
final class GenderSlip {
    private GenderSlip() {}

    /** The one person named outside quotations from paragraph {@code fromParagraph} up to the pronoun, or -1. */
    static int onlyPerson(ArticleView v, EntityTracker tracker, Mention pronoun, int fromParagraph) {
        if (pronoun.kind() != Mention.Kind.PRONOUN || pronoun.gender() == Gender.UNKNOWN) return -1;
        Set<Integer> persons = new HashSet<>();
        for (Mention m : v.mentions) {
            if (m.start() >= pronoun.start()) break;
            if (m.inQuote() || m.kind() != Mention.Kind.PERSON || m.entity() < 0 || !tracker.isLive(m.entity())) continue;
            if (v.sentence(m.sentence()).paragraph() < fromParagraph) continue;
            persons.add(m.entity());
        }
        return persons.size() == 1 ? persons.iterator().next() : -1;
    }
}
