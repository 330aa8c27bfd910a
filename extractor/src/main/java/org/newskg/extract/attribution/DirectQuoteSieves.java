package org.newskg.extract.attribution;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Quote;
import org.newskg.extract.Sieve;
import org.newskg.extract.TextSpan;

/**
 * Direct quotations, utterance by utterance in reading order, each through the ordered sieves: the first that
 * decides wins and is recorded. A quotation no sieve can attribute is kept without a speaker, with low
 * confidence, rather than guessed. Then the passes over the whole list: scare quotes dropped, a paragraph's
 * continuing quotes joined into one utterance, and a speaker found at a multi-paragraph quotation's end carried
 * back to its earlier paragraphs.
 */
final class DirectQuoteSieves {
    /** The rules that read the sentence before a quotation, in order. */
    static final List<QuoteSieve> LEADING = List.of(new LeadingCue(), new AccordingToAfterQuote(), new VerbThenColon(),
            new NameThenColon(), new NameBeforeQuote(), new SentenceSubject(), new VerbBeforeQuote());

    /** Every rule, in the order they are tried. */
    static final List<QuoteSieve> SIEVES;

    static {
        List<QuoteSieve> s = new ArrayList<>();
        s.add(new PartialQuoteLeads(LEADING));
        s.add(new EachPiece(new CueAfterQuote(), new AnyVerbAfterQuote()));
        s.add(new NameAfterQuote());
        s.add(new ConjoinedCue());
        s.addAll(LEADING);
        s.add(new IntroducedBySentence());
        s.add(new ParagraphContinuation());
        s.add(new ColonParagraphCue());
        s.add(new ColonParagraphSubject());
        s.add(new OpenQuoteContinuation());
        s.add(new LoneQuoteAfterSpeaker());
        s.add(new SpeakerGoesOn());
        s.add(new Signature());
        s.add(new PreviousParagraphSpeaker());
        s.add(new PreviousSentenceSubject());
        SIEVES = List.copyOf(s);
    }

    /** The rules whose quote goes on with the previous one's speaker in its paragraph, which makes them one utterance. */
    private static final Set<Sieve> IN_PARAGRAPH = EnumSet.of(Sieve.PARAGRAPH_CONTINUATION, Sieve.OPEN_QUOTE_CONTINUATION,
            Sieve.SPEAKER_GOES_ON);

    private DirectQuoteSieves() {}

    static List<Attribution> find(SieveContext c) {
        ArticleView v = c.v;
        List<Attribution> out = new ArrayList<>();
        Attribution previous = null;
        for (List<Quote> quotes : Utterances.group(v)) {
            QuoteGroup g = QuoteGroup.of(quotes, previous, v);
            List<Proposal> proposals = proposals(g, c);
            Attribution a = c.chooser.choose(g, proposals, c);
            // The first rule's cue introduces the quotation even where the model chose otherwise: it is not reported speech.
            if (!proposals.isEmpty() && !ScareQuotes.isScareQuote(c, g, proposals.get(0).attribution()))
                proposals.get(0).attribution().cue().ifPresent(cue -> c.quoteCues.add(cue.span().start()));
            if (ScareQuotes.isScareQuote(c, g, a)) continue;
            a.cue().ifPresent(cue -> c.quoteCues.add(cue.span().start()));
            if (a.hasSpeaker()) c.quotedSpeakers.add(a.speaker());
            if (continuesInParagraph(v, previous, a, g.first())) {
                a = joined(previous, a);
                out.set(out.size() - 1, a);
            } else {
                out.add(a);
            }
            previous = a;
        }
        carrySpeakersBack(v, out);
        return out;
    }

    /** What the rules propose, in order: only the first that fires, unless the chooser reads them all. */
    static List<Proposal> proposals(QuoteGroup g, SieveContext c) {
        List<Proposal> proposals = new ArrayList<>();
        boolean all = c.chooser.readsAllProposals();
        for (QuoteSieve s : SIEVES) {
            Optional<Attribution> a = s.attribute(g, c);
            if (a.isEmpty()) continue;
            proposals.add(new Proposal(a.get()));
            if (!all) break;
        }
        return proposals;
    }

    /**
     * '"A," said Kate Ruiz, a harbor pilot. "B."' and 'called it “reckless” and “a gift”': quotes of one
     * paragraph that the same speaker goes on with, nobody else named or speaking between, are one utterance,
     * as annotators of attribution corpora mark them (PolNeAR train: 278 such pairs joined, 27 kept apart).
     */
    private static boolean continuesInParagraph(ArticleView v, Attribution previous, Attribution a, Quote first) {
        return previous != null && IN_PARAGRAPH.contains(a.sieve()) && previous.direct() && previous.hasSpeaker()
                && a.speaker() == previous.speaker() && v.paragraphOf(previous.span().start()) == first.paragraph()
                && !first.continuesFromPrevious();
    }

    private static Attribution joined(Attribution before, Attribution after) {
        List<TextSpan> pieces = new ArrayList<>(before.pieces());
        pieces.addAll(after.pieces());
        TextSpan sentence = new TextSpan(Math.min(before.sentence().start(), after.sentence().start()),
                Math.max(before.sentence().end(), after.sentence().end()));
        return new Attribution(new TextSpan(before.span().start(), after.span().end()), pieces, true, before.speaker(),
                before.speakerMention(), before.cue(), before.confidence(), before.sieve(), sentence);
    }

    /**
     * A quotation over several paragraphs is often attributed only at its end ("...tonight," she said): the
     * speaker found there belongs to the paragraphs before it that continue the same quotation.
     */
    private static void carrySpeakersBack(ArticleView v, List<Attribution> out) {
        for (int i = out.size() - 1; i > 0; i--) {
            Attribution later = out.get(i);
            if (!later.hasSpeaker()) continue;
            Quote q = v.quoteAt(later.span().start());
            if (q == null || !q.continuesFromPrevious()) continue;
            Attribution before = out.get(i - 1);
            if (before.hasSpeaker() || !before.direct()) continue;
            out.set(i - 1, new Attribution(before.span(), before.pieces(), true, later.speaker(), later.speakerMention(), later.cue(),
                    Sieve.CARRIED_BACK.confidence(), Sieve.CARRIED_BACK, before.sentence()));
        }
    }
}
