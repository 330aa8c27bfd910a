package org.newskg.extract;

/**
 * The rule that decided an attribution, one id per decision point, kept on the attribution event (as
 * {@code nkg:sieve}) so a researcher can see why a speaker was chosen. Where a rule may find its speaker through a
 * pronoun or a role description ("the prime minister said"), that variant ({@code *_PRONOUN}) has an id of its own. The rule classes are in {@code org.newskg.extract.attribution}.
 * {@link #confidence()} is the confidence a rule's attribution carries.
 */
public enum Sieve {
    // ------------------------------------------------------------------ direct quotations: after the quote
    /** {@code "...," Name said.}, {@code "...," said Name.}: the first cue after the quote, its subject named. */
    CUE_AFTER_QUOTE(0.95, Basis.CUE),
    /** {@code "...," he said.}, the pronoun resolved to a person. */
    CUE_AFTER_QUOTE_PRONOUN(0.85, Basis.CUE),
    /** {@code "...," an angry Ostrova retorted.}: a quote handing over to a person and any verb that closes the clause. */
    ANY_VERB_AFTER_QUOTE(0.95, Basis.CUE),
    /** {@code "...?" he surmised.} */
    ANY_VERB_AFTER_QUOTE_PRONOUN(0.85, Basis.CUE),
    /** A quote standing alone, then a paragraph of nothing but {@code - Kate Ruiz.}: the speaker signs below. */
    SIGNATURE(0.95, Basis.STRUCTURE),
    /** {@code "...," according to Name.} */
    ACCORDING_TO_AFTER_QUOTE(0.85, Basis.CUE),
    /** {@code ‘...’: Name}, {@code ‘...’ - Name announces ...}, {@code “...” ― Name}: a colon or a dash, then a name. */
    NAME_AFTER_QUOTE(0.85, Basis.STRUCTURE),

    // ------------------------------------------------------------------ direct quotations: before the quote
    /** {@code Name said: "..."}, {@code Name told reporters "..."}: the nearest cue before the quote in its sentence. */
    CUE_BEFORE_QUOTE(0.9, Basis.CUE),
    /** {@code He wrote: "..."}. */
    CUE_BEFORE_QUOTE_PRONOUN(0.8, Basis.CUE),
    /** {@code according to Name, "..."}. */
    ACCORDING_TO_BEFORE_QUOTE(0.85, Basis.CUE),
    /** {@code Name shot back: "..."}: a person and any verb with its particle, then a colon or a comma. */
    VERB_THEN_COLON(0.9, Basis.CUE),
    /** {@code He fired back, "..."}. */
    VERB_THEN_COLON_PRONOUN(0.8, Basis.CUE),
    /** {@code Name: "..."}, {@code Rep. Name (R-Harbor): "..."}: a name and a colon, as transcripts introduce a speaker. */
    NAME_THEN_COLON(0.9, Basis.STRUCTURE),
    /** {@code Name "kind of misspoke."}: a name opening the clause right before the quote, no speech verb. */
    NAME_BEFORE_QUOTE(0.6, Basis.SUBJECT),
    /** {@code Name equated it to "..."}: the subject of the sentence holding the quote, no speech verb. */
    SENTENCE_SUBJECT(0.6, Basis.SUBJECT),
    /** {@code the embattled Ruiz resigned "with immediate effect"}: the subject of the verb the quotation follows. */
    VERB_BEFORE_QUOTE(0.6, Basis.SUBJECT),
    /** {@code Mayor Quist agreed. "..."}: the sentence before, in the same paragraph, ends on a speech verb. */
    INTRODUCED_BY_SENTENCE(0.9, Basis.CUE),
    /** {@code She added: "..."} */
    INTRODUCED_BY_SENTENCE_PRONOUN(0.8, Basis.CUE),
    /** {@code Cruz called them on it:} ends the paragraph before a paragraph of quotation: that sentence's cue. */
    COLON_PARAGRAPH_CUE(0.9, Basis.CUE),
    /** {@code Jared Potts echoed:} ends the paragraph before, no cue with a subject: the name opening that sentence. */
    COLON_PARAGRAPH_SUBJECT(0.6, Basis.SUBJECT),

