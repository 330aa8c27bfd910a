package org.newskg.extract;

/**
 * The rule that decided an attribution, kept on the attribution event so a researcher can see why a speaker was
 * chosen, and with the confidence each rule earned on PolNeAR train.
 */
public enum Sieve {
    /** {@code "...," Name said.}, {@code "...," said Name.}, any verb after a handing-over quote, or a signature below it. */
    TRAILING_CUE(0.95),
    /** {@code "...," he said.}, the pronoun resolved to the last compatible person. */
    TRAILING_PRONOUN(0.85),
    /** {@code Name said: "..."}, {@code Name told reporters "..."}, {@code Name shot back: "..."}, {@code Name: "..."}. */
    LEADING_CUE(0.9),
    /** {@code He wrote: "..."}. */
    LEADING_PRONOUN(0.8),
    /** {@code according to Name, ...}. */
    ACCORDING_TO(0.85),
    /** The subject of the sentence holding the quote, with no speech verb: {@code Name equated it to "..."}. */
    SENTENCE_SUBJECT(0.6),
    /** A paragraph that continues a quotation opened in the paragraph before. */
    CONTINUATION(0.85),
    /** A quote standing alone after a paragraph whose quote had a speaker and no one else was named. */
    PREVIOUS_SPEAKER(0.6),
    /** {@code Name said (that) CLAUSE}. */
    REPORTED_CLAUSE(0.8),
    /** {@code Name endorsed/defended/urged OBJECT}: a stance and what it is about. */
    REPORTED_OBJECT(0.6),
    /** {@code CLAUSE, Name said.} */
    REPORTED_TRAILING(0.75),
    /** A quotation whose speaker could not be resolved: kept, with no speaker. */
    UNRESOLVED(0.3);

    private final double confidence;

    Sieve(double confidence) { this.confidence = confidence; }

    public double confidence() { return confidence; }

    public String id() { return name().toLowerCase().replace('_', '-'); }
}
