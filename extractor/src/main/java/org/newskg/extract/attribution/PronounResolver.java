package org.newskg.extract.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newskg.extract.ArticleView;
import org.newskg.extract.Descriptions;
import org.newskg.extract.EntityTracker;
import org.newskg.extract.Mention;
import org.newskg.extract.MentionFinder;
import org.newskg.extract.Titles;
import org.newskg.nlp.Token;

/**
 * "He" and "she", and role descriptions ("the prime minister", "the 42-year-old"), to a person of the article. A
 * pronoun: the most recent person before it, outside quotations, whose gender does not contradict it, within the
 * three paragraphs before. A description: the person the article has titled with its role ("Tanaiste Micheal
 * Martin" for "the Tanaiste", "Prime Minister Jacinda Ardern" for "the prime minister"), the one sharing most of
 * its words, the latest at a tie; else, as a pronoun, the most recent person. Resolutions are remembered, and the
 * gender a resolved pronoun shows is noted on the person, so the order of calls matters: one instance per
 * article, asked in reading order. Not thread-safe.
 */
final class PronounResolver {
    /** How many paragraphs back a pronoun may reach for its person. */
    static final int PARAGRAPHS_BACK = 3;

    private final ArticleView v;
    private final EntityTracker tracker;
    /** Pronoun mention start → entity, filled as pronouns are resolved. */
    private final Map<Integer, Integer> resolved = new HashMap<>();
    private final QuotationParagraphs quotationParagraphs;

    PronounResolver(ArticleView v, EntityTracker tracker) {
        this.v = v;
        this.tracker = tracker;
        this.quotationParagraphs = new QuotationParagraphs(v);
    }

    /**
     * The entity a pronoun refers to, or -1. The pronoun's own sentence first, then earlier ones; in each, the
     * leftmost compatible person (usually the subject) is preferred over a later object or modifier: "Pell said
     * ... of Alcott, whom he called" is Pell, and "He said Mr Trump pressed Mr Putin ... he said" refers to the
     * speaker, not to Putin.
     */
    int resolve(Mention p) {
        Integer known = resolved.get(p.start());
        if (known != null) return known;
        int found = p.kind() == Mention.Kind.DESCRIPTION ? titled(p) : -1;
        // An office nobody is titled with stays unresolved (on PolNeAR train, "the senator said" was someone other than the
        // most named person 35 times in 38); an age or a family ("the 42-year-old") describes the protagonist.
        if (found < 0 && p.kind() == Mention.Kind.DESCRIPTION && (describesByAgeOrFamily(p) || headsAGovernment(p))) found = mostNamed(p);
        if (found >= 0 || p.kind() == Mention.Kind.DESCRIPTION && !namesItsBody(p)) {
            resolved.put(p.start(), found);
            return found;
        }
        int para = v.sentence(p.sentence()).paragraph();
        int reach = quotationParagraphs.reach(para, PARAGRAPHS_BACK);
        for (int si = p.sentence(); si >= 0 && found < 0; si--) {
            // (a description's own sentence too: "After a call with Ruiz, the premier said" is not Ruiz, see salience)
            if (v.sentence(si).paragraph() < reach) break;
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
        if (found < 0) {
            // A slipped "he" for the one person named: resolved, but its gender is not noted on her.
            found = GenderSlip.onlyPerson(v, tracker, p, reach);
            resolved.put(p.start(), found);
            return found;
        }
        resolved.put(p.start(), found);
        tracker.noteGender(found, p.gender());
        return found;
    }

    /** Description words that say nothing about which role: "the former premier" is titled "Premier". */
    private static final Set<String> UNINFORMATIVE = Set.of("the", "former", "then", "of", "outgoing", "new", "veteran", "acting",
            "-", "'s");

    /**
     * A description no title explains ("the 42-year-old", "the prime minister" where no one is so titled) picks up
     * the person the article has named most often so far, among those named in the paragraphs just before it (the
     * story's protagonist, as reporters write); at a tie, the one the article named first.
     */
    private int mostNamed(Mention d) {
        int para = v.sentence(d.sentence()).paragraph();
        Map<Integer, Integer> count = new HashMap<>();
        Map<Integer, Integer> first = new HashMap<>();
        Set<Integer> near = new HashSet<>();
        for (Mention m : v.mentions) {
            if (m.start() >= d.start()) break;
            if (m.kind() != Mention.Kind.PERSON || m.entity() < 0 || !tracker.isLive(m.entity())) continue;
            if (!tracker.genderOf(m.entity()).compatible(d.gender())) continue;
            count.merge(m.entity(), 1, Integer::sum);
            first.putIfAbsent(m.entity(), m.start());
            if (!m.inQuote() && v.sentence(m.sentence()).paragraph() >= para - PARAGRAPHS_BACK) near.add(m.entity());
        }
        int best = -1;
        for (int e : near)
            if (best < 0 || count.get(e) > count.get(best) || count.get(e).equals(count.get(best)) && first.get(e) < first.get(best)) best = e;
        return best;
    }

    /**
     * "the PTI chairman", "the Wayanad MP": a description that names the body or seat of its office, not only the
     * office ("the senator"), picks up the person the sentences before it are about, as a pronoun does.
     */
    static boolean namesItsBody(Mention d) {
        for (String w : d.name().split("\\s+"))
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !Descriptions.isHead(w) && !Descriptions.isModifierWord(w)
                    && !Titles.isTitleWord(w)) return true;
        return false;
    }

