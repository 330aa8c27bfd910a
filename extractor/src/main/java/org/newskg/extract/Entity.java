package org.newskg.extract;

import java.util.List;
import java.util.Set;

/**
 * A person or organization as one article refers to it: the fullest name it uses, the other forms, and the
 * titles and gender the text gives. Identity across articles is decided later, in the resolve stage.
 */
public record Entity(int id, Mention.Kind kind, String name, Set<String> variants, Set<String> titles, Gender gender,
                     List<Integer> mentions) {
    public Entity {
        variants = Set.copyOf(variants);
        titles = Set.copyOf(titles);
        mentions = List.copyOf(mentions);
    }

    public boolean isPerson() { return kind == Mention.Kind.PERSON; }
}
