package org.newskg.extract.attribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Attribution;
import org.newskg.extract.Mention;
import org.newskg.extract.Quote;

/**
 * The features the speaker model reads for one candidate of one quotation: which rules propose it (and whether
 * it is the first rule's choice), where its nearest name stands (direction, distance in tokens, sentences and
 * paragraphs), whether it was found through a pronoun, whether it is named inside the quotation, whether it spoke
 * the quotation before, how often the article names it, and the shape of the quotation (alone in its paragraph,
 * partial, in the headline). "Nobody named" has features of its own: the rules that found an unnamed speaker,
 * and how strong the best named proposal is. Training and use share this class, so they cannot disagree.
 */
final class SpeakerFeatures {
    /** Bumped whenever a feature changes; a model trained on another set is refused (see {@link SpeakerModel}). */
    static final String VERSION = "4";

    private SpeakerFeatures() {}

    static String[] of(Candidate cand, List<Candidate> all, QuoteGroup g, SieveContext c, Attribution legacy) {
        List<String> f = new ArrayList<>();
        ArticleView v = c.v;
        String shape = shape(g, v);
        if (cand.isNone()) {
            f.add("none");
            f.add("none&" + shape);
            boolean anyNamed = all.stream().anyMatch(x -> !x.isNone() && !x.proposals().isEmpty());
            f.add("none&named=" + anyNamed);
            if (legacy.hasSpeaker()) f.add("none&legacy=" + legacy.sieve().id());
            for (String id : ids(cand.proposals())) f.add("none&by=" + id);
            f.add("none&words=" + bucket(words(g, v), 1, 3, 6, 12, 25));
            f.add("none&title-case=" + titleCase(g, v));
            f.add("none&verb=" + hasVerb(g, v));
            f.add("none&lower=" + Character.isLowerCase(v.text.charAt(g.first().start())));
            String before = wordBefore(g, v);
            if (before != null) f.add("none&before=" + before);
            f.add("none&organizations=" + all.stream().filter(x -> !x.isNone() && !x.proposals().isEmpty()
                    && c.tracker.kindOf(x.entity()) == Mention.Kind.ORGANIZATION).count());
            return f.toArray(String[]::new);
        }
        f.add("named");
        f.add("kind=" + c.tracker.kindOf(cand.entity()));
        Set<String> ids = ids(cand.proposals());
        for (String id : ids) f.add("by=" + id);
        if (ids.isEmpty()) {
            f.add("unproposed");
            f.add("unproposed&" + shape);
        } else {
            String first = cand.proposals().get(0).attribution().sieve().id();
            f.add("first=" + first);
            f.add("first=" + first + "&" + shape);
            f.add("rules=" + Math.min(ids.size(), 3));
        }
        boolean isLegacy = legacy.hasSpeaker() && legacy.speaker() == cand.entity();
        f.add("legacy=" + isLegacy);
        if (!isLegacy && legacy.hasSpeaker()) f.add("other-legacy=" + legacy.sieve().id());
        String via = cand.proposals().isEmpty() ? "none" : cand.proposals().get(0).attribution().speakerMention()
                .map(m -> m.kind().name().toLowerCase(java.util.Locale.ROOT)).orElse("none");
        f.add("via=" + via);
        Mention m = cand.nearest();
        if (m == null) {
            f.add("near=none");
        } else {
            String dir = m.end() <= g.first().open() ? "before" : m.start() >= g.last().outerEnd() ? "after" : "between";
            int tokens = Math.abs(v.tokenFrom(dir.equals("after") ? m.start() : g.first().open())
                    - v.tokenFrom(dir.equals("after") ? g.last().outerEnd() : m.end()));
            int qs = v.sentenceAt(g.first().open()), qe = v.sentenceAt(Math.max(g.first().open(), g.last().outerEnd() - 1));
            int sd = m.sentence() < qs ? qs - m.sentence() : m.sentence() > qe ? m.sentence() - qe : 0;
            int pd = Math.abs(v.paragraphOf(m.start()) - g.first().paragraph());
            f.add("dir=" + dir);
            f.add("tok=" + bucket(tokens, 0, 2, 5, 10, 20, 40));
            f.add("dir=" + dir + "&tok=" + bucket(tokens, 0, 2, 5, 10, 20, 40));
            f.add("sent=" + bucket(sd, 0, 1, 2, 3));
            f.add("para=" + bucket(pd, 0, 1, 2));
            f.add("dir=" + dir + "&sent=" + bucket(sd, 0, 1, 2, 3) + "&" + shape);
            f.add("subject=" + isSubject(m, v));
            // 'to accuse Clinton's campaign of being "duped"', 'and criticized Obama for ...': a name owning a noun,
            // or standing after a verb or a preposition, is seldom the one who speaks.
            boolean poss = isPossessive(m, v);
            String pre = roleBefore(m, v);
            f.add("poss=" + poss);
            f.add("pre=" + pre);
            f.add("dir=" + dir + "&pre=" + pre + "&poss=" + poss);
            f.add("nearest-person=" + isNearestPerson(cand, all, g));
        }
        boolean inside = namedInside(cand.entity(), g, v);
        f.add("quoted-inside=" + inside);
        if (!ids.isEmpty()) f.add("quoted-inside=" + inside + "&first=" + cand.proposals().get(0).attribution().sieve().id());
        f.add("kind=" + c.tracker.kindOf(cand.entity()) + "&" + (ids.isEmpty() ? "unproposed" : "first=" + cand.proposals().get(0).attribution().sieve().id()));
        f.add("title-case=" + titleCase(g, v) + "&legacy=" + isLegacy);
        boolean previous = g.previous() != null && g.previous().speaker() == cand.entity();
        f.add("previous=" + previous);
        if (previous) f.add("previous&" + shape);
        if (previous && !ids.isEmpty()) f.add("previous&first=" + cand.proposals().get(0).attribution().sieve().id());
        f.add("mentions=" + bucket(mentionCount(cand.entity(), v), 1, 2, 4, 8));
        f.add("top=" + isMostMentioned(cand.entity(), v));
        return f.toArray(String[]::new);
    }

