package org.newskg.spark;

import java.io.Serializable;
import java.util.List;

import scala.Tuple2;

/**
 * One derived graph as Spark moves it: its key (a block or a day), its N-Quads (empty for an empty graph), and the
 * block's {@code quotedIn} links as (article, agent), from which the co-quotation pairs are counted once every block
 * is derived.
 */
record DerivedKey(String key, String quads, List<Tuple2<String, String>> quotedIn) implements Serializable {
    DerivedKey {
        quotedIn = List.copyOf(quotedIn);
    }
}
