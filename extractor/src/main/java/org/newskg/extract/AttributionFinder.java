package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newskg.nlp.Token;

/**
 * Finds who said what. Direct quotations first, each through ordered sieves (the first that decides wins and
 * is recorded); then reported speech, from speech verbs whose subject is a person or organization and whose
 * complement is a clause. A quotation whose speaker no sieve can name is kept without a speaker, with low
 * confidence, rather than guessed.
 */
final class AttributionFinder {
    /** Words between a subject and its verb that do not break the link: "Trump also said", "she has repeatedly said". */
    private static final Set<String> SKIPPABLE = Words.of("also", "has", "had", "have", "later", "then", "again", "once",
            "previously", "repeatedly", "recently", "had", "would", "will", "did", "does", "not", "never", "often",
            "further", "flatly", "quickly", "angrily", "simply", "publicly", "privately", "reportedly", "allegedly",
            "immediately", "separately", "similarly", "subsequently", "frequently", "emphatically", "bluntly",
            "herself", "himself", "told", "just", "already", "ultimately", "initially", "first", "finally", "even",
            "is", "was", "were", "are", "being", "been", "still");
    private static final Set<String> TERMINATORS = Words.of(".", "!", "?");

    private final ArticleView v;
    private final EntityTracker tracker;
    /** Pronoun mention start → entity, filled as pronouns are resolved in reading order. */
    private final Map<Integer, Integer> resolvedPronouns = new HashMap<>();

    private AttributionFinder(ArticleView v, EntityTracker tracker) {
        this.v = v;
        this.tracker = tracker;
    }

    static List<Attribution> find(ArticleView v, EntityTracker tracker) {
        return new AttributionFinder(v, tracker).run();
    }

    private record Speaker(int entity, Mention mention, boolean pronoun) {
        static final Speaker NONE = new Speaker(-1, null, false);
    }

    private List<Attribution> run() {
        List<Attribution> out = new ArrayList<>();
        List<List<Quote>> claims = groupInterrupted(v.quotes);
        Attribution previous = null;
        for (List<Quote> group : claims) {
            Attribution a = attributeQuote(group, previous);
            if (isScareQuote(group, a)) continue;
            if (continuesInParagraph(previous, a, group.get(0))) {
                a = joined(previous, a);
                out.set(out.size() - 1, a);
            } else {
                out.add(a);
            }
            previous = a;
        }
        carrySpeakersBack(out);
        out.addAll(reported(out));
        // A "claim" of nothing but punctuation (a stray ")" between quotation marks) says nothing, so nobody said it.
        out.removeIf(a -> a.claimText(v.body).codePoints().noneMatch(Character::isLetterOrDigit));
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    /**
     * '"A," said Kate Ruiz, a harbor pilot. "B."' and 'called it “reckless” and “a gift”': quotes of one
     * paragraph that the same speaker goes on with, nobody else named or speaking between, are one utterance,
     * as annotators of attribution corpora mark them (PolNeAR train: 278 such pairs joined, 27 kept apart).
     */
    private boolean continuesInParagraph(Attribution previous, Attribution a, Quote first) {
        return previous != null && a.sieve() == Sieve.CONTINUATION && previous.direct() && previous.hasSpeaker()
                && a.speaker() == previous.speaker() && paragraphOf(previous.span().start()) == first.paragraph()
                && !first.continuesFromPrevious();
    }

    private static Attribution joined(Attribution before, Attribution after) {
        List<TextSpan> pieces = new ArrayList<>(before.pieces());
        pieces.addAll(after.pieces());
        TextSpan sentence = new TextSpan(Math.min(before.sentence().start(), after.sentence().start()),
                Math.max(before.sentence().end(), after.sentence().end()));
        return new Attribution(new TextSpan(before.span().start(), after.span().end()), pieces, true, before.speaker(),
                before.speakerMention(), before.cue(), before.confidence(), before.sieve(), sentence);
    }

    /**
     * A quotation over several paragraphs is often attributed only at its end ("...tonight," she said): the
     * speaker found there belongs to the paragraphs before it that continue the same quotation.
     */
    private void carrySpeakersBack(List<Attribution> out) {
        for (int i = out.size() - 1; i > 0; i--) {
            Attribution later = out.get(i);
            if (!later.hasSpeaker()) continue;
            Quote q = quoteAt(later.span().start());
            if (q == null || !q.continuesFromPrevious()) continue;
            Attribution before = out.get(i - 1);
            if (before.hasSpeaker() || !before.direct()) continue;
            out.set(i - 1, new Attribution(before.span(), before.pieces(), true, later.speaker(), later.speakerMention(), later.cue(),
                    Sieve.CONTINUATION.confidence(), Sieve.CONTINUATION, before.sentence()));
        }
    }

    private Quote quoteAt(int contentStart) {
        for (Quote q : v.quotes) if (q.start() == contentStart) return q;
        return null;
    }

    /**
     * One utterance, one claim: {@code "We can't," he said, "and we won't."}, {@code "A," X said. "B."} (the
     * attribution between two quotes of a paragraph, ending in a comma or a period), quotes separated by
     * nothing but space, and a paragraph that continues a quotation left open in the paragraph before.
     */
    private List<List<Quote>> groupInterrupted(List<Quote> quotes) {
        List<List<Quote>> out = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            List<Quote> g = new ArrayList<>();
            g.add(quotes.get(i));
            while (i + 1 < quotes.size() && continuesUtterance(quotes.get(i), quotes.get(i + 1), g.get(0))) {
                g.add(quotes.get(i + 1));
                i++;
            }
            out.add(g);
        }
        return out;
    }

    private boolean continuesUtterance(Quote a, Quote b, Quote first) {
        if (!a.closed()) return b.continuesFromPrevious();
        if (a.paragraph() != b.paragraph()) return false;
        String between = v.text.substring(a.outerEnd(), b.open()).strip();
        if (between.isEmpty()) return true;
        if (between.length() > 200 || between.contains("\"")) return false;
        char last = between.charAt(between.length() - 1);
        if (last != ',' && last != '.' && last != ':') return false;
        // The words between must attribute (a cue) and name no one but the speaker of the first piece.
        if (!hasCue(a.outerEnd(), b.open(), -1)) return false;
        // '"A," she said. Then she added: "B."' is a second act of speech, with its own cue.
        int lo = v.tokenFrom(a.outerEnd()), hi = v.tokenFrom(b.open());
        for (int k = lo; k < hi - 1; k++) if (TERMINATORS.contains(v.word(k)) && !v.insideQuoteMarks(v.tokens.get(k).start())) return false;
        int persons = 0;
        for (Mention m : v.mentions) if (m.start() >= a.outerEnd() && m.start() < b.open() && m.kind() == Mention.Kind.PERSON) persons++;
        return persons <= 1;
    }

    /** A cue between two offsets, other than the one at {@code except} (-1: any). */
    private boolean hasCue(int from, int to, int except) {
        for (int i = v.tokenFrom(from); i < v.tokens.size() && v.tokens.get(i).start() < to; i++)
            if (v.cues.containsKey(i) && v.tokens.get(i).start() != except) return true;
        return false;
    }

