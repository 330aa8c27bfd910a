package org.newskg.extract.attribution;

import java.util.Locale;
import java.util.Set;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Mention;
import org.newskg.extract.MentionFinder;
import org.newskg.extract.Titles;
import org.newskg.nlp.Token;

/**
 * The subject of a speech verb, read off the token list: the mention ending just before the verb (over adverbs,
 * auxiliaries, appositions and parentheticals), the inverted subject after it ("said Mr Mnuchin"), the subject
 * of a clause, and whether anyone else is the subject of a verb between two offsets. Pronouns go to the
 * article's {@link PronounResolver}, so one instance serves one article, in reading order.
 */
final class SubjectFinder {
    /** Words between a subject and its verb that do not break the link: "Trump also said", "she has repeatedly said". */
    static final Set<String> SKIPPABLE = Set.of("also", "has", "had", "have", "later", "then", "again", "once",
            "previously", "repeatedly", "recently", "would", "will", "did", "does", "not", "never", "often",
            "further", "flatly", "quickly", "angrily", "simply", "publicly", "privately", "reportedly", "allegedly",
            "immediately", "separately", "similarly", "subsequently", "frequently", "emphatically", "bluntly",
            "herself", "himself", "told", "just", "already", "ultimately", "initially", "first", "finally", "even",
            "is", "was", "were", "are", "being", "been", "still");
    /** At most this many skippable words between a subject and its verb; six across a verb chain ("went on to say"). */
    static final int MAX_SKIPPED = 4, MAX_SKIPPED_IN_CHAIN = 6;
    /** How far back a comma-delimited insertion may run ("Sen. Marco Rubio, R-Fla., appearing on Fox News, said"), in tokens. */
    static final int MAX_INSERTION_TOKENS = 25;
    /** How many comma-delimited insertions the walk back steps over. */
    static final int MAX_INSERTIONS = 3;
    /** An inverted subject starts within this many tokens after the verb ("said the bureau's director, James B. Comey"). */
    static final int INVERTED_WINDOW = 12, INVERTED_ROLE_WINDOW = 8, QUALIFIER_WINDOW = 16;
    /** A clause subject is among the first eight tokens of its clause. */
    static final int CLAUSE_SUBJECT_WINDOW = 8;
    /** Verbs that report someone else's words with "as saying": "quoted Ruiz as saying", "was cited as saying". */
    private static final Set<String> QUOTING = Set.of("quote", "cite", "quoted", "cited", "report", "reported");
    private static final Set<String> PLURAL_OR_FIRST_PERSON = Set.of("they", "we", "i");

    private final ArticleView v;
    private final PronounResolver pronouns;

    SubjectFinder(ArticleView v, PronounResolver pronouns) {
        this.v = v;
        this.pronouns = pronouns;
    }

    PronounResolver pronouns() { return pronouns; }

    Speaker speakerOf(Mention m) {
        if (m.refersBack()) {
            int e = pronouns.resolve(m);
            if (e < 0) return Speaker.NONE;
            return new Speaker(e, m, true);
        }
        return new Speaker(m.entity(), m, false);
    }