    /** Offices a country has one holder of at a time: "the prime minister", "the Taoiseach", "the chief minister". */
    private static final Set<String> ONE_HOLDER = Set.of("prime minister", "premier", "taoiseach", "tanaiste", "tánaiste", "chief minister");
    private static final java.util.regex.Pattern TIME_OF_OFFICE = java.util.regex.Pattern.compile("^(former|outgoing|then|new|acting)\\s+");

    /**
     * "Boris Johnson ... said he would stay on as prime minister. The prime minister said he had ...": an office
     * with one holder that nobody is titled with, in a story about its holder, is the person the story names most.
     */
    private static boolean headsAGovernment(Mention d) {
        String n = TIME_OF_OFFICE.matcher(d.name().toLowerCase(Locale.ROOT)).replaceFirst("");
        return ONE_HOLDER.contains(n);
    }

    private static boolean describesByAgeOrFamily(Mention d) {
        String[] w = d.name().toLowerCase(Locale.ROOT).split("\\s+");
        return Descriptions.isAgeOrFamily(w[w.length - 1].replace(" ", ""));
    }

    /** Abbreviated titles as a description spells them out: "Sen. Ruiz" is "the senator". */
    private static final Map<String, String> SPELLED = Map.of("sen.", "senator", "sen", "senator", "gov.", "governor", "gov", "governor",
            "rep.", "representative", "rep", "representative", "pres.", "president", "sec.", "secretary", "gen.", "general", "pm", "minister");

    /** The person titled with the description's role before it, sharing most of its words; -1 if none. */
    private int titled(Mention d) {
        List<String> words = new ArrayList<>();
        for (String w : d.name().toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[\\s]+"))
            if (!UNINFORMATIVE.contains(w) && !w.isBlank()) words.add(w);
        String head = null;
        for (String w : words) if (Descriptions.isHead(w)) head = w;
        if (head == null) return -1;
        int best = -1, bestScore = 0, bestAt = -1;
        for (Mention m : v.mentions) {
            if (m.start() >= d.start()) break;
            if (m.kind() != Mention.Kind.PERSON || m.entity() < 0 || m.inQuote() || !tracker.isLive(m.entity())) continue;
            if (!tracker.genderOf(m.entity()).compatible(d.gender())) continue;
            Set<String> titleWords = new HashSet<>();
            boolean primeMinister = false;
            for (String t : tracker.titlesOf(m.entity())) {
                String lower = t.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                for (String tw : lower.split("[\\s]+")) {
                    titleWords.add(SPELLED.getOrDefault(tw, tw));
                    primeMinister |= tw.equals("pm");
                }
                primeMinister |= lower.contains("prime minister");
            }
            // "former prime minister Imran Khan ... the former premier wrote": the press of many countries calls a prime
            // minister "the premier". A word the title holds counts twice a synonym's weight, so that where the article
            // titles a provincial premier too ("Premier Ford", "Prime Minister Trudeau"), "the premier" is the premier.
            boolean premier = primeMinister && !titleWords.contains("premier");
            if (!titleWords.contains(head) && !(premier && head.equals("premier"))) continue;
            int score = 0;
            for (String w : words) score += titleWords.contains(w) ? 2 : premier && w.equals("premier") ? 1 : 0;
            if (score > bestScore || score == bestScore && m.start() > bestAt) { best = m.entity(); bestScore = score; bestAt = m.start(); }
        }
        return best;
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
            // ("Rahul Gandhi Thursday slammed": a weekday after a name modifies nothing.)
            if (next.pos().equals("NOUN") || next.isProperNoun() && Character.isUpperCase(next.form().charAt(0)) && !MentionFinder.neverName(next.form())
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
        if (!SubjectFinder.opensAnAdjunct(open) || open.start() >= m.surfaceStart()) return false;
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
            Integer r = resolved.get(m.start());
            if (r == null) r = resolve(m);
            return r;
        }
        // "The prime minister said ... He added": a description resolved stands for its person.
        if (m.kind() == Mention.Kind.DESCRIPTION && m.gender().compatible(pronoun.gender())) {
            int r = resolve(m);
            if (r >= 0 && tracker.genderOf(r).compatible(pronoun.gender())) return r;
        }
        return -1;
    }
}
