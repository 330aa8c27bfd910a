package org.newskg.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An article or file that gave no graph, with the reason: the line {@code newskg load --failures} writes, with the
 * same source, article and reason.
 */
record Failure(String source, String article, String reason) implements Serializable {

    /** The JSON object of a failures line: source, article ("" when none is known), reason. */
    Map<String, String> json() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("article", article == null ? "" : article);
        m.put("reason", reason);
        return m;
    }
}
