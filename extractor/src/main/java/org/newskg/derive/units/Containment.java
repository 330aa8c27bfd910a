package org.newskg.derive.units;

import java.util.ArrayList;
import java.util.List;

/**
 * A partial quote inside a sentence: the part's words stand in the sentence in order and next to each other, case,
 * punctuation, quote marks and hyphenation aside, and inflection too ("no longer has the votes for it" inside "I no
 * longer have the votes for it"). Where the outlet printed an ellipsis ("proud ... to be leaving the best team") the
 * words on either side may stand apart; words it put in brackets are its own and are left out. A part that stops in
 * the middle of a word, with no punctuation after it (an excerpt cut at a length: "I am sorry not to have been
 * successf"), matches with that word's beginning.
 */
final class Containment {
    private Containment() {}

    /**
     * Whether {@code part} (its printed words, brackets left out) stands inside {@code whole}; {@code openEnd}: the
     * part's text stops at its last word, which may be cut.
     */
    static boolean contains(List<Word> whole, List<Word> part, boolean openEnd) {
        if (part.isEmpty() || part.size() > whole.size()) return false;
        List<List<Word>> runs = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        for (Word w : part) {
            if (w.afterGap() && !run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(w);
        }
        runs.add(run);
        int from = 0;
        for (int r = 0; r < runs.size(); r++) {
            int at = find(whole, runs.get(r), from, openEnd && r == runs.size() - 1);
            if (at < 0) return false;
            from = at + runs.get(r).size();
        }
        return true;
    }

    private static int find(List<Word> whole, List<Word> run, int from, boolean openEnd) {
        outer:
        for (int i = from; i + run.size() <= whole.size(); i++) {
            for (int k = 0; k < run.size(); k++) {
                Word p = run.get(k), w = whole.get(i + k);
                if (p.key().equals(w.key())) continue;
                boolean cut = openEnd && k == run.size() - 1 && p.form().length() >= 3 && w.form().startsWith(p.form());
                if (!cut) continue outer;
            }
            return i;
        }
        return -1;
    }
}