    /**
     * The subject ending just before the verb at token {@code k}: skipping adverbs and auxiliaries, and an
     * apposition between commas ("Adam Schiff, the top Democrat on the committee, said").
     */
    Speaker before(int k, int lo) {
        // "McConnell, now the Senate majority leader, who in 2010 said": a relative "who" is the person it follows.
        int who = relativeWho(k, lo);
        if (who > lo + 1 && v.word(who - 1).equals(",")) {
            Speaker s = mentionEndingAt(who - 2, lo);
            if (s == null) s = before(who, lo);
            return s != null && s.mention() != null && s.mention().kind() == Mention.Kind.PERSON ? s : null;
        }
        int i = k - 1;
        int skipped = 0;
        while (i >= lo && skipped < MAX_SKIPPED && SKIPPABLE.contains(v.word(i).toLowerCase(Locale.ROOT))) { i--; skipped++; }
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
                while (i >= lo && skipped < MAX_SKIPPED_IN_CHAIN && SKIPPABLE.contains(v.word(i).toLowerCase(Locale.ROOT))) { i--; skipped++; }
                if (i < lo) return null;
            }
        }
        if (i < lo) return null;
        // "Comey called it careless, but said ...": a verb coordinated with an earlier one shares its subject.
        String w0 = v.word(i).toLowerCase(Locale.ROOT);
        if ((w0.equals("but") || w0.equals("and")) && i > lo) {
            Speaker s = sentenceSubject(lo, i);
            if (s != null) return s;
            // "The joint candidate of the opposition, Kate Ruiz has said that ... and announced that ...": a
            // speech verb coordinated with an earlier one of its sentence shares that one's subject.
            for (int j = i - 1; j > lo; j--) {
                String lemma = v.cues.get(j);
                if (lemma == null || lemma.equals("according to") || v.insideQuoteMarks(v.tokens.get(j).start())) continue;
                Speaker t = before(j, lo);
                if (t != null && t.mention() != null && t.mention().kind() == Mention.Kind.PERSON) return t;
                break;
            }
            // "..., senior Congress leader Priyanka Gandhi Vadra took to X and wrote:": the subject of the verb before "and".
            for (int j = i - 1; j > lo; j--) {
                if (!v.tokens.get(j).isVerb() || v.insideQuoteMarks(v.tokens.get(j).start())) continue;
                Speaker t = mentionEndingAt(j - 1, lo);
                if (t != null && t.mention() != null) return t;
                break;
            }
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
            for (int seg = 0; seg < MAX_INSERTIONS; seg++) {
                int c = j - 1;
                while (c >= lo && c > j - MAX_INSERTION_TOKENS && !v.word(c).equals(",") && !v.insideQuoteMarks(v.tokens.get(c).start())) c--;
                if (c < lo || !v.word(c).equals(",")) break;
                Speaker s = mentionEndingAt(c - 1, lo);
                // ", the White House press secretary, Josh Earnest, said": the inserted segment is the name itself,
                // and it is the speaker over a body before it ("The Minister of Finance, Tunde Bakare, said").
                Speaker inner = mentionEndingAt(j - 1, c + 1);
                boolean innerName = inner != null && inner.mention() != null && inner.mention().kind() == Mention.Kind.PERSON
                        && v.tokenFrom(inner.mention().surfaceStart()) <= c + 2;
                if (innerName && s != null && s.mention() != null && s.mention().kind() == Mention.Kind.ORGANIZATION) return inner;
                if (s != null && s.mention() != null && s.mention().kind() == Mention.Kind.ORGANIZATION) {
                    Speaker described = personDescribedBy(s.mention(), lo);
                    if (described != null) return described;
                }
                if (s != null && s.mention() != null && s.mention().kind() != Mention.Kind.PRONOUN) return s;
                if (innerName) return inner;
                j = c;
            }
            j = i - 1;
            while (j >= lo && j > i - MAX_INSERTION_TOKENS && !v.word(j).equals(",") && !v.insideQuoteMarks(v.tokens.get(j).start())) j--;
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

    /**
     * "Rosa Delgado, executive director of the Harbor Nurses Union, a union that ..., said", "Rosa Delgado, chief
     * executive of Tallyline Systems, a Lagos company, said": an organization that ends an apposition to a person
     * who opens the clause is where the person works, and the person is the subject. The apposition holds no verb but
     * a relative clause's ("the Ohio Republican who heads the Senate Harbor Committee").
     */
    private Speaker personDescribedBy(Mention org, int lo) {
        int orgFirst = v.tokenFrom(org.surfaceStart());
        int c = orgFirst - 1;
        boolean verb = false;
        while (c >= lo && c > orgFirst - MAX_INSERTION_TOKENS && !v.word(c).equals(",")) {
            Token t = v.tokens.get(c);
            if (v.insideQuoteMarks(t.start())) return null;
            String w = t.form().toLowerCase(Locale.ROOT);
            // Read backwards: the verbs after a "who" are the relative clause's.
            if (w.equals("who") || w.equals("whose")) verb = false;
            else verb |= t.isVerb();
            c--;
        }
        if (c <= lo || !v.word(c).equals(",") || verb) return null;
        Speaker p = mentionEndingAt(c - 1, lo);
        if (p == null || p.mention() == null || p.mention().kind() != Mention.Kind.PERSON) return null;
        // The person opens the clause: nothing before the name but words that qualify it ("76-year-old", "Senator").
        int name = v.tokenFrom(p.mention().surfaceStart());
        for (int k = lo; k < name; k++) if (v.tokens.get(k).isVerb() || v.word(k).equals(",")) return null;
        return p;
    }

    /** Words a relative clause may hold between "who" and its verb: "who in 2010 said", "who has also said". */
    static final int MAX_RELATIVE_GAP = 3;

    /** The token of a "who" that opens the verb's clause a few words before it, or -1. */
    private int relativeWho(int k, int lo) {
        for (int j = k - 1; j >= lo && j >= k - 1 - MAX_RELATIVE_GAP; j--) {
            var t = v.tokens.get(j);
            if (t.form().equalsIgnoreCase("who")) return j;
            if (t.pos().equals("PUNCT") || t.pos().equals("VERB") || t.pos().equals("PRON") || v.mentionByEnd.containsKey(t.end())) return -1;
        }
        return -1;
    }

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
            return before(j, lo);
        return null;
    }

    /** "Sen. Chuck Schumer (D-N.Y.) said": from a closing parenthesis back to the token before its opening one. */
    int skipParenthetical(int i, int lo) {
        if (i < lo || !v.word(i).equals(")")) return i;
        int j = i - 1;
        while (j >= lo && j > i - 12 && !v.word(j).equals("(")) j--;
        return j >= lo && v.word(j).equals("(") ? j - 1 : i;
    }

    /**
     * Whether a sentence's first token opens a phrase before its subject: a preposition, a conjunction or a participle
     * ("In a call with Ruiz, ...", "Surrounded by his colleagues, ...", "Tweeting after the talks, ...").
     */
    static boolean opensAnAdjunct(Token open) {
        String w = open.form().toLowerCase(Locale.ROOT);
        return open.pos().equals("ADP") || open.pos().equals("SCONJ") || open.isVerb() && (w.endsWith("ing") || w.endsWith("ed"));
    }

    /** A phrase that opens a sentence before its subject runs to a comma within this many tokens. */
    static final int MAX_FRONTED_PHRASE = 15;

    /**
     * The first person or pronoun that opens the clause from {@code lo}, before a verb; after a phrase that opens the
     * sentence with a participle or a preposition ("Surrounded by his colleagues, he made a statement").
     */
    Speaker sentenceSubject(int lo, int before) {
        if (opensAnAdjunct(v.tokens.get(lo))) {
            for (int k = lo + 1; k < Math.min(before, lo + MAX_FRONTED_PHRASE); k++) {
                if (v.insideQuoteMarks(v.tokens.get(k).start())) break;
                if (v.word(k).equals(",")) { lo = k + 1; break; }
            }
        }
        for (int k = lo; k < Math.min(before, lo + CLAUSE_SUBJECT_WINDOW); k++) {
            Token t = v.tokens.get(k);
            if (t.isVerb()) return null;
            Mention m = v.mentionBySurfaceStart.get(t.start());
            if (m != null && !m.inQuote() && (m.kind() == Mention.Kind.PERSON || m.refersBack())) return speakerOf(m);
        }
        return null;
    }

    /**
     * "Cruz said that ..., adding that ...": a participle after a comma shares the subject of the clause it
     * hangs on, found as the subject of the nearest cue before it in the same sentence.
     */
    Speaker mainClauseSubject(int k) {
        int lo = v.sentenceStartToken(k);
        for (int j = k - 2; j >= lo; j--) {
            String lemma = v.cues.get(j);
            if (lemma == null || lemma.equals("according to")) continue;
            Speaker sp = before(j, lo);
            if (sp != null) return sp;
        }
        return sentenceSubject(lo, k);
    }

    Speaker mentionEndingAt(int i, int lo) {
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
    Speaker after(int k, int limitOffset) {
        for (int j = k + 1; j < Math.min(v.tokens.size(), k + INVERTED_WINDOW); j++) {
            Token t = v.tokens.get(j);
            if (t.start() >= limitOffset) return null;
            Mention m = v.mentionBySurfaceStart.get(t.start());
            if (m != null && !m.inQuote() && m.kind() != Mention.Kind.PRONOUN) {
                // "said Judicial Watch President Tom Fitton", "said Clinton spokesman Brian Fallon": a name that
                // runs straight into another person's name qualifies that person.
                Speaker person = personAfterQualifier(v.tokenFrom(m.end()), k + QUALIFIER_WINDOW, limitOffset);
                if (person != null) return person;
            }
            if (m != null && !m.inQuote() && m.kind() != Mention.Kind.PRONOUN) return speakerOf(m);
            if (m != null && m.kind() == Mention.Kind.PRONOUN && j == k + 1) return speakerOf(m);
            String w = t.form();
            // "said the bureau's director, James B. Comey": a role phrase, possessive and comma included.
            boolean role = Character.isLowerCase(w.charAt(0)) && (t.pos().equals("NOUN") || t.pos().equals("ADJ") || t.pos().equals("ADP")
                    || t.pos().equals("DET")) && !w.equals("that") || Titles.isTitleWord(w) || w.equals("'s")
                    || w.equals(",") && j > k + 1 || w.equals("and") && Titles.isTitleWord(v.word(j - 1));
            if (!role && j < k + INVERTED_ROLE_WINDOW && Character.isUpperCase(w.charAt(0)) && (t.isProperNoun() || t.pos().equals("ADJ"))) {
                // "said Florida-based Republican strategist Al Cardenas": capitalized qualifiers the finder did not take as a name.
                Speaker person = personAfterQualifier(j + 1, k + QUALIFIER_WINDOW, limitOffset);
                if (person != null) return person;
            }
            if (!role || j >= k + INVERTED_ROLE_WINDOW) return null;
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

    /** No person other than {@code speaker}, and no "they" or "we", is the subject of a verb between two offsets. */
    boolean noOtherSubjectBetween(int from, int to, int speaker) {
        int lo = v.tokenFrom(from), hi = v.tokenFrom(to);
        for (int k = lo; k < hi; k++) {
            Token t = v.tokens.get(k);
            if (v.insideQuoteMarks(t.start())) continue;
            Mention m = v.mentionBySurfaceStart.get(t.start());
            int end;
            if (m != null && (m.kind() == Mention.Kind.PERSON || m.refersBack() || m.kind() == Mention.Kind.ORGANIZATION)) {
                int e = m.refersBack() ? pronouns.resolve(m) : m.entity();
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

    /** No person other than {@code except} is named outside quotations between two offsets. */
    boolean noPersonBetween(int from, int to, int except) {
        for (Mention m : v.mentions)
            if (m.start() >= from && m.start() < to && !m.inQuote() && m.kind() == Mention.Kind.PERSON && m.entity() != except) return false;
        return true;
    }
}
