package org.newskg.extract.attribution;

import java.util.List;

import org.newskg.extract.Mention;

/**
 * One quotation's candidate speakers as the speaker model sees them, for training and for measuring: the article,
 * the quotation's span (UTF-16 offsets into the body), each candidate's name as the article gives it ("" for
 * nobody named), kind and features, and which candidate the rules alone would choose.
 */
public record SpeakerCandidates(String article, int start, int end, List<Row> candidates, int rulesChoice) {
    public SpeakerCandidates {
        candidates = List.copyOf(candidates);
    }

    /** One candidate: {@code name} is empty for "nobody named". */
    public record Row(String name, Mention.Kind kind, List<String> features) {
        public Row {
            features = List.copyOf(features);
        }

        public boolean isNone() { return name.isEmpty(); }
    }
}
