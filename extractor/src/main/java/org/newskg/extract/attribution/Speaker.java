package org.newskg.extract.attribution;

import org.newskg.extract.Mention;

/**
 * Who a rule found: the article-local entity (-1 for a speaker the text does not name, "a spokesman said"), the
 * mention that names it, and whether that mention is a pronoun.
 */
record Speaker(int entity, Mention mention, boolean pronoun) {
    static final Speaker NONE = new Speaker(-1, null, false);
}
