package org.newskg.derive.units;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One word in one version, two in another: "re-election" / "reelection", "three-party" / "three party", a page's
 * hyphenation break "refer- endum" / "referendum", "every one" / "everyone". Words are read split at hyphens;
 * before two versions are compared, two neighbours of one are joined where the other prints them as one word.
 */
final class Compounds {
    private Compounds() {}

    /** {@code a} with neighbours joined where {@code b} prints their concatenation as one word. */
    static List<Word> joinAgainst(List<Word> a, List<Word> b, Words words) {
        Set<String> forms = new HashSet<>();
        for (Word w : b) forms.add(w.form());
        List<Word> out = new ArrayList<>(a.size());
        boolean changed = false;
        for (int i = 0; i < a.size(); i++) {
            Word x = a.get(i);
            if (i + 1 < a.size()) {
                Word y = a.get(i + 1);
                String joined = x.form() + y.form();
                if (forms.contains(joined) && !(forms.contains(x.form()) && forms.contains(y.form()))) {
                    out.add(new Word(x.start(), y.end(), joined, words.keyOf(joined), true, x.name() || y.name(), false,
                            x.editorial() && y.editorial(), x.afterGap()));
                    i++;
                    changed = true;
                    continue;
                }
            }
            out.add(x);
        }
        return changed ? out : a;
    }
}