    private Attribution attributeQuote(List<Quote> group, Attribution previous) {
        Quote first = group.get(0);
        Quote last = group.get(group.size() - 1);
        List<TextSpan> pieces = new ArrayList<>();
        for (Quote q : group) pieces.add(new TextSpan(q.start(), q.end()));
        TextSpan span = new TextSpan(first.start(), last.end());
        TextSpan sentence = sentenceSpan(first.open(), last.outerEnd());

        // 1. Trailing: the attribution after the quote (or between its pieces). A partial quote inside a sentence
        // ('Quist told the Gazette she was "not ready yet" to endorse Alcott') belongs to the verb before it
        // first: a verb after it is usually part of the reported clause.
        boolean partial = isPartial(last);
        if (partial) {
            Optional<Attribution> l = leading(first, span, pieces, sentence);
            if (l.isPresent() && l.get().sieve() != Sieve.SENTENCE_SUBJECT) return l.get();
        }
        for (Quote q : group) {
            Optional<Attribution> t = trailing(q, span, pieces, sentence);
            if (t.isPresent()) return t.get();
        }
        // 2. Leading: the attribution before the quote, in its sentence.
        Optional<Attribution> l = leading(first, span, pieces, sentence);
        if (l.isPresent()) return l.get();
        Optional<Attribution> p = introducedBySentence(first, span, pieces, sentence);
        if (p.isPresent()) return p.get();
        // 3. '"A," X said. "B."': a later quote of the same paragraph, with no one else named or speaking between.
        if (previous != null && previous.hasSpeaker() && previous.direct() && paragraphOf(previous.span().start()) == first.paragraph()
                && (noPersonBetween(previous.span().end(), first.open(), previous.speaker())
                        && !hasCue(previous.span().end(), first.open(), previous.cue().map(c -> c.span().start()).orElse(-1))
                    || onlyItsAttributionBetween(previous, first)))
            return new Attribution(span, pieces, true, previous.speaker(), previous.speakerMention(), previous.cue(),
                    Sieve.CONTINUATION.confidence(), Sieve.CONTINUATION, sentence);
        // 4. "Cruz called them on it:" ending the paragraph before introduces this one.
        if (isLoneQuote(first, last)) {
            Optional<Attribution> intro = introducedByColon(first, span, pieces, sentence);
            if (intro.isPresent()) return intro.get();
        }
        // 5. A paragraph continuing an unclosed quotation.
        if (first.continuesFromPrevious() && previous != null && previous.direct())
            return new Attribution(span, pieces, true, previous.speaker(), previous.speakerMention(), previous.cue(),
                    previous.hasSpeaker() ? Sieve.CONTINUATION.confidence() : Sieve.UNRESOLVED.confidence(), Sieve.CONTINUATION, sentence);
        // 6. A lone quote right after a paragraph whose quote had a speaker, with no one else named between.
        if (previous != null && previous.direct() && previous.hasSpeaker() && isLoneQuote(first, last)
                && noPersonBetween(previous.span().end(), first.open(), previous.speaker())
                && paragraphOf(previous.span().start()) >= first.paragraph() - 1)
            return new Attribution(span, pieces, true, previous.speaker(), previous.speakerMention(), Optional.empty(),
                    Sieve.PREVIOUS_SPEAKER.confidence(), Sieve.PREVIOUS_SPEAKER, sentence);
        // 7. A later quote of the paragraph whose quote had a speaker, when nobody else is the subject of a verb
        // between: '"A," Ruiz said, referring to a study paid for by Tom Alcott. "B."', '"A," and asserting that "B"'.
        if (previous != null && previous.direct() && previous.hasSpeaker() && paragraphOf(previous.span().start()) == first.paragraph()
                && noOtherSubjectBetween(previous.span().end(), first.open(), previous.speaker())) {
            int prevCue = previous.cue().map(c -> c.span().start()).orElse(-1);
            boolean ownCue = hasCue(previous.span().end(), first.open(), prevCue) && !onlyItsAttributionBetween(previous, first);
            if (!ownCue)
                return new Attribution(span, pieces, true, previous.speaker(), previous.speakerMention(), previous.cue(),
                        Sieve.CONTINUATION.confidence(), Sieve.CONTINUATION, sentence);
        }
        // 8. '"..."' then a paragraph of nothing but '- Kate Ruiz.' or 'Kate Ruiz, Harbor Institute.': the speaker signs below.
        if (isLoneQuote(first, last)) {
            Speaker signed = signedBelow(last);
            if (signed != null) return make(span, pieces, true, signed, null, Sieve.TRAILING_CUE, sentence);
        }
        // 9. A lone quote paragraph after a paragraph whose last speech verb has a person for subject.
        if (isLoneQuote(first, last)) {
            Speaker sp = lastSpeakerOfPreviousParagraph(first);
            if (sp != null) return make(span, pieces, true, sp, null, Sieve.PREVIOUS_SPEAKER, sentence);
        }
        return new Attribution(span, pieces, true, -1, Optional.empty(), Optional.empty(),
                Sieve.UNRESOLVED.confidence(), Sieve.UNRESOLVED, sentence);
    }

    /**
     * '"A," said X, who once worked for Y. "B."': the words between the two quotes are the first one's
     * attribution sentence and nothing else, so the people it names (in an apposition, "said of Y") describe
     * the speaker and do not take over.
     */
    private boolean onlyItsAttributionBetween(Attribution previous, Quote next) {
        if (previous.cue().isEmpty()) return false;
        int cue = previous.cue().get().span().start();
        if (cue < previous.span().end() || cue >= next.open()) return false;
        // The sentence splitter may run the next quote into that sentence, so look for a terminator instead.
        int lo = v.tokenFrom(cue), hi = v.tokenFrom(next.open());
        for (int k = lo; k < hi - 1; k++) if (TERMINATORS.contains(v.word(k))) return false;
        if (hi <= lo || !TERMINATORS.contains(v.word(hi - 1))) return false;
        // Another speech verb there must sit in a clause about the speaker: "said X, who had endorsed Y".
        boolean relative = false;
        for (int k = v.tokenFrom(previous.span().end()); k < hi; k++) {
            String w = v.word(k).toLowerCase(Locale.ROOT);
            if (w.equals("who") || w.equals("whose") || w.equals("whom") || w.equals("which") || w.equals("where")) relative = true;
            // ', she said, suggesting that ...': a participle after a comma elaborates the same act of speech.
            else if (v.cues.containsKey(k) && v.tokens.get(k).start() != cue && !relative
                    && !(w.endsWith("ing") && v.word(k - 1).equals(","))) return false;
        }
        return true;
    }

    /**
     * 'Mayor Quist agreed. "..."', 'She added: "..."': a quote opening its sentence right after a sentence of the
     * same paragraph that ends on its speech verb, which nothing else follows.
     */
    private Optional<Attribution> introducedBySentence(Quote q, TextSpan span, List<TextSpan> pieces, TextSpan sentence) {
        int open = v.tokenFrom(q.open());
        int k = open - 1;
        if (k < 1 || !(TERMINATORS.contains(v.word(k)) || v.word(k).equals(":"))) return Optional.empty();
        if (paragraphStart(v.tokens.get(k).start()) != paragraphStart(q.open()) || previousQuoteEnd(q.open()) > v.tokens.get(k).start())
            return Optional.empty();
        String lemma = v.cues.get(k - 1);
        if (lemma == null || lemma.equals("according to")) return Optional.empty();
        int lo = Math.max(v.sentenceStartToken(k - 1), v.tokenFrom(paragraphStart(q.open())));
        Speaker sp = subjectBefore(k - 1, lo);
        if (sp == null || sp.entity() < 0 || tracker.kindOf(sp.entity()) != Mention.Kind.PERSON) return Optional.empty();
        return Optional.of(make(span, pieces, true, sp, cueAt(k - 1, lemma), sp.pronoun() ? Sieve.LEADING_PRONOUN : Sieve.LEADING_CUE, sentence));
    }

    /** The person a short paragraph right after the quote's names as its author, dash or no dash, affiliation or none. */
    private Speaker signedBelow(Quote last) {
        int pe = paragraphEnd(last.outerEnd());
        if (!v.text.substring(last.outerEnd(), pe).isBlank() || pe >= v.text.length()) return null;
        int ns = pe + 1;
        while (ns < v.text.length() && Character.isWhitespace(v.text.charAt(ns))) ns++;
        int ne = paragraphEnd(ns);
        if (ns >= ne || ne - ns > 80) return null;
        int k = v.tokenFrom(ns), end = v.tokenFrom(ne);
        while (k < end && (v.word(k).equals("-") || v.word(k).equals("\u2014") || v.word(k).equals("\u2013") || v.word(k).equals("--"))) k++;
        if (k >= end) return null;
        Mention m = v.mentionBySurfaceStart.get(v.tokens.get(k).start());
        if (m == null || m.kind() != Mention.Kind.PERSON) return null;
        int after = v.tokenFrom(m.end());
        // Only a signature: the name, then an affiliation after a comma, or nothing but a period.
        if (after < end && !v.word(after).equals(",") && !(TERMINATORS.contains(v.word(after)) && after + 1 >= end)) return null;
        for (int j = after; j < end; j++) if (v.tokens.get(j).isVerb()) return null;
        Speaker sp = speakerOf(m);
        return sp.entity() >= 0 ? sp : null;
    }