    /** The shape of the quotation: alone in its paragraph or not, partial or not, headline or not. */
    private static String shape(QuoteGroup g, ArticleView v) {
        String s = g.isLone(v) ? "lone" : "inline";
        if (PartialQuoteLeads.isPartial(g.last(), v)) s += "-partial";
        if (g.first().paragraph() == 0) s += "-head";
        if (g.first().continuesFromPrevious()) s += "-cont";
        return s;
    }

    /** Every word of the quotation capitalized (a title: "Fox News Sunday"), two words or more. */
    private static boolean titleCase(QuoteGroup g, ArticleView v) {
        String[] ws = v.text.substring(g.first().start(), g.last().end()).strip().split("\\s+");
        if (ws.length < 2) return false;
        for (String w : ws) {
            String x = w.replaceAll("^\\W+", "");
            if (!x.isEmpty() && Character.isLetter(x.charAt(0)) && Character.isLowerCase(x.charAt(0)) && x.length() > 3) return false;
        }
        return true;
    }

    private static boolean hasVerb(QuoteGroup g, ArticleView v) {
        for (int k = v.tokenFrom(g.first().start()); k < v.tokens.size() && v.tokens.get(k).start() < g.last().end(); k++)
            if (v.tokens.get(k).isVerb() || v.tokens.get(k).pos().equals("AUX")) return true;
        return false;
    }

    /** The word before the opening mark, lower-cased, if it is a function word or a cue ("on", "of", "called", "said"). */
    private static String wordBefore(QuoteGroup g, ArticleView v) {
        int k = v.tokenFrom(g.first().open()) - 1;
        if (k < 0) return null;
        var t = v.tokens.get(k);
        String w = t.form().toLowerCase(java.util.Locale.ROOT);
        if (v.cues.containsKey(k)) return "cue";
        String pos = t.pos();
        if (pos.equals("ADP") || pos.equals("DET") || pos.equals("PUNCT") || pos.equals("CCONJ") || pos.equals("SCONJ")) return w;
        return pos;
    }

