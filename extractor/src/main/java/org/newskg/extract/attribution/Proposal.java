package org.newskg.extract.attribution;

import org.newskg.extract.Attribution;

/** What one rule proposes for a quotation: its attribution (whose speaker is -1 when the rule names no one). */
record Proposal(Attribution attribution) {
    int entity() { return attribution.speaker(); }
}
