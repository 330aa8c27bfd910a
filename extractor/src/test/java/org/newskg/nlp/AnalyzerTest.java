package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleMetadata;

/** Sentences and tokens, with every offset an offset into the body as ingested. */
class AnalyzerTest {
    private static final Analyzer ANALYZER = new Analyzer(NlpModels.defaults());

    private static AnalyzedArticle analyze(String body) {
        return ANALYZER.analyze(new Article("t", body, ArticleMetadata.empty(null, "txt")));
    }

    private static List<Token> tokens(AnalyzedArticle a) {
        List<Token> out = new ArrayList<>();
        for (Sentence s : a.sentences()) out.addAll(s.tokens());
        return out;
    }

    private static void assertTokensMatchBody(String body) {
        AnalyzedArticle a = analyze(body);
        assertEquals(body.length(), a.analysisText().length());
        List<String> wrong = new ArrayList<>();
        int previousEnd = 0;
        for (Token t : tokens(a)) {
            assertTrue(t.start() >= previousEnd && t.end() > t.start() && t.end() <= body.length(), () -> "bad offsets " + t);
            previousEnd = t.end();
            String covered = body.substring(t.start(), t.end());
            if (!covered.equals(t.text())) wrong.add("[" + t.text() + "] at " + t.start() + ".." + t.end() + " but the body has [" + covered + "]");
        }
        assertTrue(wrong.isEmpty(), () -> "token text differs from the body it points at:\n" + String.join("\n", wrong));
        for (Sentence s : a.sentences()) {
            assertTrue(s.start() <= s.tokens().get(0).start() && s.tokens().get(s.tokens().size() - 1).end() <= s.end(), s::toString);
            assertFalse(Character.isWhitespace(body.charAt(s.start())), "a sentence starts on text, not space");
        }
    }

    @Test
    void tokenOffsetsPointAtTheirTextWithStraightQuotes() {
        assertTokensMatchBody("\"We will rebuild the harbor,\" said Sen. Kate Ruiz. The council meets on Friday.");
    }

    @Test
    void tokenOffsetsPointAtTheirTextWithCurlyQuotesAndApostrophes() {
        assertTokensMatchBody("\u201CWe won\u2019t back down,\u201D said Sen. Kate Ruiz. \u2018It\u2019s over,\u2019 her aide said.");
    }

    @Test
    void tokenOffsetsPointAtTheirTextWithTwoApostropheQuotes() {
        assertTokensMatchBody("''We won't back down,'' said Sen. Kate Ruiz. The vote is on Friday.");
    }

    @Test
    void tokenOffsetsPointAtTheirTextAroundAnEmoji() {
        // Straight quotes only: this checks the surrogate pairs, not the quote marks.
        String body = "Kate Ruiz posted \uD83C\uDF89 after the vote. \"Big day \uD83C\uDF89 for the harbor!\" she wrote. \uD83D\uDE80\uD83D\uDE80";
        assertTokensMatchBody(body);
        AnalyzedArticle a = analyze(body);
        for (Token t : tokens(a)) {
            assertFalse(Character.isLowSurrogate(body.charAt(t.start())), () -> "token starts inside a surrogate pair: " + t);
            assertFalse(Character.isHighSurrogate(body.charAt(t.end() - 1)), () -> "token ends inside a surrogate pair: " + t);
        }
    }

    @Test
    void noSentenceOrTokenBoundaryFallsInsideASurrogatePair() {
        // A code point of plane 13 right after a replacement character and before a curly quote: the tokenizer's
        // model, which sees chars, cut this pair in two (found by IngestExtractFuzzTest).
        String body = "Mayor Odile Brant>\uFFFD\uFFFD\uDB38\uDC00\u201CWe will reopen the pier.\u201D Brant>\uFFFD\uDB38\uDC00 said it. "
                + "\uDB38\uDC00\uDB38\uDC00.\uDB38\uDC00 Done.";
        assertTokensMatchBody(body);
        AnalyzedArticle a = analyze(body);
        for (Sentence s : a.sentences()) {
            assertFalse(Surrogates.splitsPair(body, s.start()) || Surrogates.splitsPair(body, s.end()), () -> "sentence cuts a pair: " + s);
            for (Token t : s.tokens())
                assertFalse(Surrogates.splitsPair(body, t.start()) || Surrogates.splitsPair(body, t.end()), () -> "token cuts a pair: " + t);
        }
    }

    @Test
    void tokenOffsetsPointAtTheirTextAroundTweetMarkup() {
        String body = "Sen. Kate Ruiz posted late on Sunday. <tweet author=\"@kruiz\">The harbor deal is dead.</tweet> Her office confirmed it.";
        assertTokensMatchBody(body);
        AnalyzedArticle a = analyze(body);
        for (Token t : tokens(a)) {
            assertFalse(t.text().contains("tweet") || t.text().contains("author") || t.text().contains("@kruiz"),
                    () -> "markup was tokenized as text: " + t);
        }
    }

