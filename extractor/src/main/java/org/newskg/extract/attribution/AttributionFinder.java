package org.newskg.extract.attribution;

import java.util.ArrayList;
import java.util.List;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.EntityTracker;

/**
 * Finds who said what in one article: direct quotations first, through the ordered sieves of
 * {@link DirectQuoteSieves}; then reported speech, through the rules of {@link ReportedSpeechFinder}, from the
 * cues the quotations did not use; last, the verbs no rule read, through {@link ReportedVerbs}. Each attribution records the sieve that decided it.
 */
public final class AttributionFinder {
    private AttributionFinder() {}

    /**
     * The article's attributions, in text order, each quotation's speaker picked by {@code chooser}. Resolving
     * pronouns notes genders on {@code tracker}'s entities. {@code reported} reads the verbs the rules' lexicon does not.
     */
    public static List<Attribution> find(ArticleView v, EntityTracker tracker, SpeakerChooser chooser, ReportedVerbs reported) {
        SieveContext c = new SieveContext(v, tracker, chooser, reported);
        List<Attribution> out = new ArrayList<>(DirectQuoteSieves.find(c));
        out.addAll(ReportedSpeechFinder.find(c, out));
        out.addAll(reported.find(c, out));
        // A "claim" of nothing but punctuation (a stray ")" between quotation marks) says nothing, so nobody said it.
        out.removeIf(a -> a.claimText(v.body).codePoints().noneMatch(Character::isLetterOrDigit));
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }
}
