package org.newskg.nlp;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What a model computed per distinct word (or word and tag), shared by the workers of one model so each word is
 * worked out once per run, not once per occurrence. Emptied when it reaches its limit, so a long run over an open
 * vocabulary cannot grow it forever; a word computed again gives the same value, so emptying changes no output.
 */
final class WordMemory<V> {
    private final int limit;
    private final ConcurrentMap<String, V> values = new ConcurrentHashMap<>();

    WordMemory(int limit) { this.limit = limit; }

    V get(String key) { return values.get(key); }

    void put(String key, V value) {
        if (values.size() >= limit) values.clear();
        values.put(key, value);
    }

    int size() { return values.size(); }
}
