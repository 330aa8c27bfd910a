package org.newskg.extract.attribution;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Cue;
import org.newskg.extract.EntityTracker;
import org.newskg.extract.Mention;
import org.newskg.extract.Sieve;
import org.newskg.extract.TextSpan;

/**
 * What every rule reads for one article: the view, the entities, the subject finder and its pronoun resolver.
 * One per article; not thread-safe (pronoun resolutions accumulate).
 */
final class SieveContext {
    /** A rule that names no one ("a spokesman said") earns at most this confidence. */
    static final double UNNAMED_CONFIDENCE_CAP = 0.5;
    /** An organization as speaker earns at most this: the name finder's organizations are its weakest type (held-out F1 0.72). */
    static final double ORGANIZATION_CONFIDENCE_CAP = 0.9;

    final ArticleView v;
    final EntityTracker tracker;
    final SubjectFinder subjects;
    final SpeakerChooser chooser;
    final ReportedVerbs reported;
    /**
     * The cues that introduce a kept quotation (the chosen rule's, and the first proposing rule's): they attribute
     * the quotation, so reported speech does not read them again.
     */
    final Set<Integer> quoteCues = new HashSet<>();
    /** The entities given a direct quotation so far: the speakers of the quotations before the one being attributed. */
    final Set<Integer> quotedSpeakers = new HashSet<>();

    SieveContext(ArticleView v, EntityTracker tracker, SpeakerChooser chooser, ReportedVerbs reported) {
        this.v = v;
        this.tracker = tracker;
        this.chooser = chooser;
        this.reported = reported;
        this.subjects = new SubjectFinder(v, new PronounResolver(v, tracker));
    }

    boolean isPerson(Speaker sp) {
        return sp != null && sp.entity() >= 0 && tracker.kindOf(sp.entity()) == Mention.Kind.PERSON;
    }

    /** An attribution by {@code sieve}, its confidence capped for an unnamed speaker and for an organization. */
    Attribution make(TextSpan span, List<TextSpan> pieces, boolean direct, Speaker sp, Cue cue, Sieve sieve, TextSpan sentence) {
        boolean named = sp.entity() >= 0;
        double conf = named ? sieve.confidence() : Math.min(sieve.confidence(), UNNAMED_CONFIDENCE_CAP);
        if (named && tracker.kindOf(sp.entity()) == Mention.Kind.ORGANIZATION) conf = Math.min(conf, ORGANIZATION_CONFIDENCE_CAP);
        return new Attribution(span, pieces, direct, sp.entity(), Optional.ofNullable(sp.mention()), Optional.ofNullable(cue),
                conf, sieve, sentence);
    }

    /** A direct quote's attribution, over the group's span and pieces. */
    Attribution make(QuoteGroup g, Speaker sp, Cue cue, Sieve sieve) {
        return make(g.span(), g.pieces(), true, sp, cue, sieve, g.sentence());
    }

    /** The same, with the sentence widened to take in a cue after the quote. */
    Attribution make(QuoteGroup g, Speaker sp, Cue cue, Sieve sieve, TextSpan sentence) {
        return make(g.span(), g.pieces(), true, sp, cue, sieve, sentence);
    }

    /** The group's utterance given to the previous utterance's speaker, with its cue, as {@code sieve} decided. */
    Attribution previousSpeaker(QuoteGroup g, Optional<Cue> cue, double confidence, Sieve sieve) {
        Attribution p = g.previous();
        return new Attribution(g.span(), g.pieces(), true, p.speaker(), p.speakerMention(), cue, confidence, sieve, g.sentence());
    }
}
