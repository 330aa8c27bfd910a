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
 * persons named or more, the slip stands for the person the nearest paragraph naming anyone names, if it names one
 * only; else it stays unresolved: nothing says which one the slip stands for.
 */
final class GenderSlip {
    private GenderSlip() {}

    /**
     * The one person named outside quotations from paragraph {@code fromParagraph} up to the pronoun, or else the one
     * person named in the nearest paragraph before it that names anyone ("...tells her fiancé Clarke ...|Ms Ardern
     * said she hoped ...|'...,' he said.": Ardern), or -1.
     */
    static int onlyPerson(ArticleView v, EntityTracker tracker, Mention pronoun, int fromParagraph) {
        if (pronoun.kind() != Mention.Kind.PRONOUN || pronoun.gender() == Gender.UNKNOWN) return -1;
        Set<Integer> persons = new HashSet<>(), nearest = new HashSet<>();
        int nearestParagraph = -1;
        for (Mention m : v.mentions) {
            if (m.start() >= pronoun.start()) break;
            if (m.inQuote() || m.kind() != Mention.Kind.PERSON || m.entity() < 0 || !tracker.isLive(m.entity())) continue;
            int para = v.sentence(m.sentence()).paragraph();
            if (para < fromParagraph) continue;
            persons.add(m.entity());
            if (para > nearestParagraph) { nearestParagraph = para; nearest.clear(); }
            nearest.add(m.entity());
        }
        if (persons.size() == 1) return persons.iterator().next();
        // A slip follows the person just named, not one named paragraphs before (a headline's "her fiancé Clarke").
        return nearest.size() == 1 ? nearest.iterator().next() : -1;
    }
}
