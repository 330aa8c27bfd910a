package org.newskg.extract;

import java.util.List;

import org.newskg.nlp.AnalyzedArticle;

/** What the extract stage found in one article; entities are article-local, identity comes later. */
public record Extraction(AnalyzedArticle analyzed, List<Entity> entities, List<Mention> mentions,
                         List<Attribution> attributions, List<Membership> memberships, List<TopicMatch> topics,
                         List<ClaimMention> claimMentions) {

    /** A person, organization or place that a claim names ("Putin & I discussed ..." mentions Putin). */
    public record ClaimMention(int attribution, int entity, String name, Mention.Kind kind, boolean place) {}

    public Extraction {
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        attributions = List.copyOf(attributions);
        memberships = List.copyOf(memberships);
        topics = List.copyOf(topics);
        claimMentions = List.copyOf(claimMentions);
    }

    public Entity entity(int id) { return entities.get(id); }
}
