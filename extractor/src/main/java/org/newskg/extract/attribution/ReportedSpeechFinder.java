package org.newskg.extract.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Cue;
import org.newskg.extract.Sieve;
import org.newskg.extract.TextSpan;
import org.newskg.nlp.Token;

/**
 * Reported speech: from each cue that no direct quotation used, in reading order, the rules in order (the first
 * that decides wins); a claim that mostly repeats a direct quotation, or overlaps a reported claim already found,
 * is dropped.
 */
final class ReportedSpeechFinder {
    static final List<ReportedRule> RULES = List.of(new AccordingToClause(), new ReportedClause(), new TrailingReportedClause(),
            new ReportedObject());
    /** A clause cut before a second speaker keeps at least three tokens. */
    static final int MIN_CUT_TOKENS = 3;

    private ReportedSpeechFinder() {}

    static List<Attribution> find(SieveContext c, List<Attribution> direct) {
        ArticleView v = c.v;
        List<Attribution> out = new ArrayList<>();
        Set<Integer> usedCueStarts = new HashSet<>(c.quoteCues);
        for (Attribution a : direct) a.cue().ifPresent(cue -> usedCueStarts.add(cue.span().start()));
        List<Integer> cueIdx = new ArrayList<>(v.cues.keySet());
        cueIdx.sort(Integer::compare);
        for (int k : cueIdx) {
            if (usedCueStarts.contains(v.tokens.get(k).start())) continue;
            CueSite site = new CueSite(k, v.cues.get(k), v.sentenceStartToken(k), v.sentenceEndToken(k));
            Optional<Attribution> a = Optional.empty();
            for (ReportedRule r : RULES) {
                a = r.attribute(site, c);
                if (a.isPresent()) break;
            }
            if (a.isEmpty() || overlapsDirect(a.get(), direct, out)) continue;
            out.add(a.get());
        }
        return out;
    }

    /** A reported claim that mostly repeats a direct quote already found adds nothing: the quote stands. */
    private static boolean overlapsDirect(Attribution r, List<Attribution> direct, List<Attribution> reported) {
        for (Attribution d : direct) {
            if (!d.span().overlaps(r.span())) continue;
            int ov = Math.min(d.span().end(), r.span().end()) - Math.max(d.span().start(), r.span().start());
            if (ov * 2 >= r.span().length() || ov * 2 >= d.span().length() && d.hasSpeaker()) return true;
        }
        for (Attribution o : reported) if (o.span().overlaps(r.span())) return true;
        return false;
    }

    /**
     * Where a reported clause ends: the sentence end, or before ", and Helen Quist said ..." when a second
     * speaker takes over within the sentence.
     */
    static int clauseEnd(SieveContext c, int from, int sHi) {
        ArticleView v = c.v;
        for (int j = from + 2; j < sHi; j++) {
            String lemma = v.cues.get(j);
            if (lemma == null || lemma.equals("according to")) continue;
            Speaker sp = c.subjects.before(j, from);
            if (sp == null || sp.mention() == null) continue;
            int cut = v.tokenFrom(sp.mention().surfaceStart());
            while (cut > from && (v.word(cut - 1).equals(",") || v.word(cut - 1).equalsIgnoreCase("and") || v.word(cut - 1).equalsIgnoreCase("but")
                    || v.word(cut - 1).equalsIgnoreCase("while"))) cut--;
            if (cut - from >= MIN_CUT_TOKENS && cut < j) return cut;
        }
        return sHi;
    }

    /** A reported claim; direct when its text holds two quotation marks (a partial quote inside it). */
    static Attribution attribution(SieveContext c, TextSpan span, Speaker sp, Cue cue, Sieve sieve, CueSite s) {
        ArticleView v = c.v;
        String t = v.text.substring(span.start(), span.end());
        boolean direct = t.chars().filter(ch -> ch == '"').count() >= 2;
        TextSpan sentence = new TextSpan(v.tokens.get(s.sLo()).start(), v.tokens.get(s.sHi() - 1).end());
        return c.make(span, List.of(span), direct, sp, cue, sieve, sentence);
    }

    /** The addressee of "told": a pronoun, a name, "reporters", "the crowd". */
    static boolean isObject(ArticleView v, int j) {
        if (j >= v.tokens.size()) return false;
        Token t = v.tokens.get(j);
        String w = t.form().toLowerCase(Locale.ROOT);
        return t.isPronoun() && !w.equals("it") || w.equals("reporters") || w.equals("journalists") || w.equals("me")
                || t.isProperNoun() || v.mentionBySurfaceStart.containsKey(t.start()) || w.equals("supporters")
                || w.equals("the") || w.equals("audience") || w.equals("crowd") || w.equals("voters") || w.equals("host");
    }
}