    /** "Sanders said he would not attack Clinton." then a paragraph of quotation alone: Sanders goes on. */
    private Speaker lastSpeakerOfPreviousParagraph(Quote q) {
        int ps = paragraphStart(q.open());
        if (ps < 2) return null;
        int prevEnd = ps - 1;
        while (prevEnd > 0 && Character.isWhitespace(v.text.charAt(prevEnd - 1))) prevEnd--;
        int prevStart = paragraphStart(prevEnd);
        int lo = v.tokenFrom(prevStart), hi = v.tokenFrom(prevEnd);
        int embeddedIn = -1;
        for (int k = hi - 1; k >= lo; k--) {
            String lemma = v.cues.get(k);
            if (lemma == null || lemma.equals("according to")) continue;
            int sLo = Math.max(lo, v.sentenceStartToken(k));
            if (embeddedIn >= 0 && sLo != embeddedIn) return null;
            Speaker sp = subjectBefore(k, sLo);
            if (sp == null) sp = subjectAfter(k, prevEnd);
            if (sp != null && sp.entity() >= 0 && tracker.kindOf(sp.entity()) == Mention.Kind.PERSON) {
                // Only when no other person is the subject of a verb after it in the paragraph; one named in what
                // the speaker said ("the struggles of Alcott's campaign") does not take over.
                return noOtherSubjectBetween(v.tokens.get(k).end(), prevEnd, sp.entity()) ? sp : null;
            }
            // "Castel said that critics had been predicting ...": the last speech verb may sit in the clause another
            // one reports; then the speaker is the subject of an earlier verb of the same sentence.
            embeddedIn = sLo;
        }
        return null;
    }

    /**
     * A word or three in quotation marks that no speech verb governs is a title, a term or irony ("a
     * “cybersecurity unit”", "the “iron fist” approach"), not speech. With a cue ("called it “pretty close”")
     * it is a partial quote and stays.
     */
    private boolean isScareQuote(List<Quote> group, Attribution a) {
        if (group.size() > 1) return false;
        Quote q = group.get(0);
        String[] ws = v.text.substring(q.start(), q.end()).strip().split("\\s+");
        // "The Rachel Maddow Show", "A Choice, Not an Echo": words in title case that nobody is said to say name a
        // work or a slogan.
        if (a.sieve() == Sieve.UNRESOLVED && isTitleCase(ws)) return true;
        // 'on HBN's "Harbor Week,"', 'her memoir, "The Tide Turns"': a title after a possessive or a word for a work.
        if ((isTitleCase(ws) || ws.length == 1 && Character.isUpperCase(ws[0].charAt(0))) && namesAWork(q)) return true;
        int words = ws.length;
        if (words > 3) return false;
        return a.cue().isEmpty() || a.sieve() == Sieve.SENTENCE_SUBJECT || a.sieve() == Sieve.PREVIOUS_SPEAKER;
    }

    private static final Set<String> WORKS = Words.of("book", "books", "memoir", "show", "program", "programme", "podcast", "film",
            "movie", "documentary", "article", "column", "op-ed", "essay", "headline", "titled", "entitled", "song", "album",
            "series", "newspaper", "magazine", "novel", "biography", "manifesto", "tagline", "hashtag", "slogan", "sitcom");

    private boolean namesAWork(Quote q) {
        int k = v.tokenFrom(q.open()) - 1;
        while (k >= 0 && (v.word(k).equals(",") || v.word(k).equals(":"))) k--;
        if (k < 0) return false;
        String w = v.word(k).toLowerCase(Locale.ROOT);
        return w.equals("'s") || w.equals("\u2019s") || w.endsWith("'s") || WORKS.contains(w);
    }

    private static final Set<String> TITLE_SMALL_WORDS = Words.of("a", "an", "the", "of", "and", "or", "in", "on", "at", "to",
            "for", "with", "from", "by", "is", "not", "vs.", "v.");