    @Test
    void analysisTextHasTheBodyLengthAndKeepsLineBreaks() {
        String body = "\u201CNo,\u201D she said.\n\n''Never,'' he said. <tweet author=\"@x\">ok</tweet> \uD83C\uDF89";
        String t = AnalysisText.of(body);
        assertEquals(body.length(), t.length());
        for (int i = 0; i < body.length(); i++) assertEquals(body.charAt(i) == '\n', t.charAt(i) == '\n', "line break at " + i);
    }

    @Test
    void titleAbbreviationNeitherEndsTheSentenceNorSplitsFromItsPeriod() {
        String body = "The bill was written by Sen. Kate Ruiz and passed on Friday. It goes to the governor next.";
        AnalyzedArticle a = analyze(body);
        assertEquals(2, a.sentences().size(), () -> a.sentences().stream().map(s -> "[" + s.text(body) + "]").toList().toString());
        Sentence first = a.sentences().get(0);
        assertTrue(first.text(body).contains("Sen. Kate Ruiz"), first.text(body));
        List<String> words = first.tokens().stream().map(Token::text).toList();
        assertTrue(words.contains("Sen."), words::toString);
        int sen = words.indexOf("Sen.");
        assertEquals("Kate", words.get(sen + 1));
        assertEquals("Ruiz", words.get(sen + 2));
    }

    @Test
    void aPersonsInitialsNeitherEndTheSentenceNorSplitFromTheirPeriod() {
        String body = "The motion was tabled by Rep. T.J. Okafor and passed on Friday. It goes to the governor next.";
        AnalyzedArticle a = analyze(body);
        assertEquals(2, a.sentences().size(), () -> a.sentences().toString());
        assertTrue(a.sentences().get(0).text(body).contains("T.J. Okafor"), a.sentences().get(0).text(body));
        assertTrue(tokens(a).stream().anyMatch(t -> t.form().equals("T.J.")), () -> tokens(a).toString());
    }

    @Test
    void theDelegatesAbbreviationDoesNotEndTheSentence() {
        String body = "\"The vote was rushed,\" said Del. Mara Quintero of the Harbor Islands. The panel adjourned.";
        AnalyzedArticle a = analyze(body);
        assertEquals(2, a.sentences().size(), () -> a.sentences().toString());
    }

    @Test
    void paragraphsBoundSentences() {
        String body = "Harbor vote delayed\n\nThe council met on Friday. It adjourned early.";
        AnalyzedArticle a = analyze(body);
        assertEquals(3, a.sentences().size());
        assertEquals("Harbor vote delayed", a.sentences().get(0).text(body));
        assertEquals(0, a.sentences().get(0).paragraph());
        assertEquals(1, a.sentences().get(1).paragraph());
        assertEquals(1, a.sentences().get(2).paragraph());
    }

    @Test
    void personNameFoundByTheNameFinderHasOffsetsIntoTheBody() {
        String body = "\u201CWe will rebuild the harbor,\u201D said Kate Ruiz, the mayor.";
        AnalyzedArticle a = analyze(body);
        assertTrue(a.names().stream().anyMatch(n -> n.type().equals("person") && body.substring(n.start(), n.end()).equals("Kate Ruiz")),
                () -> a.names().toString());
    }

    @Test
    void anEmDashWithoutSpacesSeparatesTheWordsAroundIt() {
        String body = "Feeling spent, an emotional Dalton—who is serving his second term—spoke to reporters.";
        List<String> words = new ArrayList<>();
        for (Token t : tokens(analyze(body))) words.add(t.text());
        assertTrue(words.containsAll(List.of("Dalton", "—", "who", "term", "spoke")), () -> "tokens: " + words);
        assertFalse(words.contains("Dalton—who"), () -> "tokens: " + words);
        assertTokensMatchBody(body);
    }

    @Test
    void anEnDashStaysInsideAName() {
        List<String> words = new ArrayList<>();
        for (Token t : tokens(analyze("The Azmara–Coast Alliance met in 2019–2020."))) words.add(t.text());
        assertFalse(words.contains("–"), () -> "tokens: " + words);
    }
    @Test
    void aClosingBracketGluedToAWordIsATokenOfItsOwn() {
        String body = "Kate Ruiz claimed that the Harbor Janata Party (HJP) is making false claims (again).";
        List<String> words = new ArrayList<>();
        for (Token t : tokens(analyze(body))) words.add(t.text());
        assertTrue(words.containsAll(List.of("HJP", ")")), () -> "tokens: " + words);
        assertFalse(words.contains("HJP)"), () -> "tokens: " + words);
        assertTokensMatchBody(body);
    }
}
