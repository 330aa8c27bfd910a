package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.newskg.extract.attribution.AttributionFinder;
import org.newskg.extract.attribution.ReportedVerbs;
import org.newskg.extract.attribution.SpeakerChooser;
import org.newskg.extract.attribution.SpeakerModel;
import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.NameMention;

/**
 * The extract stage: quotations, mentions and their entities, attributions, party membership, topics. It holds
 * only immutable lookup tables (schemes), so one instance serves every worker.
 */
public final class Extractor {
    /** Recorded on every attribution; a new version makes the loader re-extract unchanged articles. */
    public static final String VERSION = "newskg-extractor/0.5.5";

    private final PartyFinder parties;
    private final TopicMatcher topics;
    private final SpeakerChooser speakers;
    private final ReportedVerbs reported;

    /** With the bundled speaker and reported-speech models. */
    public Extractor(Schemes schemes) {
        this(schemes, SpeakerChooser.model(SpeakerModel.bundled()));
    }

    /** With the bundled reported-speech model. */
    public Extractor(Schemes schemes, SpeakerChooser speakers) {
        this(schemes, speakers, ReportedVerbs.bundled());
    }

    public Extractor(Schemes schemes, SpeakerChooser speakers, ReportedVerbs reported) {
        Objects.requireNonNull(schemes, "schemes");
        this.reported = Objects.requireNonNull(reported, "reported");
        this.parties = new PartyFinder(schemes);
        this.topics = new TopicMatcher(schemes);
        this.speakers = Objects.requireNonNull(speakers, "speakers");
    }

    public Extraction extract(AnalyzedArticle a) {
        String body = a.article().body();
        List<Quote> quotes = QuoteFinder.find(body, a.analysisText());
        List<Mention> found = parties.withPartyPhraseNames(a, MentionFinder.find(a, quotes), quotes);
        EntityTracker tracker = EntityTracker.track(found, MentionFinder.wordsAfterNames(a));
        List<Mention> mentions = tracker.mentions();
        ArticleView view = new ArticleView(a, quotes, mentions);
        List<Attribution> attributions = AttributionFinder.find(view, tracker, speakers, reported);
        List<Membership> memberships = parties.find(view, tracker.entities(), attributions);

        Map<String, List<String>> articleHits = topics.match(a.article().metadata().title().orElse("") + "\n" + body);
        List<TopicMatch> topicMatches = new ArrayList<>();
        List<Extraction.ClaimMention> claimMentions = new ArrayList<>();
        Map<String, Map<String, List<String>>> topicHits = new HashMap<>();
        for (int i = 0; i < attributions.size(); i++) {
            Attribution at = attributions.get(i);
            topicMatches.addAll(topics.topics(i, at.claimText(body), at.sentence().of(body), contextBefore(view, at), articleHits, topicHits));
            claimMentions.addAll(mentionsIn(i, at, mentions, a));
        }
        return new Extraction(a, tracker.entities(), mentions, attributions, memberships, topicMatches, claimMentions);
    }

    /** The two sentences before the claim's sentence, within its paragraph or the one before. */
    private static String contextBefore(ArticleView view, Attribution at) {
        var ss = view.analyzed.sentences();
        if (ss.isEmpty()) return "";
        int idx = view.sentenceAt(at.sentence().start());
        if (ss.get(idx).start() > at.sentence().start()) return "";
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, idx - 2); i < idx; i++)
            if (ss.get(i).paragraph() >= ss.get(idx).paragraph() - 1) b.append(ss.get(i).text(view.body)).append('\n');
        return b.toString();
    }

    private static List<Extraction.ClaimMention> mentionsIn(int i, Attribution at, List<Mention> mentions, AnalyzedArticle a) {
        Map<String, Extraction.ClaimMention> out = new LinkedHashMap<>();
        for (TextSpan p : at.pieces()) {
            for (Mention m : mentions) {
                if (m.isName() && m.entity() >= 0 && m.start() >= p.start() && m.end() <= p.end() && m.entity() != at.speaker())
                    out.putIfAbsent("e" + m.entity(), new Extraction.ClaimMention(i, m.entity(), m.name(), m.kind(), false));
            }
            for (NameMention n : a.names()) {
                if (n.type().equals("location") && n.start() >= p.start() && n.end() <= p.end())
                    out.putIfAbsent("p" + n.text(), new Extraction.ClaimMention(i, -1, a.article().body().substring(n.start(), n.end()),
                            Mention.Kind.ORGANIZATION, true));
            }
        }
        return new ArrayList<>(out.values());
    }
}
