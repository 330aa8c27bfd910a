package org.newskg.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.extract.Attribution;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extractor;
import org.newskg.extract.Schemes;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleMetadata;
import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.Analyzer;
import org.newskg.nlp.NlpModels;

/**
 * The rules of issue 19's speaker choice class, on invented sentences about fictional people: which rule proposes
 * whom (read from the candidates the chooser records), and whom the shipped chooser names.
 */
class SpeakerChoiceRulesTest {
    private static final ThreadLocal<Analyzer> ANALYZER = ThreadLocal.withInitial(() -> new Analyzer(NlpModels.defaults()));

    private record Run(String body, Extraction x, List<SpeakerCandidates> sets) {
        /** The candidate sets of the quotation containing {@code words}. */
        SpeakerCandidates quote(String words) {
            int at = body.indexOf(words);
            for (SpeakerCandidates s : sets) if (s.start() <= at && at < s.end()) return s;
            throw new AssertionError("no quotation holds \"" + words + "\"; quotations: " + sets);
        }

        boolean proposes(String words, String name, String sieve) {
            for (SpeakerCandidates.Row r : quote(words).candidates())
                if (r.name().equals(name) && r.features().contains("by=" + sieve)) return true;
            return false;
        }

        /** The shipped chooser's speaker of the quotation containing {@code words}, or "(none)". */
        String speaker(String words) {
            int at = body.indexOf(words);
            for (Attribution a : x.attributions())
                if (a.direct() && a.span().start() <= at && at < a.span().end()) return a.hasSpeaker() ? x.entity(a.speaker()).name() : "(none)";
            return "(no quotation)";
        }

        String describe() {
            StringBuilder sb = new StringBuilder();
            for (SpeakerCandidates s : sets) {
                sb.append(body, s.start(), s.end()).append('\n');
                for (SpeakerCandidates.Row r : s.candidates()) sb.append("   ").append(r.isNone() ? "(none)" : r.name()).append(' ').append(r.features()).append('\n');
            }
            return sb.toString();
        }
    }

    private static Run run(String body) {
        AnalyzedArticle a = ANALYZER.get().analyze(new Article("test", body, ArticleMetadata.empty(null, "txt")));
        List<SpeakerCandidates> sets = new ArrayList<>();
        new Extractor(Schemes.bundled(), SpeakerChooser.rules().recording(sets::add)).extract(a);
        return new Run(body, new Extractor(Schemes.bundled()).extract(a), sets);
    }

    @Test
    void aNameAfterAnInfinitiveCueIsItsObjectNotAnInvertedSubject() {
        Run r = run("Mayor Helen Quist took to the radio on Monday to accuse Tom Reyes's office of being \u201casleep at the wheel.\u201d\n");
        assertFalse(r.proposes("asleep", "Tom Reyes", "cue-before-quote"), r::describe);
        assertNotEquals("Tom Reyes", r.speaker("asleep"), r::describe);
    }

    @Test
    void aNameAfterAVerbFarFromTheQuoteIsItsObject() {
        Run r = run("Governor Walter Brandt has used the phrase \u201cwater war\u201d often in his speeches, and criticized Tom Reyes for ignoring the drought.\n");
        assertFalse(r.proposes("water war", "Tom Reyes", "cue-after-quote"), r::describe);
    }

    @Test
    void aQuoteThatEndsItsSentenceIsNotTheNextSentencesSpeakers() {
        Run r = run("Mayor Helen Quist said on Friday that she favours a delay but said \u201cthe question is the timing.\u201d "
                + "Governor Tom Reyes said it would be improper to comment while the inquiry goes on.\n");
        assertFalse(r.proposes("the question", "Tom Reyes", "cue-after-quote"), r::describe);
        assertEquals("Helen Quist", r.speaker("the question"), r::describe);
    }

    @Test
    void aTrailingCueStillTakesAQuoteWithoutALeadingCue() {
        Run r = run("\u201cThe harbor stays closed until the storm has passed.\u201d Mayor Helen Quist said it twice.\n");
        assertTrue(r.proposes("harbor stays", "Helen Quist", "cue-after-quote"), r::describe);
    }

    @Test
    void aLaterClauseWithItsOwnSubjectTakesOverFromAnEarlierCue() {
        Run r = run("\u201cAre we winning?\u201d Kate Ruiz said, but Tom Reyes was drifting off again, and as Governor Walter Brandt "
                + "went on about \u201chow the system is rigged,\u201d she nodded.\n");
        assertFalse(r.proposes("how the system", "Kate Ruiz", "cue-before-quote"), r::describe);
        assertTrue(r.proposes("how the system", "Walter Brandt", "verb-before-quote"), r::describe);
    }

    @Test
    void theSubjectOfThePreviousQuotationsCueIsNotTheNextOnesSentenceSubject() {
        Run r = run("Kate Ruiz watched the speech from her sofa in Harbor City.\n\u201cAre you winning?\u201d she said, but her son was "
                + "drifting off again, and as Governor Walter Brandt went on about \u201chow the harbor fees are rigged,\u201d the room went quiet.\n");
        assertEquals("Kate Ruiz", r.speaker("Are you winning"), r::describe);
        assertFalse(r.proposes("harbor fees", "Kate Ruiz", "sentence-subject"), r::describe);
    }

    @Test
    void aPersonNamedInsideTheCuesClauseDoesNotBreakIt() {
        Run r = run("Mayor Helen Quist said Tom Reyes was \u201cunfit to run a bake sale.\u201d\n");
        assertTrue(r.proposes("unfit", "Helen Quist", "cue-before-quote"), r::describe);
    }

    @Test
    void theSubjectOfTheVerbAQuoteFollowsIsProposed() {
        Run r = run("In a televised address on Wednesday night, the embattled Governor Walter Brandt resigned \u201cwith immediate effect\u201d.\n");
        assertTrue(r.proposes("with immediate", "Walter Brandt", "verb-before-quote"), r::describe);
    }

    @Test
    void aLineSignedAfterADashIsNotTheLineAbovesSigner() {
        String body = "Readers told us what they thought of the budget.\n"
                + "\u201cThe new bridge toll is a tax on the poor and nothing else.\u201d \u2015 Kate Ruiz\n"
                + "\u201cI have never seen a council so far from the people it serves.\u201d \u2015 Zorbel Quandt-Ylva\n";
        Run r = run(body);
        // The rules alone carry the line above's signer on; the signature says otherwise.
        assertNotEquals("Kate Ruiz", r.speaker("never seen"), r::describe);
    }
}
