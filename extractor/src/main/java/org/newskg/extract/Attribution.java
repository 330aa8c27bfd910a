package org.newskg.extract;

import java.util.List;
import java.util.Optional;

/**
 * One attribution event in one article: a claim (its span, and its pieces when the attribution interrupts a
 * quote), whether it is quoted directly, who said it (an article-local entity, or none), the cue, and which
 * sieve decided, with a confidence.
 */
public record Attribution(TextSpan span, List<TextSpan> pieces, boolean direct, int speaker,
                          Optional<Mention> speakerMention, Optional<Cue> cue, double confidence, Sieve sieve,
                          TextSpan sentence) {
    public Attribution {
        pieces = List.copyOf(pieces);
        if (pieces.isEmpty()) throw new IllegalArgumentException("an attribution needs its claim text");
    }

    public boolean hasSpeaker() { return speaker >= 0; }

    /** The same attribution with the confidence a model gave it in place of its rule's. */
    public Attribution withConfidence(double confidence) {
        return new Attribution(span, pieces, direct, speaker, speakerMention, cue, confidence, sieve, sentence);
    }

    /** The claim as a reader would quote it: the pieces joined by a space. */
    public String claimText(String body) {
        StringBuilder b = new StringBuilder();
        for (TextSpan p : pieces) {
            if (b.length() > 0) b.append(' ');
            b.append(p.of(body));
        }
        return b.toString();
    }
}
