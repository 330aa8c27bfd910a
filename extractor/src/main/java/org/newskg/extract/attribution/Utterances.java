package org.newskg.extract.attribution;

import java.util.ArrayList;
import java.util.List;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Mention;
import org.newskg.extract.Quote;

/**
 * One utterance, one claim: {@code "We can't," he said, "and we won't."}, {@code "A," X said. "B."} (the
 * attribution between two quotes of a paragraph, ending in a comma or a period), quotes separated by nothing
 * but space, and a paragraph that continues a quotation left open in the paragraph before.
 */
final class Utterances {
    /** Text between two pieces of one utterance is an attribution clause: at most 200 characters. */
    static final int MAX_BETWEEN = 200;

    private Utterances() {}

    static List<List<Quote>> group(ArticleView v) {
        List<List<Quote>> out = new ArrayList<>();
        List<Quote> quotes = v.quotes;
        for (int i = 0; i < quotes.size(); i++) {
            List<Quote> g = new ArrayList<>();
            g.add(quotes.get(i));
            while (i + 1 < quotes.size() && continues(v, quotes.get(i), quotes.get(i + 1))) {
                g.add(quotes.get(i + 1));
                i++;
            }
            out.add(g);
        }
        return out;
    }

    private static boolean continues(ArticleView v, Quote a, Quote b) {
        if (!a.closed()) return b.continuesFromPrevious();
        if (a.paragraph() != b.paragraph()) return false;
        String between = v.text.substring(a.outerEnd(), b.open()).strip();
        if (between.isEmpty()) return true;
        if (between.length() > MAX_BETWEEN || between.contains("\"")) return false;
        char last = between.charAt(between.length() - 1);
        if (last != ',' && last != '.' && last != ':') return false;
        // The words between must attribute (a cue) and name no one but the speaker of the first piece.
        if (!v.hasCue(a.outerEnd(), b.open(), -1)) return false;
        // '"A." Surrounded by his colleagues, he made a statement on the steps of ..., stating, "B."': a cue further
        // from the first piece than an attribution after a quotation stands is no clause that interrupts it.
        if (CueAfterQuote.firstCue(a, v) < 0) return false;
        // '"A," she said. Then she added: "B."' is a second act of speech, with its own cue.
        int lo = v.tokenFrom(a.outerEnd()), hi = v.tokenFrom(b.open());
        for (int k = lo; k < hi - 1; k++)
            if (Punctuation.isTerminator(v.word(k)) && !v.insideQuoteMarks(v.tokens.get(k).start())) return false;
        int persons = 0;
        for (Mention m : v.mentions) if (m.start() >= a.outerEnd() && m.start() < b.open() && m.kind() == Mention.Kind.PERSON) persons++;
        if (persons > 1) return false;
        // 'Alcott said that "A." Penrose asked whether ... "B," Alcott said.': a quote its own sentence introduces
        // with a cue is attributed there; a sentence after it that names someone is a new act, not the clause that
        // interrupts one utterance ('"A," Alcott said. "B."', where the quote opens its sentence).
        int sentence = v.sentenceSpan(a.open(), a.open()).start();
        return persons == 0 || !v.hasCue(sentence, a.open(), -1);
    }
}
