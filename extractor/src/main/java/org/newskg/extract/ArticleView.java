package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * The article as the sieves read it: a flat token list with each token's sentence, the quotes, the cues, and
 * the mentions indexed by where they end and start, so that "the mention just before this verb" is a lookup.
 * Public for the extract stage's rule packages ({@code attribution}); the collections are not to be changed.
 */
public final class ArticleView {
    public final AnalyzedArticle analyzed;
    public final String body;
    public final String text;
    public final List<Token> tokens = new ArrayList<>();
    public final List<Integer> sentenceOf = new ArrayList<>();
    public final List<Quote> quotes;
    public final List<Mention> mentions;
    public final Map<Integer, Mention> mentionByEnd = new HashMap<>();
    public final Map<Integer, Mention> mentionBySurfaceStart = new HashMap<>();
    /** Cue lemma per token index, for tokens outside quotes. */
    public final Map<Integer, String> cues = new HashMap<>();

    public ArticleView(AnalyzedArticle a, List<Quote> quotes, List<Mention> mentions) {
        this.analyzed = a;
        this.body = a.article().body();
        this.text = a.analysisText();
        this.quotes = quotes;
        this.mentions = mentions;
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                tokens.add(t);
                sentenceOf.add(s.index());
            }
        }
        for (Mention m : mentions) {
            // "the former Chief Minister of Punjab Province said": a description ending in a name holds it, and is the subject.
            mentionByEnd.merge(m.end(), m, (x, y) -> x.kind() == Mention.Kind.DESCRIPTION && x.surfaceStart() < y.surfaceStart() ? x
                    : y.kind() == Mention.Kind.DESCRIPTION && y.surfaceStart() < x.surfaceStart() ? y : x.isName() ? x : y);
            mentionBySurfaceStart.putIfAbsent(m.surfaceStart(), m);
            mentionBySurfaceStart.putIfAbsent(m.start(), m);
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (inQuote(t.start())) continue;
            if (t.pos().equals("PROPN") && !t.form().equals(t.form().toLowerCase())) continue;
            Optional<String> lemma = CueLexicon.cueLemma(t.form(), t.lemma());
            // The tagger calls "notes", "adds", "tweets" nouns after a name; a cue form right after its subject is a verb.
            boolean afterSubject = i > 0 && (tokens.get(i - 1).isProperNoun() || tokens.get(i - 1).isPronoun());
            // Right after a closing quotation mark the tagger is least reliable ("Trump tweeted" came out ADJ CCONJ);
            // an inflected cue form after a capitalised word or a pronoun is a verb whatever the tag.
            Token prev = i > 0 ? tokens.get(i - 1) : null;
            boolean afterName = prev != null && (Character.isUpperCase(prev.form().charAt(0)) && !prev.pos().equals("DET")
                    && !prev.pos().equals("ADP") || prev.isPronoun());
            if (lemma.isPresent() && (t.isVerb() || t.pos().equals("AUX") || t.pos().equals("NOUN") && (isVerbForm(t.form()) || afterSubject)
                    || isVerbForm(t.form()) && afterName && Character.isLowerCase(t.form().charAt(0)))) {
                if (!isGerundAfterCue(i)) cues.put(i, lemma.get());
            } else if (t.form().equalsIgnoreCase("according") && i + 1 < tokens.size()
                    && tokens.get(i + 1).form().equalsIgnoreCase("to")) {
                cues.put(i, "according to");
            }
        }
    }

    /**
     * "Schiff said expecting Russia to be a partner would be naive", "she said that hoping for a deal is not a
     * plan": a gerund right after a speech verb (or its "that") opens the reported clause as its subject; the
     * speech verb is the one before it.
     */
    private boolean isGerundAfterCue(int i) {
        if (!tokens.get(i).form().toLowerCase(Locale.ROOT).endsWith("ing") || i == 0) return false;
        int j = i - 1;
        if (tokens.get(j).form().equalsIgnoreCase("that") && j > 0) j--;
        String before = cues.get(j);
        return before != null && CueLexicon.REPORTING.contains(before);
    }

    /** The tagger calls some news verbs nouns ("tweets"); trust an inflected form of a cue verb. */
    private static boolean isVerbForm(String w) {
        String l = w.toLowerCase();
        return l.endsWith("ed") || l.equals("said") || l.equals("told") || l.equals("wrote") || l.equals("says");
    }

    public boolean inQuote(int offset) {
        for (Quote q : quotes) if (offset >= q.start() && offset < q.end()) return true;
        return false;
    }

    public boolean insideQuoteMarks(int offset) {
        for (Quote q : quotes) if (offset > q.open() && offset < q.outerEnd()) return true;
        return false;
    }

    /** Index of the first token starting at or after {@code offset}. */
    public int tokenFrom(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    public Sentence sentence(int index) { return analyzed.sentences().get(index); }

    public int sentenceAt(int offset) {
        List<Sentence> ss = analyzed.sentences();
        int lo = 0, hi = ss.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ss.get(mid).end() <= offset) lo = mid + 1; else hi = mid;
        }
        return Math.max(0, lo);
    }

    /** The first token index of the sentence holding token {@code i}. */
    public int sentenceStartToken(int i) {
        int s = sentenceOf.get(i);
        while (i > 0 && sentenceOf.get(i - 1) == s) i--;
        return i;
    }

    public int sentenceEndToken(int i) {
        int s = sentenceOf.get(i);
        while (i + 1 < tokens.size() && sentenceOf.get(i + 1) == s) i++;
        return i + 1;
    }

    public String word(int i) { return tokens.get(i).form(); }

    // ------------------------------------------------------------------ paragraphs and quotes

    /** The paragraph of the sentence holding {@code offset}. */
    public int paragraphOf(int offset) {
        return sentence(sentenceAt(offset)).paragraph();
    }

    /** The offset where the line holding {@code offset} starts (paragraphs are lines). */
    public int paragraphStart(int offset) {
        int nl = text.lastIndexOf('\n', Math.max(0, offset - 1));
        return nl < 0 ? 0 : nl + 1;
    }

    /** The offset of the line break ending the paragraph holding {@code offset}, or the text's end. */
    public int paragraphEnd(int offset) {
        int nl = text.indexOf('\n', offset);
        return nl < 0 ? text.length() : nl;
    }

    /** Where the last quotation closing at or before {@code offset} ends, or 0. */
    public int previousQuoteEnd(int offset) {
        int end = 0;
        for (Quote q : quotes) if (q.outerEnd() <= offset) end = Math.max(end, q.outerEnd());
        return end;
    }

    /** The opening mark of the first quotation at or after {@code offset}, but no later than {@code limit}. */
    public int nextQuoteOpen(int offset, int limit) {
        for (Quote q : quotes) if (q.open() >= offset) return Math.min(q.open(), limit);
        return limit;
    }

    /** The quotation whose content starts at {@code contentStart}, or null. */
    public Quote quoteAt(int contentStart) {
        for (Quote q : quotes) if (q.start() == contentStart) return q;
        return null;
    }

    /** A cue between two offsets, other than the one at {@code except} (-1: any). */
    public boolean hasCue(int from, int to, int except) {
        for (int i = tokenFrom(from); i < tokens.size() && tokens.get(i).start() < to; i++)
            if (cues.containsKey(i) && tokens.get(i).start() != except) return true;
        return false;
    }

    /** The sentences holding {@code from..to}, widened to take in both ends. */
    public TextSpan sentenceSpan(int from, int to) {
        int s = sentence(sentenceAt(from)).start();
        int e = sentence(sentenceAt(Math.max(from, to - 1))).end();
        return new TextSpan(Math.min(s, from), Math.max(e, to));
    }

    /** The cue at token {@code k}; "according to" takes in its second word. */
    public Cue cueAt(int k, String lemma) {
        Token t = tokens.get(k);
        int end = lemma.equals("according to") && k + 1 < tokens.size() ? tokens.get(k + 1).end() : t.end();
        return new Cue(new TextSpan(t.start(), end), body.substring(t.start(), end), lemma);
    }
}
