package org.newskg.derive.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds the utterances among one store-wide speaker's claims: every direct quote is cut into sentence units, and
 * units of different claims are joined by the rules of {@link JoinRule}; an utterance is what the joins connect,
 * with the units of each quote, once two articles carry it.
 * <ol>
 * <li><b>Strong joins</b> connect statements: a sentence printed word for word, a partial quote of five words or
 *     more inside a sentence, a sentence worded apart whose content words align in order over most of the shorter
 *     version (negations, numbers and names agreeing), two passages cut differently that align so, and quotes one
 *     article prints one after the other.</li>
 * <li><b>Fragments</b>, claims made only of short units ("sheep", "private and public", "with no
 *     delay"), join only by having one reading: the statements they stand in (in order, in the occasion's days)
 *     must all be one utterance after step 1. A fragment in two statements stays apart, and so does a name phrase
 *     a speaker reuses as a label ("Harbor Town values"). Fragments that stand in no statement join each other.</li>
 * </ol>
 * Every decision reads the step before it and the claims in code-point order, so the answer depends on the set of
 * quotes only, never on the order they arrive in. Candidate pairs come from an inverted index of content words, so
 * the cost grows with the sentences that share words rather than with the square of the speaker's claims.
 */
public final class UtteranceFinder {
    /** A fragment quoting an acronym or two capitalized words in a row is a name phrase, used as a label. */
    private static final Pattern LABEL = Pattern.compile("\\b(?!I\\b)\\p{Lu}{2,}\\b|\\b\\p{Lu}[\\p{L}'\u2019]*[\\s-]+\\p{Lu}");

    private final UnitRules rules;
    private final Words words = new Words();

    public UtteranceFinder(UnitRules rules) { this.rules = Objects.requireNonNull(rules, "rules"); }

    /** One claim with its printed versions, read. */
    private static final class ClaimWords {
        final int index;
        final String iri;
        final List<PrintedQuote> printed;
        final PrintedQuote rep;
        final List<SentenceCutter.Cut> cuts;
        final List<Word> words;
        final List<Integer> units = new ArrayList<>();
        final boolean direct;
        /** Quoted somewhere: printed directly, or a paraphrase that quotes some of the words. */
        boolean quoting;
        final TreeSet<LocalDate> dates = new TreeSet<>();
        final Set<String> articles = new TreeSet<>();
        final int contentWords;
        boolean fragment;
        boolean label;

        ClaimWords(int index, String iri, List<PrintedQuote> printed, PrintedQuote rep, List<Word> words, List<SentenceCutter.Cut> cuts,
                int contentWords) {
            this.words = words;
            this.index = index;
            this.iri = iri;
            this.printed = printed;
            this.rep = rep;
            this.cuts = cuts;
            this.contentWords = contentWords;
            boolean d = false;
            for (PrintedQuote q : printed) {
                d |= q.direct();
                q.date().ifPresent(dates::add);
                articles.add(q.article());
            }
            this.direct = d;
        }
    }

    /** One sentence unit of a claim: its compared words (brackets left out) and content words. */
    private record UnitWords(int claim, int sentence, List<Word> all, List<Word> content, String signature, boolean isShort, boolean openEnd,
                             boolean woven) {}

    private record Edge(int u, int v, JoinRule rule, double score, boolean strong) {}

    /** Finds the utterances and parts among the quotes of one speaker. */
    public SpeakerUtterances find(Collection<PrintedQuote> quotes) {
        List<ClaimWords> claims = new ArrayList<>();
        List<UnitWords> units = new ArrayList<>();
        read(quotes, claims, units);
        int n = claims.size();
        UnionFind statements = new UnionFind(n);
        List<Edge> strong = new ArrayList<>(), weak = new ArrayList<>(), sameShort = new ArrayList<>();
        candidates(claims, units, strong, weak, sameShort);
        for (Edge e : strong) statements.union(units.get(e.u).claim, units.get(e.v).claim);
        List<Edge> claimEdges = new ArrayList<>();
        sameText(claims, statements, claimEdges);
        List<Edge> passageUnits = new ArrayList<>();
        passages(claims, units, statements, claimEdges, passageUnits);
        // Statements printed one after the other are one passage before the fragments look for their reading; a
        // fragment printed next to other quotes is judged by its own readings, and joins its neighbours after.
        continued(claims, statements, claimEdges, false);
        Set<Integer> ambiguous = fragments(claims, units, weak, statements);
        continued(claims, statements, claimEdges, true);

        // Components, and the units inside them.
        Map<Integer, List<Integer>> components = new TreeMap<>();
        for (int i = 0; i < n; i++) components.computeIfAbsent(statements.find(i), k -> new ArrayList<>()).add(i);
        UnionFind sentences = new UnionFind(units.size());
        List<Edge> unitEdges = new ArrayList<>(strong);
        unitEdges.addAll(weak);
        unitEdges.addAll(sameShort);
        unitEdges.addAll(passageUnits);
        for (Edge e : unitEdges) {
            if (statements.find(units.get(e.u).claim) == statements.find(units.get(e.v).claim)) sentences.union(e.u, e.v);
        }
        Map<Long, SpeakerUtterances.Join> best = new HashMap<>();
        for (Edge e : strong) bestJoin(best, claims, units.get(e.u).claim, units.get(e.v).claim, e.rule, e.score);
        for (Edge e : weak) {
            int a = units.get(e.u).claim, b = units.get(e.v).claim;
            if (statements.find(a) == statements.find(b)) bestJoin(best, claims, a, b, JoinRule.FRAGMENT, e.score);
        }
        for (Edge e : claimEdges) bestJoin(best, claims, e.u, e.v, e.rule, e.score);

        // A line printed on days further apart than one occasion's is a line repeated, not one statement.
        Map<Integer, Boolean> oneOccasion = new HashMap<>();
        List<SpeakerUtterances.Utterance> out = new ArrayList<>();
        for (var e : components.entrySet()) {
            List<Integer> members = e.getValue();
            TreeSet<LocalDate> dates = new TreeSet<>();
            Set<String> articles = new TreeSet<>();
            for (int c : members) {
                dates.addAll(claims.get(c).dates);
                articles.addAll(claims.get(c).articles);
            }
            boolean one = dates.isEmpty() || !dates.last().isAfter(dates.first().plusDays(2L * rules.occasionDays()));
            oneOccasion.put(e.getKey(), one);
            if (!one || articles.size() < 2 || !occasion(members, claims, ambiguous)) continue;
            out.add(utterance(members, claims, units, sentences, best, articles));
        }
        Map<Long, SpeakerUtterances.Part> parts = new TreeMap<>();
        for (Edge e : unitEdges) {
            int pc = units.get(e.u).claim, wc = units.get(e.v).claim;
            if (e.rule != JoinRule.CONTAINED || claims.get(pc).units.size() != 1 || statements.find(pc) != statements.find(wc)
                    || !oneOccasion.get(statements.find(pc))) {
                continue;
            }
            parts.merge(((long) pc << 32) | wc, new SpeakerUtterances.Part(claims.get(pc).iri, claims.get(wc).iri, e.score),
                    (x, y) -> x.score() >= y.score() ? x : y);
        }
        return new SpeakerUtterances(out, new ArrayList<>(parts.values()));
    }

    /** Whether a component reads as one occasion's statement rather than a catchword or a reported line. */
    private boolean occasion(List<Integer> members, List<ClaimWords> claims, Set<Integer> ambiguous) {
        if (members.stream().allMatch(c -> claims.get(c).contentWords == 0)) return false;
        // A paraphrase printed alike by two articles is one line of a wire story, a statement only with some words.
        if (members.stream().noneMatch(c -> claims.get(c).quoting)) {
            return members.stream().anyMatch(c -> claims.get(c).contentWords >= rules.strongWords());
        }
        if (members.size() > 1) return true;
        ClaimWords c = claims.get(members.get(0));
        return !c.fragment || (!c.label && !ambiguous.contains(c.index));
    }

    /**
     * Claims whose words differ only in where a word is split ("semi-private" / "semiprivate", "non-members" /
     * "nonmembers"): the claim keys tell them apart, the words do not. The only join a reported paraphrase gets.
     */
    private void sameText(List<ClaimWords> claims, UnionFind statements, List<Edge> out) {
        Map<String, List<Integer>> byText = new HashMap<>();
        for (ClaimWords c : claims) {
            StringBuilder b = new StringBuilder();
            for (Word w : c.words) if (!w.editorial()) b.append(w.form());
            if (b.length() > 0) byText.computeIfAbsent(b.toString(), k -> new ArrayList<>()).add(c.index);
        }
        for (List<Integer> same : byText.values()) {
            for (int x = 0; x < same.size(); x++) {
                for (int y = x + 1; y < same.size(); y++) {
                    if (!near(claims.get(same.get(x)), claims.get(same.get(y)))) continue;
                    statements.union(same.get(x), same.get(y));
                    out.add(new Edge(same.get(x), same.get(y), JoinRule.SAME_WORDS, 1, true));
                }
            }
        }
    }

    private void read(Collection<PrintedQuote> quotes, List<ClaimWords> claims, List<UnitWords> units) {
        Map<String, List<PrintedQuote>> byClaim = new TreeMap<>();
        for (PrintedQuote q : quotes) byClaim.computeIfAbsent(q.claim(), k -> new ArrayList<>()).add(q);
        for (var e : byClaim.entrySet()) {
            List<PrintedQuote> printed = new ArrayList<>(e.getValue());
            printed.sort(Comparator.comparing(PrintedQuote::article).thenComparingInt(q -> q.pieces().get(0).articleStart()).thenComparing(PrintedQuote::text));
            // The longest wording stands for the claim, then the first in code-point order.
            PrintedQuote rep = printed.stream().max(Comparator.comparingInt((PrintedQuote q) -> q.text().length())
                    .thenComparing(PrintedQuote::text, Comparator.reverseOrder())).orElseThrow();
            List<Word> all = words.read(rep.text());
            boolean direct = printed.stream().anyMatch(PrintedQuote::direct);
            // A paraphrase is matched only on the quotations it holds, if any.
            List<SentenceCutter.Cut> cuts = SentenceCutter.units(rep.text(), rep.joins(), direct);
            int content = 0;
            for (Word w : all) if (w.content() && !w.editorial()) content++;
            ClaimWords c = new ClaimWords(claims.size(), e.getKey(), printed, rep, all, cuts, content);
            claims.add(c);
            boolean allShort = true;
            for (int k = 0; k < cuts.size(); k++) {
                SentenceCutter.Cut cut = cuts.get(k);
                List<Word> in = new ArrayList<>(), contentWords = new ArrayList<>();
                StringBuilder sig = new StringBuilder();
                for (Word w : all) {
                    if (w.start() < cut.start() || w.end() > cut.end() || w.editorial()) continue;
                    in.add(w);
                    if (w.content()) contentWords.add(w);
                    sig.append(w.key()).append(' ');
                }
                boolean isShort = contentWords.size() < rules.strongWords() || in.size() < rules.strongTokens();
                allShort &= isShort;
                c.units.add(units.size());
                boolean openEnd = k == cuts.size() - 1 && Character.isLetterOrDigit(rep.text().codePointBefore(rep.text().length()));
                units.add(new UnitWords(c.index, k, in, contentWords, sig.toString(), isShort, openEnd, cut.woven()));
            }
            c.quoting = !c.units.isEmpty();
            c.fragment = c.quoting && allShort;
            c.label = c.fragment && LABEL.matcher(rep.text()).find();
        }
    }

    /** Whether two claims were printed within the occasion's days of each other; undated claims may be. */
    private boolean near(ClaimWords a, ClaimWords b) {
        if (a.dates.isEmpty() || b.dates.isEmpty()) return true;
        for (LocalDate d : a.dates) {
            LocalDate lo = b.dates.ceiling(d.minusDays(rules.occasionDays()));
            if (lo != null && !lo.isAfter(d.plusDays(rules.occasionDays()))) return true;
        }
        return false;
    }

    /** Unit pairs that share content words, judged by the unit rules. */
    private void candidates(List<ClaimWords> claims, List<UnitWords> units, List<Edge> strong, List<Edge> weak, List<Edge> sameShort) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            if (!claims.get(units.get(u).claim).quoting) continue;
            for (String k : keys(units.get(u))) postings.computeIfAbsent(k, x -> new ArrayList<>()).add(u);
        }
        for (int u = 0; u < units.size(); u++) {
            UnitWords a = units.get(u);
            if (!claims.get(a.claim).quoting) continue;
            TreeMap<Integer, Integer> shared = new TreeMap<>();
            for (String k : keys(a)) {
                List<Integer> p = postings.get(k);
                if (p.size() > rules.maxPostings()) continue;
                for (int v : p) if (v > u && units.get(v).claim != a.claim) shared.merge(v, 1, Integer::sum);
            }
            for (var e : shared.entrySet()) {
                UnitWords b = units.get(e.getKey());
                ClaimWords ca = claims.get(a.claim), cb = claims.get(b.claim);
                if (!near(ca, cb)) continue;
                if (!a.isShort && !b.isShort) {
                    if (e.getValue() >= rules.alignedMinWords()) judge(u, e.getKey(), a, b, sameArticle(ca, cb), strong);
                    continue;
                }
                // A short sentence printed word for word inside another, with words enough to be distinctive.
                if (a.isShort && distinctive(a) && a.all.size() <= b.all.size() && contained(b, a)) {
                    strong.add(a.signature.equals(b.signature) ? new Edge(u, e.getKey(), JoinRule.SAME_WORDS, 1, true)
                            : new Edge(u, e.getKey(), JoinRule.CONTAINED, a.all.size() / (double) b.all.size(), true));
                } else if (b.isShort && distinctive(b) && b.all.size() <= a.all.size() && contained(a, b)) {
                    strong.add(new Edge(e.getKey(), u, JoinRule.CONTAINED, b.all.size() / (double) a.all.size(), true));
                } else if (distinctive(a) && distinctive(b) && samePerson(a, b) && e.getValue() >= rules.containedMinWords()) {
                    judge(u, e.getKey(), a, b, sameArticle(ca, cb), strong);
                    if (ca.fragment && !ca.label) fragment(u, e.getKey(), a, b, next(units, e.getKey()), weak);
                    if (cb.fragment && !cb.label) fragment(e.getKey(), u, b, a, next(units, u), weak);
                } else if (cutInside(a, b)) {
                    strong.add(new Edge(u, e.getKey(), JoinRule.CONTAINED, a.all.size() / (double) b.all.size(), true));
                } else if (cutInside(b, a)) {
                    strong.add(new Edge(e.getKey(), u, JoinRule.CONTAINED, b.all.size() / (double) a.all.size(), true));
                } else {
                    if (a.isShort && b.isShort && a.signature.equals(b.signature)) sameShort.add(new Edge(u, e.getKey(), JoinRule.SAME_WORDS, 1, false));
                    if (a.isShort && (ca.fragment || a.woven) && !ca.label) fragment(u, e.getKey(), a, b, next(units, e.getKey()), weak);
                    if (b.isShort && (cb.fragment || b.woven) && !cb.label) fragment(e.getKey(), u, b, a, next(units, u), weak);
                }
            }
        }
    }

    /**
     * Whether {@code cut} is a sentence an outlet stopped in the middle of a word (an excerpt cut at a length: "I am
     * sorry not to have been successf") that stands, in order, inside {@code whole} with its last word the beginning
     * of a longer word there. A cut that short is not distinctive by its content words, but the cut is evidence of
     * its own: the outlet printed the very sentence up to that letter, so it joins as a statement. The last word must
     * match only as a beginning (a quote that merely ends without punctuation is no cut), and the cut must hold
     * {@code strongTokens} words, two of them content words.
     */
    private boolean cutInside(UnitWords cut, UnitWords whole) {
        if (!cut.openEnd || cut.all.size() < rules.strongTokens() || cut.content.size() < 2 || cut.all.size() > whole.all.size()) return false;
        List<Word> c = Compounds.joinAgainst(cut.all, whole.all, words), w = Compounds.joinAgainst(whole.all, cut.all, words);
        return Containment.contains(w, c, true) && !Containment.contains(w, c, false);
    }

    private boolean distinctive(UnitWords u) {
        return u.content.size() >= rules.containedMinWords() && u.all.size() >= rules.strongTokens();
    }

    private static final Set<String> SUBJECTS = Set.of("i", "we", "he", "she", "they", "you");

    /**
     * Whether two short sentences speak of the same person first: "she wins the best newcomer prize" and "I
     * give her the best newcomer prize" are one line said twice, not one sentence printed twice.
     */
    private static boolean samePerson(UnitWords a, UnitWords b) {
        String pa = subject(a), pb = subject(b);
        return pa == null || pb == null || pa.equals(pb);
    }

    private static String subject(UnitWords u) {
        for (Word w : u.all) if (SUBJECTS.contains(w.form())) return w.form();
        return null;
    }

    private boolean contained(UnitWords whole, UnitWords part) {
        return Containment.contains(Compounds.joinAgainst(whole.all, part.all, words), Compounds.joinAgainst(part.all, whole.all, words), part.openEnd);
    }

    private static Set<String> keys(UnitWords u) {
        Set<String> out = new LinkedHashSet<>();
        for (Word w : u.content) out.add(w.key());
        return out;
    }

    /** Whether one article prints both claims. */
    private static boolean sameArticle(ClaimWords a, ClaimWords b) {
        for (String x : a.articles) if (b.articles.contains(x)) return true;
        return false;
    }

    /** The sentence after unit {@code u} in its claim, or null. */
    private static UnitWords next(List<UnitWords> units, int u) {
        return u + 1 < units.size() && units.get(u + 1).claim == units.get(u).claim ? units.get(u + 1) : null;
    }

    /**
     * Two sentences of two statements: the same words, one inside the other, aligned, aligned with clauses moved, or
     * (printed by one article) the article's restatement of its own quote.
     */
    private void judge(int u, int v, UnitWords a, UnitWords b, boolean oneArticle, List<Edge> out) {
        if (a.signature.equals(b.signature)) {
            out.add(new Edge(u, v, JoinRule.SAME_WORDS, 1, true));
            return;
        }
        List<Word> aa = Compounds.joinAgainst(a.all, b.all, words), bb = Compounds.joinAgainst(b.all, a.all, words);
        if (aa.size() == bb.size() && Containment.contains(bb, aa, false)) {
            out.add(new Edge(u, v, JoinRule.SAME_WORDS, 1, true));
            return;
        }
        if (Containment.contains(bb, aa, a.openEnd)) {
            out.add(new Edge(u, v, JoinRule.CONTAINED, aa.size() / (double) bb.size(), true));
            return;
        }
        if (Containment.contains(aa, bb, b.openEnd)) {
            out.add(new Edge(v, u, JoinRule.CONTAINED, bb.size() / (double) aa.size(), true));
            return;
        }
        List<Word> ca = alignable(aa), cb = alignable(bb);
        Alignment al = Alignment.of(ca, cb);
        if (al.matchedContent(ca) >= rules.alignedMinWords() && covers(a, b, al) && Agreement.agree(aa, bb, ca, cb, al)) {
            out.add(new Edge(u, v, JoinRule.ALIGNED, al.coverage(), true));
            return;
        }
        if (oneArticle && al.matchedContent(ca) >= rules.alignedMinWords() && al.coverage() >= Restatement.COVERAGE
                && Restatement.replacesOne(ca, cb, al) && Agreement.agree(aa, bb, ca, cb, al)) {
            out.add(new Edge(u, v, JoinRule.RESTATED, al.coverage(), true));
            return;
        }
        if (a.isShort || b.isShort) return;
        Reordering r = Reordering.of(ca, cb);
        if (r.joins(aa, bb, ca, cb, rules.alignedCoverage())) out.add(new Edge(u, v, JoinRule.REORDERED, r.coverage(), true));
    }

    /**
     * Whether the alignment covers enough of the shorter sentence. A sentence of four content words or fewer shares
     * three of them with another too easily ("we have waited long enough for this bridge" / "the towns have waited
     * long enough for new ferries"): it must align whole, or all but one word with that word printed elsewhere in
     * the other ("no one in sport is truly irreplaceable" / "in sport, no one is truly irreplaceable").
     */
    private boolean covers(UnitWords a, UnitWords b, Alignment al) {
        UnitWords shorter = a.content.size() <= b.content.size() ? a : b, longer = shorter == a ? b : a;
        if (shorter.content.size() > rules.strongWords()) return al.coverage() >= rules.alignedCoverage();
        if (al.coverage() >= 1.0) return true;
        Set<String> other = keys(longer);
        return al.coverage() >= 0.75 && shorter.content.stream().allMatch(w -> other.contains(w.key()));
    }

    /**
     * A short unit of a fragment against a sentence: inside it, or all its content words in it in order. A fragment of
     * one content word must find that very word ("absolutely" is not "absolute").
     */
    private void fragment(int p, int o, UnitWords part, UnitWords other, UnitWords following, List<Edge> out) {
        List<Word> pp = Compounds.joinAgainst(core(part.all), other.all, words), oo = Compounds.joinAgainst(other.all, part.all, words);
        List<Word> content = content(pp);
        if (content.isEmpty()) return;
        if (content.size() == 1) {
            String form = content.get(0).form();
            if (oo.stream().anyMatch(w -> w.form().equals(form)) && Containment.contains(oo, pp, part.openEnd)) {
                out.add(new Edge(p, o, JoinRule.CONTAINED, pp.size() / (double) Math.max(pp.size(), oo.size()), false));
            }
            return;
        }
        if (Containment.contains(oo, pp, part.openEnd)) {
            out.add(new Edge(p, o, JoinRule.CONTAINED, pp.size() / (double) Math.max(pp.size(), oo.size()), false));
            return;
        }
        List<Word> cp = alignable(pp), co = alignable(oo);
        Alignment al = Alignment.of(cp, co);
        double coverage = al.matched() / (double) cp.size();
        if (al.matchedContent(cp) >= 2 && coverage >= rules.fragmentCoverage() && Agreement.agree(pp, oo, cp, co, al)) {
            out.add(new Edge(p, o, JoinRule.ALIGNED, coverage, false));
            return;
        }
        if (following == null) return;
        // The fragment's clauses in another order over this sentence and the next ("we give it everything and then
        // move on until we can no longer" / "We give it everything until we can't anymore. And then we move on").
        List<Word> both = new ArrayList<>(other.all);
        both.addAll(following.all);
        List<Word> ow = Compounds.joinAgainst(both, part.all, words), cw = alignable(ow);
        Reordering r = Reordering.of(cp, cw);
        if (r.matched() == cp.size() && content.size() >= Reordering.PARTIAL_WORDS
                && r.joins(pp, ow, cp, cw, rules.fragmentCoverage(), Reordering.PARTIAL_FIRST, Reordering.PARTIAL_SECOND)) {
            out.add(new Edge(p, o, JoinRule.REORDERED, r.coverage(), false));
        }
    }

    /**
     * A fragment without the function words at its edges: where a reporter cuts a quote ("We will not seek payback
     * but...", "the happiest of my career") they are the cut's, not the speaker's choice.
     */
    private static List<Word> core(List<Word> all) {
        int s = 0, e = all.size();
        while (s < e && !all.get(s).content() && !all.get(s).negation()) s++;
        while (e > s && !all.get(e - 1).content()) e--;
        return s == 0 && e == all.size() ? all : all.subList(s, e);
    }

    /** The words an alignment compares: content words and negators ("will not take" against "will not seek"). */
    private static List<Word> alignable(List<Word> all) {
        List<Word> out = new ArrayList<>(all.size());
        for (Word w : all) if (w.content() || w.negation()) out.add(w);
        return out;
    }

    private static List<Word> content(List<Word> all) {
        List<Word> out = new ArrayList<>(all.size());
        for (Word w : all) if (w.content()) out.add(w);
        return out;
    }

    /** Quotes of the speaker one article prints one after the other: one passage quoted in pieces. */
    private void continued(List<ClaimWords> claims, UnionFind statements, List<Edge> out, boolean fragments) {
        record At(int start, int end, int claim) {}
        Map<String, List<At>> byArticle = new TreeMap<>();
        for (ClaimWords c : claims) {
            if (!c.direct) continue;
            for (PrintedQuote q : c.printed) {
                int len = q.text().codePointCount(0, q.text().length());
                byArticle.computeIfAbsent(q.article(), k -> new ArrayList<>()).add(new At(q.articleOffset(0), q.articleOffset(Math.max(0, len - 1)) + 1, c.index));
            }
        }
        for (List<At> at : byArticle.values()) {
            at.sort(Comparator.comparingInt(At::start).thenComparingInt(At::claim));
            for (int k = 0; k + 1 < at.size(); k++) {
                At a = at.get(k), b = at.get(k + 1);
                boolean withFragment = claims.get(a.claim).fragment || claims.get(b.claim).fragment;
                if (a.claim != b.claim && withFragment == fragments && b.start >= a.end && b.start - a.end <= rules.continuedGap()) {
                    statements.union(a.claim, b.claim);
                    out.add(new Edge(Math.min(a.claim, b.claim), Math.max(a.claim, b.claim), JoinRule.CONTINUED, 1, true));
                }
            }
        }
    }

    /** Two statements cut differently from one passage, aligned over their whole length. */
    private void passages(List<ClaimWords> claims, List<UnitWords> units, UnionFind statements, List<Edge> claimEdges, List<Edge> unitEdges) {
        List<List<Word>> content = new ArrayList<>(), all = new ArrayList<>();
        List<int[]> unitOf = new ArrayList<>();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (ClaimWords c : claims) {
            List<Word> cw = new ArrayList<>(), aw = new ArrayList<>();
            List<Integer> owner = new ArrayList<>();
            for (int u : c.units) {
                aw.addAll(units.get(u).all);
                for (Word w : alignable(units.get(u).all)) {
                    cw.add(w);
                    owner.add(u);
                }
            }
            content.add(cw);
            all.add(aw);
            unitOf.add(owner.stream().mapToInt(Integer::intValue).toArray());
            if (!c.quoting || cw.size() < rules.passageMinWords()) continue;
            Set<String> ks = new LinkedHashSet<>();
            for (Word w : cw) if (w.content()) ks.add(w.key());
            for (String k : ks) postings.computeIfAbsent(k, x -> new ArrayList<>()).add(c.index);
        }
        for (ClaimWords a : claims) {
            if (!a.quoting || content.get(a.index).size() < rules.passageMinWords()) continue;
            TreeMap<Integer, Integer> shared = new TreeMap<>();
            Set<String> ks = new LinkedHashSet<>();
            for (Word w : content.get(a.index)) if (w.content()) ks.add(w.key());
            for (String k : ks) {
                List<Integer> p = postings.get(k);
                if (p.size() > rules.maxPostings()) continue;
                for (int b : p) if (b > a.index) shared.merge(b, 1, Integer::sum);
            }
            for (var e : shared.entrySet()) {
                ClaimWords b = claims.get(e.getKey());
                if (e.getValue() < rules.alignedMinWords() || (a.units.size() < 2 && b.units.size() < 2) || !near(a, b)) continue;
                if (statements.find(a.index) == statements.find(b.index)) continue;
                List<Word> ca = content.get(a.index), cb = content.get(b.index);
                Alignment al = Alignment.of(ca, cb);
                if (al.matchedContent(ca) < rules.passageMinWords() || al.coverage() < rules.passageCoverage() || !Agreement.agree(all.get(a.index), all.get(b.index), ca, cb, al)) continue;
                statements.union(a.index, b.index);
                claimEdges.add(new Edge(a.index, b.index, JoinRule.PASSAGE, al.coverage(), true));
                Map<Long, Integer> pairs = new TreeMap<>();
                for (int[] p : al.pairs()) pairs.merge(((long) unitOf.get(a.index)[p[0]] << 32) | unitOf.get(b.index)[p[1]], 1, Integer::sum);
                pairs.forEach((k, count) -> {
                    int u = (int) (k >> 32), v = (int) (long) k;
                    int smaller = Math.min(units.get(u).content.size(), units.get(v).content.size());
                    if (count >= 2 || count == smaller) unitEdges.add(new Edge(u, v, JoinRule.PASSAGE, count / (double) smaller, true));
                });
            }
        }
    }

    /**
     * Joins each fragment to the one statement it stands in (step 2 of the class comment); returns the fragments
     * that stand in two or more, which stay apart and get no utterance of their own.
     */
    private Set<Integer> fragments(List<ClaimWords> claims, List<UnitWords> units, List<Edge> weak, UnionFind statements) {
        int n = claims.size();
        Map<Integer, Boolean> fragmentOnly = fragmentOnly(claims, statements);
        // First the partials woven into a statement's paraphrase ('her reasons "for leaving are both private
        // and public" and that the "two party council will be the right thing"'): the reporter's sentence
        // quotes pieces of one statement, so each such piece joins its statement to the one other it stands in.
        Map<Integer, Set<Integer>> bridges = new TreeMap<>();
        for (Edge e : weak) {
            int rp = statements.find(units.get(e.u).claim), ro = statements.find(units.get(e.v).claim);
            if (rp != ro && !fragmentOnly.get(rp) && !fragmentOnly.get(ro) && units.get(e.u).woven) {
                bridges.computeIfAbsent(rp, k -> new TreeSet<>()).add(ro);
            }
        }
        bridges.forEach((rp, ro) -> {
            if (ro.size() == 1) statements.union(rp, ro.iterator().next());
        });
        fragmentOnly = fragmentOnly(claims, statements);
        Map<Integer, Set<Integer>> readings = new TreeMap<>();
        Map<Integer, Set<Integer>> neighbours = new TreeMap<>();
        for (Edge e : weak) {
            int rp = statements.find(units.get(e.u).claim), ro = statements.find(units.get(e.v).claim);
            if (rp == ro || !fragmentOnly.get(rp)) continue;
            if (fragmentOnly.get(ro)) {
                neighbours.computeIfAbsent(rp, k -> new TreeSet<>()).add(ro);
                neighbours.computeIfAbsent(ro, k -> new TreeSet<>()).add(rp);
            } else {
                readings.computeIfAbsent(rp, k -> new TreeSet<>()).add(ro);
            }
        }
        Set<Integer> ambiguous = new TreeSet<>();
        List<int[]> joins = new ArrayList<>();
        for (var e : readings.entrySet()) {
            if (e.getValue().size() == 1) joins.add(new int[] {e.getKey(), e.getValue().iterator().next()});
            else ambiguous.add(e.getKey());
        }
        // Fragments that stand in no statement: joined to each other, and with them to the one statement that
        // fragments they stand in stand in.
        UnionFind loose = new UnionFind(n);
        for (var e : neighbours.entrySet()) {
            if (readings.containsKey(e.getKey())) continue;
            for (int o : e.getValue()) if (!readings.containsKey(o)) loose.union(e.getKey(), o);
        }
        Map<Integer, Set<Integer>> groupReadings = new TreeMap<>();
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (var e : neighbours.entrySet()) {
            if (readings.containsKey(e.getKey())) continue;
            int g = loose.find(e.getKey());
            groups.computeIfAbsent(g, k -> new ArrayList<>()).add(e.getKey());
            for (int o : e.getValue()) if (readings.containsKey(o)) groupReadings.computeIfAbsent(g, k -> new TreeSet<>()).addAll(readings.get(o));
        }
        for (var e : groups.entrySet()) {
            Set<Integer> r = groupReadings.getOrDefault(e.getKey(), Set.of());
            if (r.size() > 1) {
                ambiguous.addAll(e.getValue());
                continue;
            }
            for (int m : e.getValue()) {
                joins.add(new int[] {m, e.getKey()});
                if (r.size() == 1) joins.add(new int[] {m, r.iterator().next()});
            }
        }
        for (int[] j : joins) statements.union(j[0], j[1]);
        Set<Integer> out = new TreeSet<>();
        for (ClaimWords c : claims) if (ambiguous.contains(c.index)) out.add(c.index);
        return out;
    }

    /** Per component root, whether every claim of it is a fragment (labels count as not). */
    private static Map<Integer, Boolean> fragmentOnly(List<ClaimWords> claims, UnionFind statements) {
        Map<Integer, Boolean> out = new HashMap<>();
        for (ClaimWords c : claims) out.merge(statements.find(c.index), c.fragment && !c.label, Boolean::logicalAnd);
        return out;
    }

    private static void bestJoin(Map<Long, SpeakerUtterances.Join> best, List<ClaimWords> claims, int a, int b, JoinRule rule, double score) {
        if (a == b) return;
        int x = Math.min(a, b), y = Math.max(a, b);
        SpeakerUtterances.Join j = new SpeakerUtterances.Join(claims.get(x).iri, claims.get(y).iri, rule, score);
        best.merge(((long) x << 32) | y, j, (o, nw) -> o.rule().ordinal() < nw.rule().ordinal()
                || (o.rule() == nw.rule() && o.score() >= nw.score()) ? o : nw);
    }

    private SpeakerUtterances.Utterance utterance(List<Integer> members, List<ClaimWords> claims, List<UnitWords> units, UnionFind sentences,
            Map<Long, SpeakerUtterances.Join> best, Set<String> articles) {
        List<String> iris = new ArrayList<>();
        Map<Integer, List<Integer>> clusters = new TreeMap<>();
        for (int c : members) {
            iris.add(claims.get(c).iri);
            for (int u : claims.get(c).units) clusters.computeIfAbsent(sentences.find(u), k -> new ArrayList<>()).add(u);
        }
        List<SpeakerUtterances.Unit> out = new ArrayList<>();
        for (List<Integer> cluster : clusters.values()) {
            String id = null;
            List<SpeakerUtterances.Version> versions = new ArrayList<>();
            for (int u : cluster) {
                UnitWords uw = units.get(u);
                ClaimWords c = claims.get(uw.claim);
                String name = c.iri + "#" + uw.sentence;
                if (id == null || name.compareTo(id) < 0) id = name;
                for (PrintedQuote q : c.printed) versions.add(version(q, c, uw.sentence));
            }
            versions.sort(Comparator.comparing(SpeakerUtterances.Version::article).thenComparingInt(SpeakerUtterances.Version::start)
                    .thenComparing(SpeakerUtterances.Version::claim));
            out.add(new SpeakerUtterances.Unit(id, versions));
        }
        out.sort(Comparator.comparing(SpeakerUtterances.Unit::id));
        List<SpeakerUtterances.Join> joins = new ArrayList<>();
        for (int a : members) {
            for (int b : members) {
                SpeakerUtterances.Join j = a < b ? best.get(((long) a << 32) | b) : null;
                if (j != null) joins.add(j);
            }
        }
        joins.sort(Comparator.comparing(SpeakerUtterances.Join::claim).thenComparing(SpeakerUtterances.Join::other));
        return new SpeakerUtterances.Utterance(iris, out, joins, articles);
    }

    /** One article's words of a claim's sentence: its own cut of the sentence, or all of it when it cuts differently. */
    private static SpeakerUtterances.Version version(PrintedQuote q, ClaimWords c, int sentence) {
        List<SentenceCutter.Cut> cuts = q == c.rep ? c.cuts : SentenceCutter.units(q.text(), q.joins(), c.direct);
        SentenceCutter.Cut cut = cuts.size() == c.cuts.size() ? cuts.get(sentence)
                : new SentenceCutter.Cut(0, q.text().codePointCount(0, q.text().length()), false);
        int s = q.text().offsetByCodePoints(0, cut.start()), e = q.text().offsetByCodePoints(0, cut.end());
        return new SpeakerUtterances.Version(c.iri, q.article(), q.articleOffset(cut.start()), q.articleOffset(cut.end() - 1) + 1, q.text().substring(s, e));
    }

    /** Union-find whose representative is the smallest index, so that it does not depend on the order of unions. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) parent[i] = i;
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a), rb = find(b);
            if (ra < rb) parent[rb] = ra;
            else if (rb < ra) parent[ra] = rb;
        }
    }
}
