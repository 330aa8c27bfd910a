package org.newskg.extract.attribution;

import java.util.Optional;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Mention;
import org.newskg.extract.Sieve;

/**
 * {@code Ashton Carter equated the move to "..."}: with no speech verb, the subject of the sentence holding the
 * quotation, a name (or a pronoun opening the sentence) among its first words, followed by some verb, unless that verb
 * is the cue of the quotation before.
 */
final class SentenceSubject implements QuoteSieve {
    /** The subject is among the first eight tokens of the sentence. */
    static final int WINDOW = 8;

    @Override
    public Optional<Attribution> attribute(QuoteGroup g, SieveContext c) {
        ArticleView v = c.v;
        LeadingWindow w = LeadingWindow.of(g.first(), v);
        int lo = w.lo(), hi = w.hi();
        for (int k = lo; k < Math.min(hi, lo + WINDOW); k++) {
            Mention m = v.mentionBySurfaceStart.get(v.tokens.get(k).start());
            if (m == null || m.inQuote() || m.refersBack() && k != lo) continue;
            if (m.kind() == Mention.Kind.ORGANIZATION && k != lo) continue;
            int verb = -1;
            for (int j = v.tokenFrom(m.end()); j < hi; j++) if (v.tokens.get(j).isVerb()) { verb = j; break; }
            if (verb < 0) return Optional.empty();
            // '"You winning?" she said, but ... as Alcott went on about "..."': the subject of the cue that attributed
            // the quotation before is that quotation's speaker, not this one's.
            if (v.cues.containsKey(verb) && c.quoteCues.contains(v.tokens.get(verb).start())) return Optional.empty();
            return Optional.of(c.make(g, c.subjects.speakerOf(m), null, Sieve.SENTENCE_SUBJECT));
        }
        return Optional.empty();
    }
}