    private static boolean isTitleCase(String[] words) {
        if (words.length < 2 || words.length > 12) return false;
        int capital = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replaceAll("^\\W+", "");
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
            if (Character.isUpperCase(w.charAt(0))) capital++;
            else if (i == 0 || !TITLE_SMALL_WORDS.contains(w.replaceAll("\\W+$", "").toLowerCase(Locale.ROOT))) return false;
        }
        return capital >= 2;
    }

    private Optional<Attribution> introducedByColon(Quote q, TextSpan span, List<TextSpan> pieces, TextSpan sentence) {
        int ps = paragraphStart(q.open());
        if (ps < 2) return Optional.empty();
        String before = v.text.substring(0, ps).stripTrailing();
        if (!before.endsWith(":")) return Optional.empty();
        int colonTok = v.tokenFrom(before.length() - 1);
        int lo = v.sentenceStartToken(Math.min(colonTok, v.tokens.size() - 1));
        for (int k = colonTok - 1; k >= lo; k--) {
            String lemma = v.cues.get(k);
            if (lemma == null || lemma.equals("according to")) continue;
            Speaker sp = subjectBefore(k, lo);
            if (sp == null) sp = subjectAfter(k, before.length());
            if (sp != null) return Optional.of(make(span, pieces, true, sp, cueAt(k, lemma), Sieve.LEADING_CUE, sentence));
        }
        // "17-year-old Jared Potts echoed:" — the subject of the introducing sentence, whatever its verb.
        for (int k = lo; k < colonTok && k < lo + 8; k++) {
            Mention m = v.mentionBySurfaceStart.get(v.tokens.get(k).start());
            if (m != null && !m.inQuote() && m.kind() != Mention.Kind.PRONOUN) {
                Speaker sp = speakerOf(m);
                return Optional.of(make(span, pieces, true, sp, null, Sieve.SENTENCE_SUBJECT, sentence));
            }
        }
        return Optional.empty();
    }

    private int paragraphOf(int offset) {
        return v.sentence(v.sentenceAt(offset)).paragraph();
    }

    /** A quotation that opens its paragraph, with nothing before it to attribute it. */
    private boolean isLoneQuote(Quote first, Quote last) {
        return v.text.substring(paragraphStart(first.open()), first.open()).isBlank();
    }

    private int paragraphStart(int offset) {
        int nl = v.text.lastIndexOf('\n', Math.max(0, offset - 1));
        return nl < 0 ? 0 : nl + 1;
    }

    private static final Set<String> PLURAL_OR_FIRST_PERSON = Words.of("they", "we", "i");

    /** No person other than {@code speaker}, and no "they" or "we", is the subject of a verb between two offsets. */
    private boolean noOtherSubjectBetween(int from, int to, int speaker) {
        int lo = v.tokenFrom(from), hi = v.tokenFrom(to);
        for (int k = lo; k < hi; k++) {
            Token t = v.tokens.get(k);
            if (v.insideQuoteMarks(t.start())) continue;
            Mention m = v.mentionBySurfaceStart.get(t.start());
            int end;
            if (m != null && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.PRONOUN || m.kind() == Mention.Kind.ORGANIZATION)) {
                int e = m.kind() == Mention.Kind.PRONOUN ? resolvePronoun(m) : m.entity();
                if (e == speaker) continue;
                end = v.tokenFrom(m.end());
            } else if (t.isPronoun() && PLURAL_OR_FIRST_PERSON.contains(t.form().toLowerCase(Locale.ROOT))) {
                end = k + 1;
            } else {
                continue;
            }
            int j = end;
            while (j < hi && j < end + 3 && SKIPPABLE.contains(v.word(j).toLowerCase(Locale.ROOT))) j++;
            if (j < hi && (v.tokens.get(j).isVerb() || v.tokens.get(j).pos().equals("AUX") || v.word(j).equals(":"))) return false;
        }
        return true;
    }

    private boolean noPersonBetween(int from, int to, int except) {
        for (Mention m : v.mentions)
            if (m.start() >= from && m.start() < to && !m.inQuote() && m.kind() == Mention.Kind.PERSON && m.entity() != except) return false;
        return true;
    }

    private TextSpan sentenceSpan(int from, int to) {
        int s = v.sentence(v.sentenceAt(from)).start();
        int e = v.sentence(v.sentenceAt(Math.max(from, to - 1))).end();
        return new TextSpan(Math.min(s, from), Math.max(e, to));
    }

    private Optional<Attribution> trailing(Quote q, TextSpan span, List<TextSpan> pieces, TextSpan sentence) {
        if (!q.closed()) return Optional.empty();
        int regionEnd = nextQuoteOpen(q.outerEnd(), paragraphEnd(q.outerEnd()));
        int i = v.tokenFrom(q.outerEnd());
        // '"...," Jane Doe, a lawyer for one of the four groups that sued, said': a long apposition between the
        // name and its verb, which only a quote that hands over with a comma to a named person can have.
        Mention next = i < v.tokens.size() ? v.mentionBySurfaceStart.get(v.tokens.get(i).start()) : null;
        boolean handsOver = v.text.substring(q.start(), q.end()).strip().endsWith(",") && next != null && next.kind() == Mention.Kind.PERSON;
        int limit = Math.min(v.tokens.size(), i + (handsOver ? 24 : 14));
        for (int k = i; k < limit && v.tokens.get(k).start() < regionEnd; k++) {
            if (TERMINATORS.contains(v.word(k)) && k > i) break;
            String lemma = v.cues.get(k);
            if (lemma == null || lemma.equals("according to")) continue;
            Speaker sp = subjectBefore(k, i);
            if (sp == null) sp = subjectAfter(k, regionEnd);
            if (sp == null) return Optional.empty();
            Cue cue = cueAt(k, lemma);
            Sieve sieve = sp.pronoun() ? Sieve.TRAILING_PRONOUN : Sieve.TRAILING_CUE;
            return Optional.of(make(span, pieces, true, sp, cue, sieve, new TextSpan(sentence.start(), Math.max(sentence.end(), v.tokens.get(k).end()))));
        }
        return handedOverToAnyVerb(q, i, regionEnd, span, pieces, sentence);
    }

    /** A quotation that ends inside its sentence, with no punctuation of its own to hand over to an attribution. */
    private boolean isPartial(Quote q) {
        String content = v.text.substring(q.start(), q.end()).strip();
        if (content.isEmpty()) return false;
        char c = content.charAt(content.length() - 1);
        if (",.?!:;\u2014-".indexOf(c) >= 0) return false;
        int i = v.tokenFrom(q.outerEnd());
        return i < v.tokens.size() && !TERMINATORS.contains(v.word(i)) && !v.word(i).equals(",");
    }

    /**
     * '"...," an angry Ostrova retorted.', '"...," he surmised.': a quote that hands over with a comma (or
     * ends on a question or exclamation) to a person and a verb that closes the clause attributes it, whatever
     * the verb; the lexicon cannot list every verb a reporter uses for speech.
     */
    private Optional<Attribution> handedOverToAnyVerb(Quote q, int i, int regionEnd, TextSpan span, List<TextSpan> pieces, TextSpan sentence) {
        String content = v.text.substring(q.start(), q.end()).strip();
        if (content.isEmpty() || ",?!\u2014-".indexOf(content.charAt(content.length() - 1)) < 0) return Optional.empty();
        int j = i;
        // "an angry Ostrova": an article and adjectives before the name.
        while (j < v.tokens.size() && j < i + 3 && (v.tokens.get(j).pos().equals("DET") || v.tokens.get(j).pos().equals("ADJ"))
                && Character.isLowerCase(v.word(j).charAt(0))) j++;
        if (j >= v.tokens.size() || v.tokens.get(j).start() >= regionEnd) return Optional.empty();
        Mention m = v.mentionBySurfaceStart.get(v.tokens.get(j).start());
        if (m == null || m.inQuote() || m.kind() == Mention.Kind.ORGANIZATION) return Optional.empty();
        int k = v.tokenFrom(m.end());
        while (k < v.tokens.size() && k < v.tokenFrom(m.end()) + 2 && v.tokens.get(k).pos().equals("ADV")) k++;
        if (k + 1 >= v.tokens.size() || !v.tokens.get(k).isVerb() || v.tokens.get(k).start() >= regionEnd) return Optional.empty();
        String after = v.word(k + 1);
        if (!(TERMINATORS.contains(after) || after.equals(",") || after.equals(":"))) return Optional.empty();
        Speaker sp = speakerOf(m);
        if (sp.entity() < 0 || tracker.kindOf(sp.entity()) != Mention.Kind.PERSON) return Optional.empty();
        return Optional.of(make(span, pieces, true, sp, cueAt(k, v.tokens.get(k).lemma()), sp.pronoun() ? Sieve.TRAILING_PRONOUN : Sieve.TRAILING_CUE,
                new TextSpan(sentence.start(), Math.max(sentence.end(), v.tokens.get(k).end()))));
    }

    private Optional<Attribution> leading(Quote q, TextSpan span, List<TextSpan> pieces, TextSpan sentence) {
        int sIdx = v.sentenceAt(q.open());
        int from = Math.max(v.sentence(sIdx).start(), previousQuoteEnd(q.open()));
        int lo = v.tokenFrom(from);
        int hi = v.tokenFrom(q.open());
        for (int k = hi - 1; k >= lo; k--) {
            String lemma = v.cues.get(k);
            if (lemma == null) continue;
            if (lemma.equals("according to")) {
                Speaker sp = subjectAfter(k + 1, q.open());
                if (sp != null) return Optional.of(make(span, pieces, true, sp, cueAt(k, lemma), Sieve.ACCORDING_TO, sentence));
                continue;
            }
            // "Bush attacked Trump, calling him a "loser"": a participle after a comma takes the main clause's subject,
            // not the nearest name before it, which is usually the first verb's object.
            boolean participle = v.word(k).toLowerCase(Locale.ROOT).endsWith("ing") && k > 0
                    && (v.word(k - 1).equals(",") || k > 1 && v.word(k - 2).equals(",") && isQuoteMark(v.word(k - 1)));
            Speaker sp = participle ? mainClauseSubject(k) : null;
            if (sp == null) sp = subjectBefore(k, lo);
            if (sp == null && !lemma.equals("tell")) sp = subjectAfter(k, q.open());
            if (sp == null) continue;
            return Optional.of(make(span, pieces, true, sp, cueAt(k, lemma),
                    sp.pronoun() ? Sieve.LEADING_PRONOUN : Sieve.LEADING_CUE, sentence));
        }
        // "according to X" after the quote, in the same sentence.
        int after = v.tokenFrom(q.outerEnd());
        int sEnd = v.sentenceEndToken(Math.min(after, v.tokens.size() - 1));
        for (int k = after; k < sEnd; k++) {
            if ("according to".equals(v.cues.get(k))) {
                Speaker sp = subjectAfter(k + 1, v.tokens.get(sEnd - 1).end());
                if (sp != null) return Optional.of(make(span, pieces, true, sp, cueAt(k, "according to"), Sieve.ACCORDING_TO, sentence));
            }
        }
        // 'Mr Alcott shot back: "..."', 'Ruiz fired back, "..."': a person and a verb with its particle, whatever the
        // verb, introduce the quote with a colon or a comma.
        if (hi - 2 >= lo && (v.word(hi - 1).equals(":") || v.word(hi - 1).equals(","))) {
            int j = hi - 2;
            String pos = v.tokens.get(j).pos();
            if (j > lo && (pos.equals("ADP") || pos.equals("PART") || pos.equals("ADV")) && Character.isLowerCase(v.word(j).charAt(0))) j--;
            // The tagger can take a verb after a name for a noun ("Alcott shot/NOUN back:"); a lowercase word there is the verb.
            String jp = v.tokens.get(j).pos();
            boolean verb = v.tokens.get(j).isVerb() || (jp.equals("NOUN") || jp.equals("ADJ")) && Character.isLowerCase(v.word(j).charAt(0));
            if (j > lo && verb && !v.word(j).endsWith("ing")) {
                int b = j - 1;
                while (b > lo && v.tokens.get(b).pos().equals("ADV")) b--;
                Mention m = v.mentionByEnd.get(v.tokens.get(b).end());
                if (m != null && !m.inQuote() && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.PRONOUN)) {
                    Speaker sp = speakerOf(m);
                    if (sp.entity() >= 0) {
                        Cue cue = new Cue(new TextSpan(v.tokens.get(j).start(), v.tokens.get(hi - 2).end()),
                                v.body.substring(v.tokens.get(j).start(), v.tokens.get(hi - 2).end()), v.tokens.get(j).lemma());
                        return Optional.of(make(span, pieces, true, sp, cue, sp.pronoun() ? Sieve.LEADING_PRONOUN : Sieve.LEADING_CUE, sentence));
                    }
                }
            }
        }
        // 'Rep. Tom Alcott (R-Harbor): "..."', 'FERRY VOTE - Kate Ruiz: "..."': a name and a colon, as transcripts and
        // digests introduce a speaker.
        if (hi - 2 >= lo && v.word(hi - 1).equals(":")) {
            int b = skipParenthetical(hi - 2, lo);
            Mention m = b >= lo ? v.mentionByEnd.get(v.tokens.get(b).end()) : null;
            if (m != null && !m.inQuote() && m.kind() == Mention.Kind.PERSON)
                return Optional.of(make(span, pieces, true, speakerOf(m), null, Sieve.LEADING_CUE, sentence));
        }
        // A name right before the quotation mark: 'Biden "kind of misspoke."'.
        if (hi > lo) {
            Mention m = v.mentionByEnd.get(v.tokens.get(hi - 1).end());
            if (m != null && !m.inQuote() && m.kind() == Mention.Kind.PERSON && v.tokenFrom(m.surfaceStart()) == lo)
                return Optional.of(make(span, pieces, true, speakerOf(m), null, Sieve.SENTENCE_SUBJECT, sentence));
        }
        // The sentence's subject, with no speech verb: "Ashton Carter equated the move to "..."".
        if (hi > lo) {
            for (int k = lo; k < Math.min(hi, lo + 8); k++) {
                Mention m = v.mentionBySurfaceStart.get(v.tokens.get(k).start());
                if (m == null || m.inQuote() || m.kind() == Mention.Kind.PRONOUN && k != lo) continue;
                if (m.kind() == Mention.Kind.ORGANIZATION && k != lo) continue;
                boolean verbAfter = false;
                for (int j = v.tokenFrom(m.end()); j < hi; j++) if (v.tokens.get(j).isVerb()) { verbAfter = true; break; }
                if (!verbAfter) break;
                Speaker sp = speakerOf(m);
                if (sp == null) break;
                return Optional.of(make(span, pieces, true, sp, null, Sieve.SENTENCE_SUBJECT, sentence));
            }
        }
        return Optional.empty();
    }

    /**
     * "Cruz said that ..., adding that ...": a participle after a comma shares the subject of the clause it
     * hangs on, found as the subject of the nearest cue before it in the same sentence.
     */
    private Speaker mainClauseSubject(int k) {
        int lo = v.sentenceStartToken(k);
        for (int j = k - 2; j >= lo; j--) {
            String lemma = v.cues.get(j);
            if (lemma == null || lemma.equals("according to")) continue;
            Speaker sp = subjectBefore(j, lo);
            if (sp != null) return sp;
        }
        return sentenceSubject(lo, k);
    }

    private int previousQuoteEnd(int offset) {
        int end = 0;
        for (Quote q : v.quotes) if (q.outerEnd() <= offset) end = Math.max(end, q.outerEnd());
        return end;
    }

    private int nextQuoteOpen(int offset, int limit) {
        for (Quote q : v.quotes) if (q.open() >= offset) return Math.min(q.open(), limit);
        return limit;
    }

    private int paragraphEnd(int offset) {
        int nl = v.text.indexOf('\n', offset);
        return nl < 0 ? v.text.length() : nl;
    }

    /**
     * The subject ending just before the verb at token {@code k}: skipping adverbs and auxiliaries, and an
     * apposition between commas ("Adam Schiff, the top Democrat on the committee, said").
     */
    private Speaker subjectBefore(int k, int lo) {
        int i = k - 1;
        int skipped = 0;
        while (i >= lo && skipped < 4 && SKIPPABLE.contains(v.word(i).toLowerCase(Locale.ROOT))) { i--; skipped++; }
        i = skipParenthetical(i, lo);
        // "Gov. John Kasich (R-OH), said": a comma right after a parenthetical closes nothing.
        if (i > lo && v.word(i).equals(",") && v.word(i - 1).equals(")")) i = skipParenthetical(i - 1, lo);
        Speaker quoted = quotedAsSaying(k, i, lo);
        if (quoted != null) return quoted;
        // "Pence went on to say", "Trump declined to say", "she wanted to tell": step over the verb chain.
        if (i > lo && v.word(i).equalsIgnoreCase("to")) {
            int j = i - 1;
            if (j > lo && (v.word(j).equalsIgnoreCase("on") || v.word(j).equalsIgnoreCase("ahead"))) j--;
            if (j >= lo && v.tokens.get(j).isVerb()) {
                i = j - 1;
                while (i >= lo && skipped < 6 && SKIPPABLE.contains(v.word(i).toLowerCase(Locale.ROOT))) { i--; skipped++; }
                if (i < lo) return null;
            }
        }
        if (i < lo) return null;
        // "Comey called it careless, but said ...": a verb coordinated with an earlier one shares its subject.
        String w0 = v.word(i).toLowerCase(Locale.ROOT);
        if ((w0.equals("but") || w0.equals("and")) && i > lo) {
            Speaker s = sentenceSubject(lo, i);
            if (s != null) return s;
        }
        // "G.K. Butterfield of North Carolina said": step back over "of Place".
        if (!v.mentionByEnd.containsKey(v.tokens.get(i).end()) || v.mentionByEnd.get(v.tokens.get(i).end()).kind() != Mention.Kind.PERSON) {
            int b = i;
            while (b > lo && b > i - 4 && Character.isUpperCase(v.word(b).charAt(0)) && v.tokens.get(b).isProperNoun()) b--;
            // "Kate Ruiz of the Harbor Institute said"
            if (b > lo + 1 && b < i && v.word(b).equalsIgnoreCase("the")) b--;
            if (b > lo && b < i + 1 && (v.word(b).equals("of") || v.word(b).equals("from"))) {
                Speaker s = mentionEndingAt(b - 1, lo);
                if (s != null && s.mention() != null && s.mention().kind() == Mention.Kind.PERSON) return s;
            }
        }
        // "Mr Trump, he said, and others" no; "Sen. Marco Rubio, R-Fla., appearing on Fox News, said" yes: walk back
        // over up to three comma-delimited insertions to the name before them.
        if (v.word(i).equals(",")) {
            int j = i;
            for (int seg = 0; seg < 3; seg++) {
                int c = j - 1;
                while (c >= lo && c > j - 25 && !v.word(c).equals(",") && !v.insideQuoteMarks(v.tokens.get(c).start())) c--;
                if (c < lo || !v.word(c).equals(",")) break;
                Speaker s = mentionEndingAt(c - 1, lo);
                // ", the White House press secretary, Josh Earnest, said": the inserted segment is the name itself,
                // and it is the speaker over a body before it ("The Minister of Finance, Tunde Bakare, said").
                Speaker inner = mentionEndingAt(j - 1, c + 1);
                boolean innerName = inner != null && inner.mention() != null && inner.mention().kind() == Mention.Kind.PERSON
                        && v.tokenFrom(inner.mention().surfaceStart()) <= c + 2;
                if (innerName && s != null && s.mention() != null && s.mention().kind() == Mention.Kind.ORGANIZATION) return inner;
                if (s != null && s.mention() != null && s.mention().kind() != Mention.Kind.PRONOUN) return s;
                if (innerName) return inner;
                j = c;
            }
            j = i - 1;
            while (j >= lo && j > i - 25 && !v.word(j).equals(",") && !v.insideQuoteMarks(v.tokens.get(j).start())) j--;
            if (j >= lo && v.word(j).equals(",")) {
                Speaker s = mentionEndingAt(j - 1, lo);
                if (s != null) return s;
                // "Daniel Whitcombe of Texas, the committee's chairman, said": step back over "of Texas".
                int b = j - 1;
                while (b > lo && b > j - 5 && Character.isUpperCase(v.word(b).charAt(0)) && !v.mentionByEnd.containsKey(v.tokens.get(b).end())) b--;
                if (b > lo && (v.word(b).equals("of") || v.word(b).equals("from"))) {
                    s = mentionEndingAt(b - 1, lo);
                    if (s != null) return s;
                }
            }
            return null;
        }
        return mentionEndingAt(i, lo);
    }

    /** Verbs that report someone else's words with "as saying": "quoted Ruiz as saying", "was cited as saying". */
    private static final Set<String> QUOTING = Words.of("quote", "cite", "quoted", "cited", "report", "reported");

    /**
     * "the Gazette quoted Tom Alcott Jr. as saying", "Alcott was quoted (by the Gazette) as saying": the one who
     * says is the one quoted, not the outlet that quotes. {@code i} is the token before the cue at {@code k}.
     */
    private Speaker quotedAsSaying(int k, int i, int lo) {
        if (i < lo + 1 || !v.word(i).equalsIgnoreCase("as") || !v.word(k).toLowerCase(Locale.ROOT).endsWith("ing")) return null;
        int j = i - 1;
        Mention m = v.mentionByEnd.get(v.tokens.get(j).end());
        int b = j;
        if (m != null && !m.inQuote()) {
            b = v.tokenFrom(m.surfaceStart()) - 1;
            if (b <= lo || !v.word(b).equalsIgnoreCase("by")) return speakerOf(m);
        } else {
            // "quoted by the Gazette as saying", the outlet not taken for a name
            while (b > lo && b > j - 5 && (Character.isUpperCase(v.word(b).charAt(0)) || v.word(b).equalsIgnoreCase("the"))) b--;
        }
        if (v.word(b).equalsIgnoreCase("by")) j = b - 1;
        if (j >= lo && QUOTING.contains(v.tokens.get(j).lemma()) || j >= lo && QUOTING.contains(v.word(j).toLowerCase(Locale.ROOT)))
            return subjectBefore(j, lo);
        return null;
    }

    /** "Sen. Chuck Schumer (D-N.Y.) said": from a closing parenthesis back to the token before its opening one. */
    private int skipParenthetical(int i, int lo) {
        if (i < lo || !v.word(i).equals(")")) return i;
        int j = i - 1;
        while (j >= lo && j > i - 12 && !v.word(j).equals("(")) j--;
        return j >= lo && v.word(j).equals("(") ? j - 1 : i;
    }

    /** The first person or pronoun that opens the clause from {@code lo}, before a verb. */
    private Speaker sentenceSubject(int lo, int before) {
        for (int k = lo; k < Math.min(before, lo + 8); k++) {
            Token t = v.tokens.get(k);
            if (t.isVerb()) return null;
            Mention m = v.mentionBySurfaceStart.get(t.start());
            if (m != null && !m.inQuote() && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.PRONOUN)) return speakerOf(m);
        }
        return null;
    }

    private Speaker mentionEndingAt(int i, int lo) {
        if (i < lo || i < 0) return null;
        Token t = v.tokens.get(i);
        Mention m = v.mentionByEnd.get(t.end());
        // "Cruz and Trump have slammed": coordinated subjects, the first leads.
        if (m != null && m.kind() == Mention.Kind.PERSON) {
            int before = v.tokenFrom(m.surfaceStart()) - 1;
            if (before - 1 >= lo && v.word(before).equalsIgnoreCase("and")) {
                Mention first = v.mentionByEnd.get(v.tokens.get(before - 1).end());
                if (first != null && first.kind() == Mention.Kind.PERSON && !first.inQuote()) m = first;
            }
        }
        if (m == null && (t.form().equals("'s") || t.form().equals("\u2019s"))) return null;
        if (m == null) {
            // "a spokesman said", "officials said": a speaker the text does not name.
            if (MentionFinder.isGroupNoun(t.form()) || t.form().equalsIgnoreCase("statement")) return Speaker.NONE;
            return null;
        }
        if (m.inQuote()) return null;
        return speakerOf(m);
    }

    /** Inverted subject: "said Mr Mnuchin", "said Sen. Lindsey Graham, R-S.C.". */
    private Speaker subjectAfter(int k, int limitOffset) {
        for (int j = k + 1; j < Math.min(v.tokens.size(), k + 12); j++) {
            Token t = v.tokens.get(j);
            if (t.start() >= limitOffset) return null;
            Mention m = v.mentionBySurfaceStart.get(t.start());
            if (m != null && !m.inQuote() && m.kind() != Mention.Kind.PRONOUN) {
                // "said Judicial Watch President Tom Fitton", "said Clinton spokesman Brian Fallon": a name that
                // runs straight into another person's name qualifies that person.
                Speaker person = personAfterQualifier(v.tokenFrom(m.end()), k + 16, limitOffset);
                if (person != null) return person;
            }
            if (m != null && !m.inQuote() && m.kind() != Mention.Kind.PRONOUN) return speakerOf(m);
            if (m != null && m.kind() == Mention.Kind.PRONOUN && j == k + 1) return speakerOf(m);
            String w = t.form();
            // "said the bureau's director, James B. Comey": a role phrase, possessive and comma included.
            boolean role = Character.isLowerCase(w.charAt(0)) && (t.pos().equals("NOUN") || t.pos().equals("ADJ") || t.pos().equals("ADP")
                    || t.pos().equals("DET")) && !w.equals("that") || Titles.isTitleWord(w) || w.equals("'s")
                    || w.equals(",") && j > k + 1 || w.equals("and") && Titles.isTitleWord(v.word(j - 1));
            if (!role && j < k + 8 && Character.isUpperCase(w.charAt(0)) && (t.isProperNoun() || t.pos().equals("ADJ"))) {
                // "said Florida-based Republican strategist Al Cardenas": capitalized qualifiers the finder did not take as a name.
                Speaker person = personAfterQualifier(j + 1, k + 16, limitOffset);
                if (person != null) return person;
            }
            if (!role || j >= k + 8) return null;
        }
        return null;
    }

    /** The person named next, past nothing but capitalized words, titles, role nouns, "and" and hyphens. */
    private Speaker personAfterQualifier(int from, int limit, int limitOffset) {
        for (int j = from; j < Math.min(v.tokens.size(), limit); j++) {
            Token t = v.tokens.get(j);
            if (t.start() >= limitOffset) return null;
            Mention m = v.mentionBySurfaceStart.get(t.start());
            if (m != null && !m.inQuote() && m.kind() == Mention.Kind.PERSON) return speakerOf(m);
            String w = t.form();
            // "said Alcott's deputy campaign manager, Lena Ostrova": the role, then the name in apposition.
            if (w.equals(",") && j > from && j + 1 < v.tokens.size()) {
                Mention apposed = v.mentionBySurfaceStart.get(v.tokens.get(j + 1).start());
                if (apposed != null && !apposed.inQuote() && apposed.kind() == Mention.Kind.PERSON
                        && v.tokens.get(j - 1).pos().equals("NOUN")) return speakerOf(apposed);
            }
            // "and" joins two titles ("Gov. and Chairman"), not two people.
            boolean qualifier = Character.isUpperCase(w.charAt(0)) || Titles.isTitleWord(w) || w.equals("-")
                    || w.equals("and") && j > from && Titles.isTitleWord(v.word(j - 1))
                    || w.equals("'s") || j > from && v.word(j - 1).equals("-")
                    || Character.isLowerCase(w.charAt(0)) && (t.pos().equals("NOUN") || t.pos().equals("ADJ") || t.pos().equals("PROPN"));
            if (!qualifier) return null;
        }
        return null;
    }

    private Speaker speakerOf(Mention m) {
        if (m.kind() == Mention.Kind.PRONOUN) {
            int e = resolvePronoun(m);
            if (e < 0) return Speaker.NONE;
            return new Speaker(e, m, true);
        }
        return new Speaker(m.entity(), m, false);
    }

    /**
     * The most recent person before the pronoun, outside quotations, whose gender does not contradict it;
     * within the three paragraphs before. The gender a resolved pronoun shows is then noted on the person.
     */
    private int resolvePronoun(Mention p) {
        Integer known = resolvedPronouns.get(p.start());
        if (known != null) return known;
        int found = -1;
        int para = v.sentence(p.sentence()).paragraph();
        // The pronoun's own sentence first, then earlier ones; in each, the leftmost compatible person (usually the
        // subject) is preferred over a later object or modifier: "Pell said ... of Alcott, whom he called" is Pell,
        // and "He said Mr Trump pressed Mr Putin ... he said" refers to the speaker, not to Putin.
        for (int si = p.sentence(); si >= 0 && found < 0; si--) {
            if (v.sentence(si).paragraph() < para - 3) break;
            int best = -1, bestRank = -1;
            for (Mention m : v.mentions) {
                if (m.sentence() != si || m.inQuote()) continue;
                if (m.start() >= p.start()) break;
                int e = candidate(m, p);
                if (e < 0) continue;
                int rank = salience(m);
                if (rank > bestRank) { best = e; bestRank = rank; }
            }
            found = best;
        }
        resolvedPronouns.put(p.start(), found);
        if (found >= 0) tracker.noteGender(found, p.gender());
        return found;
    }

    /**
     * Whether a mention can be what a later pronoun picks up: a name used as a modifier ("Alcott adviser
     * Peter Voss", "the Alcott meeting") ranks below any other person of its sentence. (Ranking the subjects
     * of speech verbs above the rest was tried too: on PolNeAR train it gave more wrong speakers, 453 against 440.)
     */
    private int salience(Mention m) {
        if (inFrontedAdjunct(m)) return 0;
        int after = v.tokenFrom(m.end());
        if (m.kind() == Mention.Kind.PERSON && after < v.tokens.size()) {
            Token next = v.tokens.get(after);
            if (next.pos().equals("NOUN") || next.isProperNoun() && Character.isUpperCase(next.form().charAt(0))
                    || v.mentionBySurfaceStart.containsKey(next.start())) return 0;
        }
        return 1;
    }

    /**
     * "Tweeting after his talks with Prime Minister Varga, Mr Alcott said ...", "In a call with Ruiz, Alcott said":
     * a person named in a phrase that opens the sentence before its comma is not the subject a later "he" picks up.
     */
    private boolean inFrontedAdjunct(Mention m) {
        int lo = v.tokenFrom(v.sentence(m.sentence()).start());
        if (lo >= v.tokens.size()) return false;
        Token open = v.tokens.get(lo);
        String w = open.form().toLowerCase(Locale.ROOT);
        boolean adjunct = open.pos().equals("ADP") || open.pos().equals("SCONJ")
                || open.isVerb() && (w.endsWith("ing") || w.endsWith("ed"));
        if (!adjunct || open.start() >= m.surfaceStart()) return false;
        for (int k = lo; k < v.tokens.size() && v.sentenceOf.get(k) == m.sentence(); k++) {
            if (v.tokens.get(k).start() >= m.surfaceStart()) continue;
            if (v.word(k).equals(",") && !v.insideQuoteMarks(v.tokens.get(k).start())) return false;
        }
        int hi = v.sentenceEndToken(lo);
        for (int k = v.tokenFrom(m.end()); k < hi; k++)
            if (v.word(k).equals(",") && !v.insideQuoteMarks(v.tokens.get(k).start())) return true;
        return false;
    }

    private int candidate(Mention m, Mention pronoun) {
        if (m.kind() == Mention.Kind.PERSON && m.entity() >= 0 && tracker.isLive(m.entity())
                && tracker.genderOf(m.entity()).compatible(pronoun.gender()) && m.gender().compatible(pronoun.gender()))
            return m.entity();
        if (m.kind() == Mention.Kind.PRONOUN && m.gender() == pronoun.gender()) {
            Integer r = resolvedPronouns.get(m.start());
            if (r == null) r = resolvePronoun(m);
            return r;
        }
        return -1;
    }

    private Cue cueAt(int k, String lemma) {
        Token t = v.tokens.get(k);
        int end = lemma.equals("according to") && k + 1 < v.tokens.size() ? v.tokens.get(k + 1).end() : t.end();
        return new Cue(new TextSpan(t.start(), end), v.body.substring(t.start(), end), lemma);
    }

    private Attribution make(TextSpan span, List<TextSpan> pieces, boolean direct, Speaker sp, Cue cue, Sieve sieve, TextSpan sentence) {
        boolean named = sp.entity() >= 0;
        double conf = named ? sieve.confidence() : Math.min(sieve.confidence(), 0.5);
        if (named && tracker.kindOf(sp.entity()) == Mention.Kind.ORGANIZATION) conf = Math.min(conf, 0.9);
        return new Attribution(span, pieces, direct, sp.entity(), Optional.ofNullable(sp.mention()), Optional.ofNullable(cue),
                conf, sieve, sentence);
    }

    // ------------------------------------------------------------------ reported speech

    private List<Attribution> reported(List<Attribution> direct) {
        List<Attribution> out = new ArrayList<>();
        Set<Integer> usedCueStarts = new java.util.HashSet<>();
        for (Attribution a : direct) a.cue().ifPresent(c -> usedCueStarts.add(c.span().start()));
        List<Integer> cueIdx = new ArrayList<>(v.cues.keySet());
        cueIdx.sort(Integer::compare);
        for (int k : cueIdx) {
            String lemma = v.cues.get(k);
            Token cueTok = v.tokens.get(k);
            if (usedCueStarts.contains(cueTok.start())) continue;
            int sLo = v.sentenceStartToken(k);
            int sHi = v.sentenceEndToken(k);
            Optional<Attribution> a = lemma.equals("according to") ? accordingTo(k, sLo, sHi)
                    : CueLexicon.takesClause(lemma) ? clauseAfter(k, lemma, sLo, sHi) : Optional.empty();
            if (a.isEmpty() && CueLexicon.takesClause(lemma)) a = clauseBefore(k, lemma, sLo, sHi);
            if (a.isEmpty() && CueLexicon.takesObject(lemma)) a = objectAfter(k, lemma, sLo, sHi);
            if (a.isEmpty()) continue;
            Attribution r = a.get();
            if (overlapsDirect(r, direct, out)) continue;
            out.add(r);
        }
        return out;
    }

    /** A reported claim that mostly repeats a direct quote already found adds nothing: the quote stands. */
    private boolean overlapsDirect(Attribution r, List<Attribution> direct, List<Attribution> reported) {
        for (Attribution d : direct) {
            if (!d.span().overlaps(r.span())) continue;
            int ov = Math.min(d.span().end(), r.span().end()) - Math.max(d.span().start(), r.span().start());
            if (ov * 2 >= r.span().length() || ov * 2 >= d.span().length() && d.hasSpeaker()) return true;
        }
        for (Attribution o : reported) if (o.span().overlaps(r.span())) return true;
        return false;
    }

    /** "Name said (that) CLAUSE", "Name told reporters (on Friday) that CLAUSE". */
    private Optional<Attribution> clauseAfter(int k, String lemma, int sLo, int sHi) {
        Speaker sp = subjectBefore(k, sLo);
        if (sp == null) return Optional.empty();
        int c = k + 1;
        int that = -1;
        // "said in her memoir, "The Tide Turns," that ...": a prepositional phrase may hold commas and a title.
        boolean phrase = k + 1 < sHi && v.tokens.get(k + 1).pos().equals("ADP") && !v.word(k + 1).equalsIgnoreCase("that");
        for (int j = k + 1; j < Math.min(sHi, k + (phrase ? 20 : 10)); j++) {
            String w = v.word(j).toLowerCase(Locale.ROOT);
            if (w.equals("that")) { that = j; break; }
            if (phrase && (w.equals(",") || isQuoteMark(w) || !v.tokens.get(j).isVerb() || v.insideQuoteMarks(v.tokens.get(j).start()))) continue;
            // "said in a written statement that": a participle after a determiner modifies a noun.
            boolean modifier = j > k + 1 && (v.tokens.get(j - 1).pos().equals("DET") || v.tokens.get(j - 1).pos().equals("ADJ"));
            if (v.tokens.get(j).isVerb() && !modifier || w.equals(",") || w.equals("\"")) break;
        }
        if (that >= 0) c = that + 1;
        else if (lemma.equals("tell") || lemma.equals("assure") || lemma.equals("inform") || lemma.equals("warn") && isObject(k + 1)) {
            // "told reporters CLAUSE": skip the addressee.
            c = k + 1;
            while (c < sHi && c < k + 4 && (isObject(c) || v.word(c).equalsIgnoreCase("the"))) c++;
        } else if (CueLexicon.weak(lemma)) {
            return Optional.empty();
        }
        while (c < sHi && (v.word(c).equals(",") || v.word(c).equals(":"))) c++;
        int end = clauseEnd(c, sHi);
        while (end > c && isTrailingPunct(v.word(end - 1))) end--;
        if (end - c < 3) return Optional.empty();
        // A complement that begins with a preposition or a noun phrase without a verb is not a claim ("said on Monday.").
        boolean hasVerb = false;
        for (int j = c; j < end; j++) if (v.tokens.get(j).isVerb() || v.tokens.get(j).pos().equals("AUX")) { hasVerb = true; break; }
        if (!hasVerb) return Optional.empty();
        if (v.word(c).equalsIgnoreCase("to") && that < 0 && !lemma.equals("say")) return Optional.empty();
        TextSpan span = new TextSpan(v.tokens.get(c).start(), v.tokens.get(end - 1).end());
        if (span.length() < 8) return Optional.empty();
        return Optional.of(reportedAttribution(span, sp, cueAt(k, lemma), Sieve.REPORTED_CLAUSE, sLo, sHi));
    }

    /**
     * Where a reported clause ends: the sentence end, or before ", and Helen Quist said ..." when a second
     * speaker takes over within the sentence.
     */
    private int clauseEnd(int from, int sHi) {
        for (int j = from + 2; j < sHi; j++) {
            String lemma = v.cues.get(j);
            if (lemma == null || lemma.equals("according to")) continue;
            Speaker sp = subjectBefore(j, from);
            if (sp == null || sp.mention() == null) continue;
            int cut = v.tokenFrom(sp.mention().surfaceStart());
            while (cut > from && (v.word(cut - 1).equals(",") || v.word(cut - 1).equalsIgnoreCase("and") || v.word(cut - 1).equalsIgnoreCase("but")
                    || v.word(cut - 1).equalsIgnoreCase("while"))) cut--;
            if (cut - from >= 3 && cut < j) return cut;
        }
        return sHi;
    }

    /**
     * "Sanders defended his call to raise the minimum wage", "Mrs. Clinton accused him of sexism": a named
     * subject, a stance verb, and the rest of its phrase as the claim. The subject must be a person, a pronoun
     * or an organization the text names; "the bill was criticized" has none and gives nothing.
     */
    private Optional<Attribution> objectAfter(int k, String lemma, int sLo, int sHi) {
        Speaker sp = subjectBefore(k, sLo);
        if (sp == null || sp.mention() == null) return Optional.empty();
        int c = k + 1;
        String particle = CueLexicon.PARTICLE.get(lemma);
        if (particle != null) {
            if (c >= sHi || !v.word(c).equalsIgnoreCase(particle)) {
                if (!CueLexicon.OBJECT.contains(lemma)) return Optional.empty();
            } else {
                c++;
            }
        }
        if (c < sHi && v.word(c).equalsIgnoreCase("that")) return Optional.empty();
        int end = clauseEnd(c, sHi);
        while (end > c && isTrailingPunct(v.word(end - 1))) end--;
        if (end <= c || v.word(c).equals(",") || v.word(c).equals(".") || v.insideQuoteMarks(v.tokens.get(c).start())) return Optional.empty();
        TextSpan span = new TextSpan(v.tokens.get(c).start(), v.tokens.get(end - 1).end());
        return Optional.of(reportedAttribution(span, sp, cueAt(k, lemma), Sieve.REPORTED_OBJECT, sLo, sHi));
    }

    /** "CLAUSE, Name said." and "CLAUSE, said Name." at the end of a sentence. */
    private Optional<Attribution> clauseBefore(int k, String lemma, int sLo, int sHi) {
        int tail = sHi;
        while (tail > k + 1 && isTrailingPunct(v.word(tail - 1))) tail--;
        Speaker sp;
        int comma;
        // "..., said David Gilbert, its president and CEO.": the apposition after the name is not the claim's.
        if (tail - k > 6 && k > sLo && v.word(k - 1).equals(",")) {
            Speaker after = subjectAfter(k, v.tokens.get(tail - 1).end() + 1);
            if (after != null && after.mention() != null) {
                int afterName = v.tokenFrom(after.mention().end());
                if (afterName < tail && v.word(afterName).equals(",") || afterName >= tail) {
                    tail = afterName;
                    sp = after;
                    comma = k - 1;
                    if (comma - sLo < 3) return Optional.empty();
                    TextSpan span = new TextSpan(v.tokens.get(sLo).start(), v.tokens.get(comma - 1).end());
                    if (v.inQuote(span.start()) || v.text.charAt(span.start()) == '"') return Optional.empty();
                    return Optional.of(reportedAttribution(span, sp, cueAt(k, lemma), Sieve.REPORTED_TRAILING, sLo, sHi));
                }
            }
        }
        for (int j = k + 1; j < tail; j++) {
            String pos = v.tokens.get(j).pos();
            if (!(pos.equals("ADP") || pos.equals("ADV") || pos.equals("PROPN") || pos.equals("NUM") || pos.equals("PUNCT")
                    || v.mentionBySurfaceStart.containsKey(v.tokens.get(j).start()) || Titles.isTitleWord(v.word(j))
                    || MentionFinder.isNameWord(v.tokens.get(j)) || j > k + 1 && (pos.equals("NOUN") || pos.equals("DET")))) return Optional.empty();
        }
        if (tail - k <= 6 && k > sLo) {
            // subject before the verb, then the comma before the subject
            sp = subjectBefore(k, sLo);
            if (sp == null || sp.mention() == null && sp.entity() < 0) {
                Speaker after = subjectAfter(k, v.tokens.get(tail - 1).end() + 1);
                if (after == null) return Optional.empty();
                sp = after;
                comma = k - 1;
            } else {
                int ms = sp.mention() != null ? v.tokenFrom(sp.mention().surfaceStart()) : k - 1;
                comma = ms - 1;
            }
        } else {
            return Optional.empty();
        }
        if (comma <= sLo || !v.word(comma).equals(",")) return Optional.empty();
        int end = comma;
        if (end - sLo < 3) return Optional.empty();
        TextSpan span = new TextSpan(v.tokens.get(sLo).start(), v.tokens.get(end - 1).end());
        if (v.inQuote(span.start()) || v.text.charAt(span.start()) == '"') return Optional.empty();
        return Optional.of(reportedAttribution(span, sp, cueAt(k, lemma), Sieve.REPORTED_TRAILING, sLo, sHi));
    }

    /** "According to Name, CLAUSE." and "CLAUSE, according to Name." */
    private Optional<Attribution> accordingTo(int k, int sLo, int sHi) {
        Speaker sp = subjectAfter(k + 1, Integer.MAX_VALUE);
        if (sp == null) return Optional.empty();
        int afterName = sp.mention() != null ? v.tokenFrom(sp.mention().end()) : k + 3;
        TextSpan span;
        if (k == sLo || k == sLo + 1 && isTrailingPunct(v.word(sLo))) {
            int c = afterName;
            while (c < sHi && v.word(c).equals(",")) c++;
            int end = sHi;
            while (end > c && isTrailingPunct(v.word(end - 1))) end--;
            if (end - c < 3) return Optional.empty();
            span = new TextSpan(v.tokens.get(c).start(), v.tokens.get(end - 1).end());
        } else {
            int end = k;
            while (end > sLo && v.word(end - 1).equals(",")) end--;
            if (end - sLo < 3) return Optional.empty();
            span = new TextSpan(v.tokens.get(sLo).start(), v.tokens.get(end - 1).end());
        }
        return Optional.of(reportedAttribution(span, sp, cueAt(k, "according to"), Sieve.ACCORDING_TO, sLo, sHi));
    }

    private Attribution reportedAttribution(TextSpan span, Speaker sp, Cue cue, Sieve sieve, int sLo, int sHi) {
        String t = v.text.substring(span.start(), span.end());
        boolean direct = t.chars().filter(ch -> ch == '"').count() >= 2;
        TextSpan sentence = new TextSpan(v.tokens.get(sLo).start(), v.tokens.get(sHi - 1).end());
        return make(span, List.of(span), direct, sp, cue, sieve, sentence);
    }

    private boolean isObject(int j) {
        if (j >= v.tokens.size()) return false;
        Token t = v.tokens.get(j);
        String w = t.form().toLowerCase(Locale.ROOT);
        return t.isPronoun() && !w.equals("it") || w.equals("reporters") || w.equals("journalists") || w.equals("me")
                || t.isProperNoun() || v.mentionBySurfaceStart.containsKey(t.start()) || w.equals("supporters")
                || w.equals("the") || w.equals("audience") || w.equals("crowd") || w.equals("voters") || w.equals("host");
    }

    private static boolean isQuoteMark(String w) {
        return w.equals("\"") || w.equals("\u201D") || w.equals("\u201C") || w.equals("''") || w.equals("'");
    }

    private static boolean isTrailingPunct(String w) {
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals("\"") || w.equals("'") || w.equals(",")
                || w.equals(";") || w.equals(":") || w.equals("\u201D") || w.equals("''");
    }
}
