package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;
import org.newskg.ingest.Article;

/**
 * Sentences, tokens, POS tags, lemmas and names for one article at a time, with every offset into the body.
 * Paragraphs (line breaks) bound sentences: the sentence model would otherwise run a headline into the
 * first paragraph. Not thread-safe: build one per worker from the shared {@link NlpModels}.
 */
public final class Analyzer {
    /** How much to compute: the bare pass is what the benchmark compares the full extraction with. */
    public enum Level { BARE, FULL }

    private final SentenceSplitter sentences;
    private final TokenSplitter tokens;
    private final PosTagger pos;
    private final Lemmatizer lemmas;
    private final NameFinder names;

    public Analyzer(NlpModels models) { this(models, Level.FULL); }

    public Analyzer(NlpModels models, Level level) {
        this.sentences = new SentenceSplitter(models);
        this.tokens = new TokenSplitter(models);
        this.pos = new PosTagger(models);
        this.lemmas = level == Level.FULL ? new Lemmatizer(models, models.lemmaMemory()) : null;
        this.names = level == Level.FULL ? new NameFinder(models) : null;
    }

    public AnalyzedArticle analyze(Article article) {
        String body = article.body();
        String text = AnalysisText.of(body);
        List<Sentence> out = new ArrayList<>();
        List<NameMention> found = new ArrayList<>();
        if (names != null) names.startDocument();
        int paragraph = 0;
        int pos0 = 0;
        int n = text.length();
        while (pos0 < n) {
            int nl = text.indexOf('\n', pos0);
            int end = nl < 0 ? n : nl;
            if (!text.substring(pos0, end).isBlank()) {
                analyzeParagraph(body, text, pos0, end, paragraph++, out, found);
            }
            pos0 = end + 1;
        }
        return new AnalyzedArticle(article, text, out, found);
    }

    private void analyzeParagraph(String body, String text, int from, int to, int paragraph, List<Sentence> out, List<NameMention> found) {
        String para = text.substring(from, to);
        for (Span s : Surrogates.wholeCodePoints(para, Abbreviations.mergeSentences(para, sentences.split(para)))) {
            int sStart = from + s.getStart();
            int sEnd = from + s.getEnd();
            String sentText = text.substring(sStart, sEnd);
            Span[] tokSpans = Surrogates.wholeCodePoints(sentText, Brackets.split(sentText, Dashes.split(sentText, Abbreviations.mergeTokens(sentText, tokens.tokenize(sentText)))));
            if (tokSpans.length == 0) continue;
            String[] words = new String[tokSpans.length];
            for (int i = 0; i < tokSpans.length; i++) words[i] = tokSpans[i].getCoveredText(sentText).toString();
            String[] tags = pos.tag(words);
            String[] lem = lemmas == null ? null : lemmas.lemmatize(words, tags);
            List<Token> toks = new ArrayList<>(words.length);
            for (int i = 0; i < words.length; i++) {
                int ts = sStart + tokSpans[i].getStart();
                int te = sStart + tokSpans[i].getEnd();
                String lemma = lem == null ? words[i].toLowerCase() : normalizeLemma(lem[i], words[i]);
                toks.add(new Token(ts, te, body.substring(ts, te), words[i], tags[i], lemma));
            }
            int index = out.size();
            if (names != null) {
                for (Span ns : names.find(words)) {
                    int ms = toks.get(ns.getStart()).start();
                    int me = toks.get(ns.getEnd() - 1).end();
                    found.add(new NameMention(ms, me, body.substring(ms, me), ns.getType(), ns.getProb(),
                            index, ns.getStart(), ns.getEnd()));
                }
            }
            out.add(new Sentence(index, sStart, sEnd, paragraph, toks));
        }
    }

    /** The UD lemmatizer answers "O" or an empty string where it has no lemma; fall back to the lowercase word. */
    private static String normalizeLemma(String lemma, String word) {
        if (lemma == null || lemma.isEmpty() || lemma.equals("O") || lemma.equals("_")) return word.toLowerCase();
        return lemma.toLowerCase();
    }

}
