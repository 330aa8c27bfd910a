package org.newskg.extract;

/** What the text tells about a person's gender; most names tell nothing and stay UNKNOWN. */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    public boolean compatible(Gender other) { return this == UNKNOWN || other == UNKNOWN || this == other; }
}
