package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleMetadata;
import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/** Cue detection on hand-tagged tokens, so the tests do not depend on what the tagger makes of a sentence. */
class ArticleViewTest {

    /** One sentence from "word/TAG" pairs separated by spaces; the text joins the words as print would. */
    private static ArticleView view(String tagged) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String wt : tagged.split(" ")) {
            int slash = wt.lastIndexOf('/');
            String w = wt.substring(0, slash);
            boolean attach = w.equals(",") || w.equals(".") || w.equals("\"") && text.toString().chars().filter(c -> c == '"').count() % 2 == 1;
            boolean afterOpen = text.length() > 0 && text.charAt(text.length() - 1) == '"' && text.toString().chars().filter(c -> c == '"').count() % 2 == 1;
            if (text.length() > 0 && !attach && !afterOpen) text.append(' ');
            int start = text.length();
            text.append(w);
            tokens.add(new Token(start, text.length(), w, w, wt.substring(slash + 1), w.toLowerCase()));
        }
        Article a = new Article("test", text.toString(), ArticleMetadata.empty(null, "txt"));
        AnalyzedArticle an = new AnalyzedArticle(a, text.toString(),
                List.of(new Sentence(0, 0, text.length(), 0, tokens)), List.of());
        return new ArticleView(an, QuoteFinder.find(a.body(), an.analysisText()), List.of());
    }

    private static int index(ArticleView v, String word) {
        for (int i = 0; i < v.tokens.size(); i++) if (v.word(i).equals(word)) return i;
        throw new AssertionError(word);
    }

    @Test
    void inflectedCueAfterANameIsACueWhateverItsTag() {
        ArticleView v = view("\"/PUNCT Taxes/NOUN will/AUX rise/VERB ,/PUNCT \"/PUNCT Ostrova/ADJ tweeted/CCONJ ./PUNCT");
        assertEquals("tweet", v.cues.get(index(v, "tweeted")));
    }

    @Test
    void inflectedCueFormAfterADeterminerIsNotACue() {
        ArticleView v = view("The/DET tweeted/ADJ photo/NOUN spread/VERB ./PUNCT");
        assertFalse(v.cues.containsKey(index(v, "tweeted")));
    }
}