    // ------------------------------------------------------------------ direct quotations: the speaker goes on
    /** {@code "A," X said. "B."}: a later quote of the paragraph, no one else named and no other cue between. */
    PARAGRAPH_CONTINUATION(0.85, Basis.CONTINUATION),
    /** A paragraph that reopens a quotation left unclosed in the paragraph before. */
    OPEN_QUOTE_CONTINUATION(0.85, Basis.CONTINUATION),
    /** A later quote of the paragraph, nobody else the subject of a verb between, no cue of its own. */
    SPEAKER_GOES_ON(0.85, Basis.CONTINUATION),
    /** {@code X says "A" and tells Y "B"}: a cue joined by "and" to the verb of the quote before in its sentence shares its subject. */
    CONJOINED_CUE(0.85, Basis.CONTINUATION),
    /** A multi-paragraph quotation attributed only at its end: the speaker carried back to its earlier paragraphs. */
    CARRIED_BACK(0.85, Basis.CONTINUATION),
    /** A quote standing alone after a paragraph whose quote had a speaker, no one else named between. */
    LONE_QUOTE_AFTER_SPEAKER(0.6, Basis.CONTEXT),
    /** A quote standing alone after a paragraph whose last speech verb has a person for subject. */
    PREVIOUS_PARAGRAPH_SPEAKER(0.6, Basis.CONTEXT),
    /** A quote opening its sentence after a sentence whose subject is a person (or that person's statement). */
    PREVIOUS_SENTENCE_SUBJECT(0.5, Basis.CONTEXT),

    // ------------------------------------------------------------------ reported speech
    /** {@code Name said (that) CLAUSE}. */
    REPORTED_CLAUSE(0.8, Basis.CUE),
    /** {@code Name endorsed/defended/urged OBJECT}: a stance and what it is about. */
    REPORTED_OBJECT(0.6, Basis.CUE),
    /** {@code CLAUSE, Name said.} */
    REPORTED_TRAILING(0.75, Basis.CUE),
    /** {@code According to Name, CLAUSE.} and {@code CLAUSE, according to Name.} */
    ACCORDING_TO_CLAUSE(0.85, Basis.CUE),
    /**
     * {@code Name is doubling down on CLAUSE}: a verb no rule reads, its subject a person, that the reported-speech
     * model finds attributes the rest of its clause (see {@code ReportedVerbs}). The confidence stored is the model's.
     */
    REPORTED_LEARNED(0.5, Basis.CUE),

    /**
     * No rule proposed this person; the speaker model chose them among the persons named around the quotation
     * (see {@code org.newskg.extract.attribution.SpeakerChooser}). The confidence stored is the model's.
     */
    SPEAKER_MODEL(0.5, Basis.CONTEXT),

    /** A quotation whose speaker could not be resolved: kept, with no speaker. */
    UNRESOLVED(0.3, Basis.NONE);

    /** What a rule rests on. */
    public enum Basis {
        /** A speech verb (or "according to") whose subject is the speaker. */
        CUE,
        /** The layout of the text: a name and a colon, a signature. */
        STRUCTURE,
        /** The subject of the sentence, with no speech verb. */
        SUBJECT,
        /** The utterance goes on from an attributed quotation. */
        CONTINUATION,
        /** A speaker read from the paragraphs around, no cue and no continuation. */
        CONTEXT,
        NONE
    }

    private final double confidence;
    private final Basis basis;

    Sieve(double confidence, Basis basis) {
        this.confidence = confidence;
        this.basis = basis;
    }

    public double confidence() { return confidence; }

    public Basis basis() { return basis; }

    /** The id stored in the graph: the constant's name in lower case with hyphens ("cue-after-quote"). */
    public String id() { return name().toLowerCase().replace('_', '-'); }
}
