package org.newskg.extract;

import java.util.List;

/** A topic a claim is about, with its score and the words that matched, so the choice can be explained. */
public record TopicMatch(int attribution, String topic, double score, List<String> matchedWords) {
    public TopicMatch {
        matchedWords = List.copyOf(matchedWords);
    }
}
