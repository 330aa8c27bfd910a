package org.newskg.extract;

import java.util.Arrays;
import java.util.Set;

/** Word lists for the rules; unlike {@code Set.of}, a word listed twice in a long list is harmless. */
final class Words {
    private Words() {}

    static Set<String> of(String... words) { return Set.copyOf(Arrays.asList(words)); }
}
