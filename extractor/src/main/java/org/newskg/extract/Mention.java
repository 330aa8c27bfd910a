package org.newskg.extract;

/**
 * A reference to a person or organization in the body (UTF-16 offsets, end exclusive). For names,
 * {@code start..end} is the name without its title; {@code surfaceStart} includes the title ("Sen. Lindsey
 * Graham"), which is what a reader sees. {@code entity} is the article-local entity, or -1.
 */
public record Mention(int surfaceStart, int start, int end, String name, Kind kind, Gender gender,
                      int sentence, int firstToken, int endToken, boolean inQuote, String title, int entity) {

    /**
     * {@code DESCRIPTION}: a definite description of a role that refers back to a person, found where it is the
     * subject of a speech verb ("the prime minister said", "The Tanaiste added", "the 42-year-old continued"); like a
     * pronoun it has no entity of its own and is resolved where it is used.
     */
    public enum Kind { PERSON, ORGANIZATION, PRONOUN, GROUP, DESCRIPTION }

    public Mention withEntity(int id) {
        return new Mention(surfaceStart, start, end, name, kind, gender, sentence, firstToken, endToken, inQuote, title, id);
    }

    public boolean isName() { return kind == Kind.PERSON || kind == Kind.ORGANIZATION; }

    /** A pronoun or a description: it refers to a person named elsewhere and is resolved where it is used. */
    public boolean refersBack() { return kind == Kind.PRONOUN || kind == Kind.DESCRIPTION; }
}