    private static Set<String> ids(List<Proposal> ps) {
        Set<String> out = new LinkedHashSet<>();
        for (Proposal p : ps) out.add(p.attribution().sieve().id());
        return out;
    }

    private static int words(QuoteGroup g, ArticleView v) {
        int n = 0;
        for (Quote q : g.quotes()) n += v.text.substring(q.start(), q.end()).strip().split("\\s+").length;
        return n;
    }

    /** A verb (over adverbs and auxiliaries) right after the mention: the mention is a clause's subject. */
    private static boolean isSubject(Mention m, ArticleView v) {
        int k = v.tokenFrom(m.end());
        int skipped = 0;
        while (k < v.tokens.size() && skipped < 3 && SubjectFinder.SKIPPABLE.contains(v.word(k).toLowerCase())) { k++; skipped++; }
        return k < v.tokens.size() && (v.tokens.get(k).isVerb() || v.cues.containsKey(k));
    }

    /** The mention owns what follows: "Clinton's campaign", "the Smiths' lawyer" (read from the text: tokenizers split "Khan’s" apart or not). */
    private static boolean isPossessive(Mention m, ArticleView v) {
        int e = m.end();
        if (e + 1 > v.text.length()) return false;
        char a = v.text.charAt(e);
        if (a != '\'' && a != '\u2019') {
            // the mention may already hold the possessive ending
            return e >= 2 && (v.text.charAt(e - 1) == 's' || v.text.charAt(e - 1) == 'S')
                    && (v.text.charAt(e - 2) == '\'' || v.text.charAt(e - 2) == '\u2019');
        }
        return e + 1 >= v.text.length() || v.text.charAt(e + 1) == 's' || !Character.isLetter(v.text.charAt(e + 1));
    }

    /** What stands right before the mention: a cue, a verb, a preposition, a determiner, punctuation, or else "other". */
    private static String roleBefore(Mention m, ArticleView v) {
        int k = v.tokenFrom(m.start()) - 1;
        if (k < 0) return "start";
        var t = v.tokens.get(k);
        if (v.cues.containsKey(k)) return "cue";
        if (t.isVerb() || t.pos().equals("AUX")) return "verb";
        return switch (t.pos()) {
            case "ADP" -> "adp";
            case "DET" -> "det";
            case "PUNCT" -> "punct";
            case "CCONJ" -> "cconj";
            default -> "other";
        };
    }

    private static boolean isNearestPerson(Candidate cand, List<Candidate> all, QuoteGroup g) {
        int d = Candidates.distance(g, cand.nearest());
        for (Candidate o : all) if (o != cand && o.nearest() != null && Candidates.distance(g, o.nearest()) < d) return false;
        return true;
    }

    private static boolean namedInside(int entity, QuoteGroup g, ArticleView v) {
        for (Mention m : v.mentions) if (m.entity() == entity && Candidates.inside(g, m)) return true;
        return false;
    }

    private static int mentionCount(int entity, ArticleView v) {
        int n = 0;
        for (Mention m : v.mentions) if (m.entity() == entity) n++;
        return n;
    }

    private static boolean isMostMentioned(int entity, ArticleView v) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (Mention m : v.mentions) if (m.entity() >= 0 && m.kind() == Mention.Kind.PERSON) counts.merge(m.entity(), 1, Integer::sum);
        int mine = counts.getOrDefault(entity, 0);
        for (int n : counts.values()) if (n > mine) return false;
        return mine > 0;
    }

    /** The bucket a value falls in: "<=b" for the first bound it does not exceed, ">last" beyond. */
    static String bucket(int x, int... bounds) {
        for (int b : bounds) if (x <= b) return "<=" + b;
        return ">" + bounds[bounds.length - 1];
    }
}
