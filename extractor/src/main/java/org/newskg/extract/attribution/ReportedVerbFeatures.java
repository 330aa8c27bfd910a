package org.newskg.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Mention;
import org.newskg.nlp.Token;

/**
 * What the reported-speech model reads at a verb with a person for subject: the verb (lemma, form, the words
 * around it; never a verb of the rules' lexicon, which {@link ReportedVerbs} leaves to them), its subject (name or
 * pronoun, how far back) and the claim it would give (how it opens, its length, whether it has a verb of its own). PolNeAR annotates a long tail of
 * stance verbs ("is doubling down on", "questioned", "painted Romney as"): the lemma and the word after it are
 * what lets a model learn which of them attribute.
 */
final class ReportedVerbFeatures {
    /** Recorded in the model's manifest; a model trained on another feature set is refused. */
    static final String VERSION = "reported-verb-3";

    private ReportedVerbFeatures() {}

    static List<String> of(ArticleView v, int k, int sLo, int cl, int end, Speaker sp, SieveContext c) {
        List<String> f = new ArrayList<>(24);
        Token t = v.tokens.get(k);
        String lemma = lemma(t);
        String form = t.form().toLowerCase(Locale.ROOT);
        f.add("l=" + lemma);
        f.add("form=" + (form.endsWith("ing") ? "ing" : form.endsWith("ed") ? "ed" : form.endsWith("s") ? "s" : "base"));
        String n1 = k + 1 < v.tokens.size() ? v.word(k + 1).toLowerCase(Locale.ROOT) : "<end>";
        String n1pos = k + 1 < v.tokens.size() ? v.tokens.get(k + 1).pos() : "<end>";
        f.add("n1=" + n1);
        f.add("n1p=" + n1pos);
        f.add("l+n1=" + lemma + "_" + n1);
        f.add("l+n1p=" + lemma + "_" + n1pos);
        String p1 = k > sLo ? v.word(k - 1).toLowerCase(Locale.ROOT) : "<start>";
        f.add("p1=" + p1);
        for (int j = k + 1; j < Math.min(end, k + 4); j++) if (v.word(j).equalsIgnoreCase("that")) { f.add("that"); break; }
        f.add("sp=" + (sp.pronoun() ? "pronoun" : c.tracker.kindOf(sp.entity()) == Mention.Kind.PERSON ? "person" : "other"));
        int spEnd = sp.mention() == null ? k : v.tokenFrom(sp.mention().end());
        int dist = Math.max(0, k - spEnd);
        f.add("d=" + (dist <= 0 ? "0" : dist == 1 ? "1" : dist <= 3 ? "2-3" : "4+"));
        int n = end - cl;
        f.add("len=" + (n <= 3 ? "1-3" : n <= 8 ? "4-8" : n <= 15 ? "9-15" : n <= 30 ? "16-30" : "31+"));
        boolean verb = false;
        for (int j = cl; j < end && !verb; j++) verb = v.tokens.get(j).isVerb() || v.tokens.get(j).pos().equals("AUX");
        if (verb) f.add("claim-has-verb");
        boolean firstVerb = true;
        for (int j = sLo; j < k; j++) if (v.tokens.get(j).isVerb()) { firstVerb = false; break; }
        if (firstVerb) f.add("first-verb");
        if (k - sLo <= 8) f.add("early");
        // What the claim opens with: "whether", "to", a determiner (an object: "questioned the plan"), a pronoun.
        String c1 = v.word(cl).toLowerCase(Locale.ROOT), c1pos = v.tokens.get(cl).pos();
        f.add("c1p=" + c1pos);
        f.add("c1=" + c1);
        f.add("l+c1p=" + lemma + "_" + c1pos);
        f.add("sp+l=" + (sp.pronoun() ? "pronoun" : "name") + "_" + lemma);
        if (v.tokens.get(k - 1 >= 0 ? k - 1 : k).pos().equals("AUX")) f.add("after-aux");
        return f;
    }

    static String lemma(Token t) {
        String l = t.lemma();
        return (l == null || l.isEmpty() || l.equals("_") ? t.form() : l).toLowerCase(Locale.ROOT);
    }
}
