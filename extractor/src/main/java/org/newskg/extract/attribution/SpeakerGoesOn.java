package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Sieve;

/**
 * A later quotation of the paragraph whose quotation had a speaker, when nobody else is the subject of a verb
 * between and no cue of its own stands there: '"A," Ruiz said, referring to a study paid for by Tom Alcott. "B."',
 * '"A," and asserting that "B"'.
 */
final class SpeakerGoesOn implements QuoteSieve {
    @Override
    public Optional<Attribution> attribute(QuoteGroup g, SieveContext c) {
        ArticleView v = c.v;
        Attribution p = g.previous();
        if (!g.followsSpokenQuote() || v.paragraphOf(p.span().start()) != g.first().paragraph()) return Optional.empty();
        if (!c.subjects.noOtherSubjectBetween(p.span().end(), g.first().open(), p.speaker())) return Optional.empty();
        boolean ownCue = v.hasCue(p.span().end(), g.first().open(), Between.cueStart(p)) && !Between.onlyItsAttribution(v, p, g.first());
        if (ownCue) return Optional.empty();
        return Optional.of(c.previousSpeaker(g, p.cue(), Sieve.SPEAKER_GOES_ON.confidence(), Sieve.SPEAKER_GOES_ON));
    }
}
