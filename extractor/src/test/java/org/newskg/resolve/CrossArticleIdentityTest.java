package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newskg.extract.Extractor;
import org.newskg.extract.Schemes;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleMetadata;
import org.newskg.nlp.Analyzer;
import org.newskg.nlp.NlpModels;

/** Identity across articles: full names meet on one node, a surname alone stays with its article. */
class CrossArticleIdentityTest {
    static final Analyzer ANALYZER = new Analyzer(NlpModels.defaults());
    static final Extractor EXTRACTOR = new Extractor(Schemes.bundled());

    static Map<String, String> keysByName(String id, String body) {
        ResolvedArticle r = new Resolver().resolve(EXTRACTOR.extract(ANALYZER.analyze(new Article(id, body, ArticleMetadata.empty(null, "txt")))));
        Map<String, String> m = new java.util.HashMap<>();
        r.agents().values().forEach(a -> m.put(a.name(), a.key()));
        return m;
    }

    @Test
    void theSameFullNameInTwoArticlesIsOneNodeWhateverTheNickname() {
        var a = keysByName("a1", "\"We will cut the deficit,\" Treasury Secretary Steven Mnuchin said on Sunday.");
        var b = keysByName("b1", "\"The deficit will fall,\" Treasury Secretary Steve Mnuchin told reporters.");
        assertEquals("person/steven-mnuchin", a.get("Steven Mnuchin"));
        // Each article keeps the name it printed; the node is the same.
        assertEquals(a.get("Steven Mnuchin"), b.get("Steve Mnuchin"), "Steve is Steven: " + b);
    }

    @Test
    void aSurnameAloneInTwoArticlesDoesNotMergeStrangers() {
        var a = keysByName("a2", "\"The bridge will open in May,\" Scott said at the meeting.");
        var b = keysByName("b2", "\"Nobody called me back,\" Scott said after the shooting.");
        assertNotEquals(a.get("Scott"), b.get("Scott"), a + " " + b);
    }
}
