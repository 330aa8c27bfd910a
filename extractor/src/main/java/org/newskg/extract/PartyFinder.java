package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.ingest.ArticleMetadata;

/**
 * Party membership that the text states about a named person, as the English-language press of any country
 * writes it. Each rule is one construction:
 * <ul>
 * <li>{@code modifier}: the party before a role and the name ("Republican Sen. Lindsey Graham", "Congress MP
 * Asha Mehta", "the SNP's Westminster leader X", "DMK chief and Chief Minister X");</li>
 * <li>{@code party-state-tag}: "Rep. Adam Schiff, D-Calif.", and a party in brackets after the name ("X (Lab)");</li>
 * <li>{@code apposition}: "Marco Rubio, a Florida Republican,", "X, the Conservative MP for Harbor", and before
 * the name ("the top Democrat on the committee, Adam Schiff");</li>
 * <li>{@code role-of-party}: "X, leader of the Green Party", "X, who leads the Greens", "X was ousted as leader
 * of the National Party", "X beat Y to lead the Nationals" (both);</li>
 * <li>{@code list}: a group's party carried to the names it lists ("Labour figures such as X and deputy leader Y");</li>
 * <li>{@code fellow}: "fellow Conservative X" after a named person states the party of both;</li>
 * <li>{@code role-coreference}: "the Democratic governor said" is the article's only governor.</li>
 * </ul>
 * A party word shared by countries or with an ordinary reading is decided by {@link PartyContext}; undecided, it
 * gives nothing. An organization's name, a group without names ("three Republican senators"), a rival ("a
 * Democratic challenger to Sen. X") and what the reader may know but the text does not say give nothing.
 */
final class PartyFinder {
    /** Nouns for a person in politics; a party word before one of them describes the person. */
    static final Set<String> ROLES = Words.of("mp", "mps", "mla", "mlas", "msp", "msps", "mep", "meps", "td", "tds", "mpp",
            "mpps", "mna", "mnas", "mlc", "mlcs", "senator", "senators", "sen.", "sen", "rep.", "rep", "representative",
            "representatives", "congressman", "congresswoman", "congressmen", "lawmaker", "lawmakers", "legislator",
            "legislators", "parliamentarian", "parliamentarians", "backbencher", "backbenchers", "frontbencher",
            "frontbenchers", "minister", "ministers", "leader", "leaders", "chief", "president", "chairman", "chairwoman",
            "chair", "chairperson", "spokesperson", "spokesman", "spokeswoman", "candidate", "candidates", "nominee",
            "councillor", "councillors", "councilor", "councilors", "member", "members", "politician", "politicians",
            "figure", "figures", "heavyweight", "heavyweights", "veterans", "colleague", "colleagues", "governor",
            "governors", "mayor", "premier", "whip", "secretary", "treasurer", "peer", "peers", "assemblyman",
            "assemblywoman", "delegate", "delegates", "incumbent", "stalwart", "stalwarts", "loyalist", "loyalists",
            "grandee", "grandees", "worker", "workers", "hopeful", "hopefuls", "contender", "strategist", "operative",
            "deputy", "presidential", "pm", "mk", "mks", "leadership", "founder", "co-founder", "chieftain", "chieftains",
            "secretary-general", "general-secretary", "secretary general", "legislator", "senator-elect", "convener", "convenor");
    /** Words that may stand between the party and the role: "Tory rebel backbencher", "BJP state unit chief". */
    private static final Set<String> ROLE_MODIFIERS = Words.of("former", "ex", "ex-", "veteran", "senior", "junior", "fellow",
            "rebel", "shadow", "party", "parliamentary", "state", "national", "general", "vice", "assistant", "acting",
            "first-term", "rookie", "outgoing", "unit", "frontbench", "backbench", "opposition", "deputy", "and", "-",
            "long-serving", "longtime", "sitting", "local", "district", "city", "regional", "federal", "provincial",
            "upper", "lower", "house", "lok", "sabha", "rajya", "assembly", "cabinet", "chief", "prime", "union",
            "governorship", "mayoral", "senatorial", "gubernatorial", "leadership", "by-election", "presidential");
    private static final Set<String> GROUP_OPENERS = Words.of("such as", "including", "like", ", among them", "among them",
            ", including", "among whom", ", such as");
    private static final Set<String> NOT_MEMBERSHIP_AFTER = Words.of("challenger", "rival", "opponent", "critic",
            "foe", "donor", "donors", "voter", "voters", "supporter", "supporters", "strategists", "-led", "-controlled",
            "national", "primary", "leaning", "turned", "government", "administration", "ally", "allies", "sympathiser",
            "sympathizer", "-backed", "-aligned");
    private static final Set<String> ORG_HEADS_AFTER = Words.of("committee", "convention", "council", "government",
            "group", "caucus", "administration", "campaign", "headquarters", "office", "office's", "manifesto",
            "conference", "platform", "primary", "primaries", "ticket", "establishment", "base", "voters", "majority",
            "minority", "senators", "mps", "members", "lawmakers", "leadership", "race", "contest", "ballot", "vote",
            "supporters", "policy", "policies", "plan", "bill", "budget", "-led", "state", "states", "stronghold", "seat",
            "seats", "wing", "faction", "youth", "women", "candidate", "candidates", "nominee", "nomination", "figures");
    /** Words that end the noun phrase of a role: "Labour's pick for mayor" is no role of the party's. */
    private static final Set<String> FUNCTION_WORDS = Words.of("of", "for", "to", "with", "in", "on", "at", "by", "from",
            "and", "or", "but", "who", "which", "that", "said", "says");
    private static final Pattern TAG = Pattern.compile("^\\s*[,(]\\s*([A-Z][a-z]{0,3})-([A-Z][A-Za-z. ]{1,14}?)\\.?\\s*[,)]");
    /** "X, leader of the Greens", "X, who is deputy leader of", "X was ousted as leader of", "X is a member of". */
    private static final Pattern BEFORE_ROLE = Pattern.compile("^(?:, (?:a |an |the )?|, who (?:(?:is|was|has been|had been|"
            + "became|remains|will be|also|now|currently|once again|again) )*(?:a |an |the )?|(?:(?:is|was|has been|had been|"
            + "became|becomes|remains|will be|also|now|currently|once again|again) )*(?:(?:ousted|elected|re-elected|chosen|"
            + "appointed|installed|named|confirmed|dumped|removed|replaced|sworn|voted|made|reappointed) )?(?:in )?(?:as )?"
            + "(?:a |an |the )?)$");
    /** "X leads the Greens", "X, who heads the DMK". */
    private static final Pattern BEFORE_VERB = Pattern.compile("^(?:, who )?(?:(?:also|now|currently|still) )?$");
    private static final Pattern BEFORE_TO_LEAD = Pattern.compile("^(?:(?:is|was|has been|had been|will be) )?(?:(?:elected|"
            + "chosen|picked|tapped|voted|installed|set|poised|expected) )?to $");
    private static final Set<String> LEAD_VERBS = Words.of("leads", "led", "lead", "leading", "heads", "headed", "head",
            "heading", "chairs", "chaired", "joined", "rejoined");
    private static final Set<String> CONTEST_VERBS = Words.of("beat", "beats", "defeated", "defeats", "edged", "ousted",
            "toppled", "unseated", "saw", "narrowly", "outpolled", "trounced");
    private static final Map<String, String> ROLE_CANON = Map.ofEntries(Map.entry("gov", "governor"),
            Map.entry("gov.", "governor"), Map.entry("governor", "governor"), Map.entry("sen", "senator"),
            Map.entry("sen.", "senator"), Map.entry("senator", "senator"), Map.entry("rep", "representative"),
            Map.entry("rep.", "representative"), Map.entry("representative", "representative"),
            Map.entry("congressman", "representative"), Map.entry("congresswoman", "representative"),
            Map.entry("president", "president"), Map.entry("mp", "mp"), Map.entry("mla", "mla"), Map.entry("leader", "leader"),
            Map.entry("premier", "premier"), Map.entry("mayor", "mayor"), Map.entry("nominee", "nominee"),
            Map.entry("chairman", "chairman"), Map.entry("chairwoman", "chairman"), Map.entry("senator-elect", "senator"));

    private final PartyLexicon lexicon;
    private final Map<String, Schemes.PartyConcept> byTagLetter = new HashMap<>();

    PartyFinder(Schemes schemes) {
        this.lexicon = new PartyLexicon(schemes);
        for (Schemes.PartyConcept p : schemes.parties())
            if (p.country().equals("US")) for (String a : p.abbreviations()) byTagLetter.putIfAbsent(a, p);
    }

    /**
     * Names the name finder missed or cut in a party phrase: "Congress MP Asha Mehta", "Fianna Fáil TD Ciaran
     * Walsh", "National MP Hamish Reid" (found as "Reid" alone), "fellow Conservative Amelia Croft" (found as
     * "Amelia" and "Croft"). Two to three capitalised words after a party word and a role are a person; after a
     * party word alone they only join person mentions the name finder already made. Returns the mentions,
     * sorted by start, with these added.
     */
    List<Mention> withPartyPhraseNames(org.newskg.nlp.AnalyzedArticle a, List<Mention> found, List<Quote> quotes) {
        String body = a.article().body();
        List<Mention> out = new ArrayList<>(found);
        for (org.newskg.nlp.Sentence s : a.sentences()) {
            List<org.newskg.nlp.Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                PartyLexicon.Match pm = lexicon.at(t, body, i, t.size());
                if (pm == null) continue;
                ofPartyName(t, body, pm, out, quotes, s.index());
                int k = pm.end();
                boolean role = false;
                while (k < t.size() && k < pm.end() + 5) {
                    String l = t.get(k).form().toLowerCase(Locale.ROOT);
                    if (ROLES.contains(l) || l.equals("td") || Titles.isTitleWord(t.get(k).form())) role = true;
                    else if (!ROLE_MODIFIERS.contains(l) && !l.equals("'s") && !l.equals("\u2019s")) break;
                    k++;
                }
                int n = k;
                while (n < t.size() && n < k + 3 && isNameToken(t.get(n))) n++;
                if (n - k < 2 || n < t.size() && isNameToken(t.get(n))) { i = pm.end() - 1; continue; }
                int st = t.get(k).start(), en = t.get(n - 1).end();
                List<Mention> inside = new ArrayList<>();
                boolean blocked = false;
                int ts = t.get(pm.start()).start();
                for (Mention m : out) {
                    if (m.end() <= st || m.surfaceStart() >= en && m.start() >= en) continue;
                    if (m.kind() == Mention.Kind.PERSON && m.start() >= st && m.end() <= en) inside.add(m);
                    // The name finder took the whole phrase for a body: "Congress MP Asha Mehta".
                    else if (m.kind() == Mention.Kind.ORGANIZATION && role && m.start() >= ts && m.end() == en) inside.add(m);
                    else if (m.kind() != Mention.Kind.PRONOUN) blocked = true;
                }
                if (blocked || !role && inside.isEmpty() || inside.size() == 1 && inside.get(0).start() == st && inside.get(0).end() == en) {
                    i = n - 1;
                    continue;
                }
                out.removeAll(inside);
                out.add(new Mention(ts, st, en, body.substring(st, en), Mention.Kind.PERSON, Gender.UNKNOWN, s.index(), k, n,
                        MentionFinder.inQuote(quotes, st), body.substring(ts, t.get(k - 1).end()), -1));
                i = n - 1;
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    /** "Anil Desai of the BJP said": two or three name words right before "of (the) PARTY". */
    private void ofPartyName(List<org.newskg.nlp.Token> t, String body, PartyLexicon.Match pm, List<Mention> out, List<Quote> quotes, int sentence) {
        int o = pm.start() - 1;
        if (o >= 0 && t.get(o).form().equalsIgnoreCase("the")) o--;
        if (o < 2 || !t.get(o).form().equals("of")) return;
        int n = o;
        while (n > 0 && n > o - 3 && isNameToken(t.get(n - 1))) n--;
        if (o - n < 2 || n > 0 && isNameToken(t.get(n - 1))) return;
        int st = t.get(n).start(), en = t.get(o - 1).end();
        for (Mention m : out) if (m.end() > st && m.surfaceStart() < en) return;
        out.add(new Mention(st, st, en, body.substring(st, en), Mention.Kind.PERSON, Gender.UNKNOWN, sentence, n, o,
                MentionFinder.inQuote(quotes, st), "", -1));
    }

    /** A word of a person's name: capitalised, with lower-case letters, not a title, role, party or body. */
    private boolean isNameToken(org.newskg.nlp.Token t) {
        String w = t.form();
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || w.chars().noneMatch(Character::isLowerCase)) return false;
        // "Trump's" ends a phrase; the name finder's "Donald Trump" is already the name.
        if (w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("'") || w.endsWith("\u2019")) return false;
        String l = w.toLowerCase(Locale.ROOT);
        return !Titles.isTitleWord(w) && !ROLES.contains(l) && !MentionFinder.isOrgHead(w) && !MentionFinder.isGroupNoun(w)
                && !NOT_NAMES.contains(l) && !PartyContext.isPlaceCue(w);
    }

    private static final Set<String> NOT_NAMES = Words.of("the", "a", "an", "on", "in", "said", "says", "told", "has", "had",
            "was", "is", "will", "would", "and", "but", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "party", "parliament", "assembly", "this", "that", "it", "he", "she", "they", "we", "i");

    /** What one run over an article knows: the view, its party words, and the country that decides them. */
    private final class Run {
        final ArticleView v;
        final PartyContext ctx;
        final Map<Integer, PartyLexicon.Match> byEnd = new HashMap<>();
        final Map<Integer, PartyLexicon.Match> byStart = new HashMap<>();
        final List<PartyLexicon.Match> all = new ArrayList<>();
        final List<Mention> persons = new ArrayList<>();
        final Map<Integer, Mention> personByStartToken = new HashMap<>();
        final Map<Integer, Mention> personByEndToken = new HashMap<>();

        Run(ArticleView v, List<Mention> mentions) {
            this.v = v;
            for (int i = 0; i < v.tokens.size(); i = v.sentenceEndToken(i)) {
                for (PartyLexicon.Match m : lexicon.inSentence(v, i)) {
                    if (v.inQuote(v.tokens.get(m.start()).start())) continue;
                    all.add(m);
                    byEnd.put(m.end(), m);
                    byStart.put(m.start(), m);
                }
            }
            ArticleMetadata meta = v.analyzed.article().metadata();
            List<String> named = new ArrayList<>();
            for (PartyLexicon.Match m : all) if (!m.form().needsContext()) named.add(m.form().parties().get(0).country());
            this.ctx = PartyContext.of(meta.url(), meta.outlet(), meta.title().orElse("") + "\n" + v.body).withParties(named);
            for (Mention m : mentions) {
                if (m.kind() != Mention.Kind.PERSON || m.entity() < 0 || m.inQuote()) continue;
                persons.add(m);
                personByStartToken.put(v.tokenFrom(m.start()), m);
                personByEndToken.put(v.tokenFrom(m.end()), m);
            }
        }

        /** The party a match means in its sentence, or null where the context does not decide. */
        Schemes.PartyConcept party(PartyLexicon.Match m) {
            Set<String> countries = new LinkedHashSet<>();
            for (Schemes.PartyConcept p : m.form().parties()) countries.add(p.country());
            int s = v.sentenceOf.get(m.start());
            Optional<String> c = ctx.choose(countries, v.sentence(s).text(v.body), m.form().needsContext(), m.form().ordinary());
            if (c.isEmpty()) return null;
            Schemes.PartyConcept only = null;
            for (Schemes.PartyConcept p : m.form().parties()) {
                if (!p.country().equals(c.get())) continue;
                if (only != null) return null;
                only = p;
            }
            return only;
        }

        String lower(int i) { return v.word(i).toLowerCase(Locale.ROOT); }

        boolean possessiveAfter(PartyLexicon.Match pm) {
            return pm.possessive() || pm.end() < v.tokens.size() && isPossessive(pm.end());
        }

        boolean isPossessive(int i) {
            String w = v.word(i);
            return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
        }

        /** The words between two token positions, lowercased and space-joined, with a leading space unless a comma. */
        String gap(int from, int to) {
            StringBuilder b = new StringBuilder();
            for (int i = from; i < to; i++) {
                String w = lower(i);
                if (!w.equals(",") && b.length() > 0) b.append(' ');
                b.append(w.equals(",") ? "," : w);
                if (w.equals(",")) b.append(' ');
            }
            return b.toString().replaceAll("\\s+", " ").strip();
        }
    }

    /** A membership found, and whether it names a group whose party the names it lists share. */
    private record Found(Membership m, boolean group) {}

    List<Membership> find(ArticleView v, List<Mention> mentions) {
        Run r = new Run(v, mentions);
        List<Found> found = new ArrayList<>();
        for (Mention m : r.persons) {
            List<Found> one = new ArrayList<>();
            modifier(r, m, one);
            tag(r, m, one);
            bracket(r, m, one);
            ofParty(r, m, one);
            appositionAfter(r, m, one);
            appositionBefore(r, m, one);
            // "Democratic Rep. Adam Schiff, D-Calif." states it twice in one mention: one evidence, the longest.
            Map<String, Found> longest = new LinkedHashMap<>();
            for (Found f : one)
                longest.merge(f.m().party(), f, (x, y) -> x.m().evidence().length() >= y.m().evidence().length() ? x : y);
            found.addAll(longest.values());
        }
        roleOfParty(r, found);
        lists(r, found);
        fellow(r, found);
        coreference(r, found);
        return dedupe(found);
    }

    /** One evidence per mention and party (the longest), and the same phrase never twice. */
    private static List<Membership> dedupe(List<Found> found) {
        Map<String, Membership> out = new LinkedHashMap<>();
        for (Found f : found) {
            Membership m = f.m();
            String key = m.entity() + "|" + m.party() + "|" + m.evidence().start() + "|" + m.evidence().end();
            out.putIfAbsent(key, m);
        }
        // Evidence nested in a longer evidence for the same person and party says it once.
        List<Membership> list = new ArrayList<>(out.values());
        list.removeIf(a -> list.stream().anyMatch(b -> b != a && b.entity() == a.entity() && b.party().equals(a.party())
                && b.evidence().start() <= a.evidence().start() && b.evidence().end() >= a.evidence().end()
                && b.evidence().length() > a.evidence().length()));
        return list;
    }

    // ------------------------------------------------------------------ before the name

    /**
     * "Republican Sen. Lindsey Graham", "Harbor North Labour MP Kate Ruiz", "the SNP's Westminster leader X",
     * "Labour figures such as X", "a dozen Labor senators, among them X". Walk left from the name over role words
     * to a party word; capitalised words other than titles may stand between only after a possessive.
     */
    private void modifier(Run r, Mention m, List<Found> out) {
        ArticleView v = r.v;
        int ns = v.tokenFrom(m.start());
        int lo = v.sentenceStartToken(Math.min(ns, v.tokens.size() - 1));
        int k = ns - 1;
        boolean group = false;
        // A group named before its members: "Labour figures such as X".
        for (int n = 3; n >= 1; n--) {
            if (k - n + 1 < lo) continue;
            String opener = r.gap(k - n + 1, k + 1).strip();
            if (GROUP_OPENERS.contains(opener) || GROUP_OPENERS.contains(opener.replace(" ,", ","))) {
                k -= n;
                group = true;
                break;
            }
        }
        boolean caps = false, role = false, plural = false;
        for (int steps = 0; k >= lo && steps < 9; k--, steps++) {
            PartyLexicon.Match pm = r.byEnd.get(k + 1);
            if (pm != null) {
                if (!(role || steps == 0 || isPossessiveRun(r, pm, ns))) return;
                Schemes.PartyConcept p = r.party(pm);
                boolean afterPossessive = r.possessiveAfter(pm) && pm.end() <= ns;
                if (p == null) return;
                if (caps && !afterPossessive) return;
                boolean members = group && !role && pm.form().pluralMember();
                if (!role && !afterPossessive && !members && !(pm.form().adjective() || pm.form().memberNoun())) return;
                // "anti-Congress", "pro-Labour": the word before the party says it is not theirs.
                if (pm.start() > 0 && (r.lower(pm.start() - 1).equals("anti") || r.lower(pm.start() - 1).equals("pro")
                        || r.lower(pm.start() - 1).endsWith("-"))) return;
                if (group && !plural && !members) return;
                plural |= members;
                int from = v.tokens.get(pm.start()).start();
                out.add(new Found(new Membership(m.entity(), p.iri(), new TextSpan(from, m.end()), plural ? "list" : "modifier"), plural));
                return;
            }
            String w = v.word(k), l = r.lower(k);
            if (r.isPossessive(k)) continue;
            if (ROLES.contains(l) || Titles.isTitleWord(w)) {
                // The role nearest the name says whether it names one person or a group: "Labor senators X and Y".
                if (!role) plural = isPluralRole(l);
                role = true;
                continue;
            }
            if (ROLE_MODIFIERS.contains(l)) continue;
            if (Character.isUpperCase(w.charAt(0)) && !MentionFinder.isOrgHead(w) && !r.personByEndToken.containsKey(k + 1)) {
                caps = true;
                continue;
            }
            return;
        }
    }

    private static boolean isPluralRole(String l) {
        if (l.equals("congressmen")) return true;
        return l.length() > 3 && l.endsWith("s") && ROLES.contains(l) && ROLES.contains(l.substring(0, l.length() - 1));
    }

    /** Whether only a possessive and capitalised words stand between a party word and the name: "Labour's Kate". */
    private static boolean isPossessiveRun(Run r, PartyLexicon.Match pm, int to) {
        int from = pm.possessive() ? pm.end() - 1 : pm.end();
        if (from >= to || !pm.possessive() && !r.isPossessive(from)) return false;
        for (int i = from + 1; i < to; i++) if (!Character.isUpperCase(r.v.word(i).charAt(0))) return false;
        return true;
    }

    // ------------------------------------------------------------------ after the name

    /** "Rep. Adam Schiff, D-Calif." */
    private void tag(Run r, Mention m, List<Found> out) {
        ArticleView v = r.v;
        String after = v.body.substring(m.end(), Math.min(v.body.length(), m.end() + 24));
        Matcher t = TAG.matcher(after);
        if (!t.find()) return;
        Schemes.PartyConcept p = byTagLetter.get(t.group(1));
        if (p == null) return;
        // The evidence ends with the tag: its closing parenthesis belongs to it, a following comma does not.
        int end = m.end() + t.end() - (after.charAt(t.end() - 1) == ')' ? 0 : 1);
        out.add(new Found(new Membership(m.entity(), p.iri(), new TextSpan(m.surfaceStart(), end), "party-state-tag"), false));
    }

    /** "Kate Ruiz (Lab)", "Ravi Patel (BJP)", "Tom Alcott (Con, Harbor North)". */
    private void bracket(Run r, Mention m, List<Found> out) {
        ArticleView v = r.v;
        int i = v.tokenFrom(m.end());
        if (i + 2 >= v.tokens.size() || !v.word(i).equals("(")) return;
        PartyLexicon.Match pm = r.byStart.get(i + 1);
        if (pm == null) return;
        String next = v.word(pm.end());
        if (!next.equals(")") && !next.equals(",") && !next.equals("-")) return;
        Schemes.PartyConcept p = r.party(pm);
        if (p == null) return;
        int close = pm.end();
        while (close < v.tokens.size() && close < pm.end() + 6 && !v.word(close).equals(")")) close++;
        if (close >= v.tokens.size() || !v.word(close).equals(")")) return;
        out.add(new Found(new Membership(m.entity(), p.iri(), new TextSpan(m.surfaceStart(), v.tokens.get(close).end()), "party-state-tag"), false));
    }

    /** "Anil Desai of the BJP said": the party named right after the name. */
    private void ofParty(Run r, Mention m, List<Found> out) {
        ArticleView v = r.v;
        int i = v.tokenFrom(m.end());
        if (i + 1 >= v.tokens.size() || !r.lower(i).equals("of")) return;
        int j = r.lower(i + 1).equals("the") ? i + 2 : i + 1;
        PartyLexicon.Match pm = r.byStart.get(j);
        if (pm == null || !endsPhrase(r, pm)) return;
        Schemes.PartyConcept p = r.party(pm);
        if (p == null) return;
        out.add(new Found(new Membership(m.entity(), p.iri(), new TextSpan(m.surfaceStart(), v.tokens.get(pm.end() - 1).end()), "apposition"), false));
    }

    /** Whether a party word stands as a noun phrase of its own: not "the Republican National Committee", "the Labour-led council". */
    private static boolean endsPhrase(Run r, PartyLexicon.Match pm) {
        ArticleView v = r.v;
        int after = pm.end();
        if (after >= v.tokens.size() || !v.sentenceOf.get(after).equals(v.sentenceOf.get(pm.start()))) return true;
        String n = r.lower(after);
        if (pm.possessive() || r.isPossessive(after)) return false;
        return !(ORG_HEADS_AFTER.contains(n) || n.startsWith("-") || Character.isUpperCase(v.word(after).charAt(0))
                || ROLES.contains(n) || NOT_MEMBERSHIP_AFTER.contains(n));
    }

    /** "Marco Rubio, a Florida Republican,", "X, the Conservative MP for Harbor", "X, the SNP's Westminster leader". */
    private void appositionAfter(Run r, Mention m, List<Found> out) {
        ArticleView v = r.v;
        int ti = v.tokenFrom(m.end());
        if (ti >= v.tokens.size() || !v.word(ti).equals(",")) return;
        int j = ti + 1;
        if (j >= v.tokens.size()) return;
        int sEnd = v.sentenceEndToken(j);
        // "X, who is the BJP candidate from Y": a relative clause with a copula reads as the apposition.
        if (j + 2 < sEnd && r.lower(j).equals("who") && Set.of("is", "was").contains(r.lower(j + 1))) j += 2;
        else if (j + 3 < sEnd && r.lower(j).equals("who") && r.lower(j + 1).equals("has") && r.lower(j + 2).equals("been")) j += 3;
        boolean det = isDeterminer(v.word(j));
        for (int k = det ? j + 1 : j; k < Math.min(sEnd, j + 6); k++) {
            String w = v.word(k);
            if (w.equals(",") || w.equals(".") || r.isPossessive(k) || w.equalsIgnoreCase("of") || w.equalsIgnoreCase("to")
                    || w.equalsIgnoreCase("for") || w.equalsIgnoreCase("with")) return;
            PartyLexicon.Match pm = r.byStart.get(k);
            if (pm == null) {
                if (!det) return;
                continue;
            }
            // "a former Republican who now sits as an independent" states the opposite.
            String prev = r.lower(k - 1);
            if (prev.equals("former") || prev.equals("ex") || prev.equals("ex-") || prev.equals("onetime")) return;
            int after = pm.end();
            String next = after < sEnd ? r.lower(after) : ".";
            if (NOT_MEMBERSHIP_AFTER.contains(next) || next.startsWith("-")) return;
            int roleEnd = -1;
            if (r.possessiveAfter(pm)) {
                // "the SNP's Westminster leader": capitalised words, then a role.
                int q = pm.possessive() ? after : after + 1;
                while (q < sEnd && q < after + 5 && !ROLES.contains(r.lower(q)) && (Character.isUpperCase(v.word(q).charAt(0))
                        || r.lower(q).matches("\\p{Ll}+") && !FUNCTION_WORDS.contains(r.lower(q)))) q++;
                if (q < sEnd && ROLES.contains(r.lower(q))) roleEnd = q;
                else return;
            } else {
                // "Ivanka Trump, the Republican presidential nominee's eldest daughter": the party is her father's.
                for (int q = after; q < Math.min(sEnd, after + 4) && !v.word(q).equals(","); q++)
                    if (r.isPossessive(q) || v.word(q).endsWith("'s") || v.word(q).endsWith("\u2019s")) return;
                int q = after;
                while (q < sEnd && q < after + 3 && ROLE_MODIFIERS.contains(r.lower(q)) && !ROLES.contains(r.lower(q))) q++;
                if (q < sEnd && (ROLES.contains(r.lower(q)) || Titles.isTitleWord(v.word(q)) && !ORG_HEADS_AFTER.contains(r.lower(q))))
                    roleEnd = q;
                else if (!pm.form().memberNoun() || !det) return;
            }
            Schemes.PartyConcept p = r.party(pm);
            if (p == null) return;
            int endTok = roleEnd >= 0 ? roleEnd : pm.end() - 1;
            out.add(new Found(new Membership(m.entity(), p.iri(), new TextSpan(m.surfaceStart(), v.tokens.get(endTok).end()), "apposition"), false));
            return;
        }
    }

    /** "Another Senate Republican, Marco Rubio," / "the top Democrat on the committee, Adam Schiff". */
    private void appositionBefore(Run r, Mention m, List<Found> out) {
        ArticleView v = r.v;
        int ti = v.tokenFrom(m.surfaceStart()) - 1;
        if (ti < 1 || !v.word(ti).equals(",")) return;
        int sLo = v.sentenceStartToken(ti);
        for (int k = ti - 1; k >= Math.max(sLo, ti - 9); k--) {
            String w = v.word(k);
            if (w.equals(",") || w.equalsIgnoreCase("with") || w.equalsIgnoreCase("for") || w.equalsIgnoreCase("against")
                    || v.mentionByEnd.containsKey(v.tokens.get(k).end()) && k == ti - 1) return;
            PartyLexicon.Match pm = r.byEnd.get(k + 1);
            if (pm == null) continue;
            if (!pm.form().adjective() && !pm.form().memberNoun()) return;
            boolean noun = pm.form().memberNoun();
            String next = k + 1 < ti ? r.lower(k + 1) : ",";
            if (!noun && !ROLES.contains(next)) return;
            if (NOT_MEMBERSHIP_AFTER.contains(next)) return;
            // The phrase must open with a determiner: "Another Senate Republican", "the top Democrat".
            int d = pm.start() - 1;
            while (d >= sLo && d > pm.start() - 4 && !isDeterminer(v.word(d))) d--;
            if (d < sLo || !isDeterminer(v.word(d))) return;
            if (d > sLo && v.word(d - 1).equalsIgnoreCase("of")) return;
            Schemes.PartyConcept p = r.party(pm);
            if (p == null) return;
            out.add(new Found(new Membership(m.entity(), p.iri(), new TextSpan(v.tokens.get(d).start(), m.end()), "apposition"), false));
            return;
        }
    }

    // ------------------------------------------------------------------ the party as an object

    /**
     * "X, leader of the Green Party", "X, who leads the Greens", "X was ousted as leader of the National Party",
     * "X beat Y in a party-room ballot to lead the Nationals". The party is the object of a role ("leader of")
     * or of a verb of leading or joining; the person is the nearest one before it, joined to it only by an
     * apposition, a relative clause or a copula.
     */
    private void roleOfParty(Run r, List<Found> out) {
        ArticleView v = r.v;
        for (PartyLexicon.Match pm : r.all) {
            int a = pm.start();
            if (a > 0 && r.lower(a - 1).equals("the")) a--;
            if (a < 1) continue;
            if (!endsPhrase(r, pm)) continue;
            int lo = v.sentenceStartToken(pm.start());
            String trigger = r.lower(a - 1);
            int phraseStart;
            boolean verb = LEAD_VERBS.contains(trigger);
            if (verb) {
                phraseStart = a - 1;
            } else if (trigger.equals("of")) {
                int q = a - 2;
                if (q < lo || !ROLES.contains(r.lower(q))) continue;
                while (q - 1 >= lo && (ROLE_MODIFIERS.contains(r.lower(q - 1)) || ROLES.contains(r.lower(q - 1)))) q--;
                if (r.lower(q).equals("former") || r.lower(q).equals("ex-")) continue;
                phraseStart = q;
            } else continue;
            boolean infinitive = verb && phraseStart - 1 >= lo && r.lower(phraseStart - 1).equals("to");
            // The nearest person before the phrase.
            Mention subject = null;
            for (int q = phraseStart - 1; q >= Math.max(lo, phraseStart - 14); q--) {
                Mention m = r.personByEndToken.get(q + 1);
                if (m != null && v.tokenFrom(m.end()) == q + 1) { subject = m; break; }
            }
            if (subject == null) continue;
            int subjEnd = v.tokenFrom(subject.end());
            String gap = r.gap(subjEnd, phraseStart);
            Schemes.PartyConcept p = r.party(pm);
            if (p == null) continue;
            int evEnd = v.tokens.get(pm.end() - 1).end();
            List<Mention> who = new ArrayList<>();
            if (verb && infinitive) {
                // "X beat Y in a party-room ballot to lead the Nationals": a contest for the party's lead is between members.
                String g = r.gap(subjEnd, phraseStart - 1);
                if (BEFORE_TO_LEAD.matcher(g.isEmpty() ? "to " : g + " to ").matches()) who.add(subject);
                else if (g.matches("^in (?:a|the) [a-z -]*(?:ballot|vote|contest|spill|race)$")) {
                    who.add(subject);
                    Mention rival = contestWinner(r, subject, lo);
                    if (rival != null) who.add(rival);
                }
            } else if ((verb ? BEFORE_VERB : BEFORE_ROLE).matcher(gap.isEmpty() ? "" : gap + " ").matches()) {
                who.add(subject);
            }
            for (Mention m : who)
                out.add(new Found(new Membership(m.entity(), p.iri(), new TextSpan(m.surfaceStart(), evEnd), "role-of-party"), false));
        }
    }

    /** In "X beat Y in a ballot", X: the person before Y, joined to Y by a verb of winning. */
    private static Mention contestWinner(Run r, Mention loser, int lo) {
        int ls = r.v.tokenFrom(loser.surfaceStart());
        for (int q = ls - 1; q >= Math.max(lo, ls - 4); q--) {
            if (!CONTEST_VERBS.contains(r.lower(q))) continue;
            for (int p = q - 1; p >= Math.max(lo, q - 3); p--) {
                Mention m = r.personByEndToken.get(p + 1);
                if (m != null && r.v.tokenFrom(m.end()) == p + 1) return m;
                if (!r.lower(p).equals("narrowly")) break;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ across names

    /** "Labour figures such as X and deputy leader Y": the names a group lists share its party. */
    private void lists(Run r, List<Found> found) {
        ArticleView v = r.v;
        List<Found> add = new ArrayList<>();
        for (Found f : found) {
            if (!f.group()) continue;
            Mention m = personOf(r, f.m());
            if (m == null) continue;
            int k = v.tokenFrom(m.end());
            int sEnd = v.sentenceEndToken(Math.max(0, k - 1));
            while (k < sEnd) {
                int q = k;
                boolean joined = false;
                while (q < sEnd && (v.word(q).equals(",") || r.lower(q).equals("and") || ROLES.contains(r.lower(q))
                        || ROLE_MODIFIERS.contains(r.lower(q)) || Titles.isTitleWord(v.word(q)))) {
                    if (v.word(q).equals(",") || r.lower(q).equals("and")) joined = true;
                    q++;
                }
                Mention next = r.personByStartToken.get(q);
                if (!joined || next == null) break;
                // The surface of the next name may begin with its title.
                add.add(new Found(new Membership(next.entity(), f.m().party(), new TextSpan(f.m().evidence().start(), next.end()), "list"), false));
                k = v.tokenFrom(next.end());
            }
        }
        found.addAll(add);
    }

    /** "Fellow Conservative Tom Alcott agreed" after Kate Ruiz spoke: Kate Ruiz is a Conservative too. */
    private void fellow(Run r, List<Found> found) {
        ArticleView v = r.v;
        List<Found> add = new ArrayList<>();
        for (Found f : found) {
            if (!f.m().pattern().equals("modifier")) continue;
            int s = v.tokenFrom(f.m().evidence().start());
            if (s == 0 || !r.lower(s - 1).equals("fellow")) continue;
            Mention m = personOf(r, f.m());
            if (m == null) continue;
            Mention before = null;
            int sentence = v.sentenceOf.get(s);
            for (Mention p : r.persons) {
                if (p.end() > v.tokens.get(s - 1).start() || p.entity() == m.entity()) continue;
                if (sentence - p.sentence() > 1) continue;
                before = p;
            }
            if (before == null || conflicts(found, before.entity(), f.m().party())) continue;
            add.add(new Found(new Membership(before.entity(), f.m().party(), new TextSpan(v.tokens.get(s - 1).start(), f.m().evidence().end()),
                    "fellow"), false));
        }
        found.addAll(add);
    }

    /**
     * "the Democratic governor said": a party with a role noun and no name is the article's one person with that
     * role mentioned before it, when exactly one fits and none of them is stated to be of another party.
     */
    private void coreference(Run r, List<Found> found) {
        ArticleView v = r.v;
        Map<String, Set<Integer>> roleHolders = new HashMap<>();
        Map<Integer, Integer> firstToken = new HashMap<>();
        for (Mention m : r.persons) {
            firstToken.merge(m.entity(), v.tokenFrom(m.surfaceStart()), Math::min);
            for (String w : m.title().toLowerCase(Locale.ROOT).split("\\s+"))
                if (ROLE_CANON.containsKey(w)) roleHolders.computeIfAbsent(ROLE_CANON.get(w), k -> new HashSet<>()).add(m.entity());
        }
        for (Found f : new ArrayList<>(found)) {
            int a = v.tokenFrom(f.m().evidence().start()), b = v.tokenFrom(f.m().evidence().end());
            for (int i = a; i < b; i++)
                if (ROLE_CANON.containsKey(r.lower(i)))
                    roleHolders.computeIfAbsent(ROLE_CANON.get(r.lower(i)), k -> new HashSet<>()).add(f.m().entity());
        }
        for (PartyLexicon.Match pm : r.all) {
            if (pm.start() < 1 || !r.lower(pm.start() - 1).equals("the")) continue;
            int k = pm.end();
            while (k < v.tokens.size() && k < pm.end() + 2 && (ROLE_MODIFIERS.contains(r.lower(k)) || r.lower(k).equals("presidential"))
                    && !ROLE_CANON.containsKey(r.lower(k))) k++;
            if (k >= v.tokens.size() || !ROLE_CANON.containsKey(r.lower(k))) continue;
            if (!v.sentenceOf.get(k).equals(v.sentenceOf.get(pm.start()))) continue;
            // A name after the role is the modifier rule's; a comma before "the" after a name is an apposition.
            if (k + 1 < v.tokens.size() && (r.personByStartToken.containsKey(k + 1) || Character.isUpperCase(v.word(k + 1).charAt(0))
                    || r.isPossessive(k + 1) || r.lower(k + 1).equals("of") || r.lower(k + 1).equals("for"))) continue;
            int the = pm.start() - 1;
            if (the > 0 && v.word(the - 1).equals(",") && r.personByEndToken.containsKey(the - 1)) continue;
            Schemes.PartyConcept p = r.party(pm);
            if (p == null) continue;
            Set<Integer> holders = roleHolders.getOrDefault(ROLE_CANON.get(r.lower(k)), Set.of());
            List<Integer> fit = new ArrayList<>();
            for (int e : holders) if (firstToken.getOrDefault(e, Integer.MAX_VALUE) < the && !conflicts(found, e, p.iri())) fit.add(e);
            if (fit.size() != 1) continue;
            found.add(new Found(new Membership(fit.get(0), p.iri(), new TextSpan(v.tokens.get(the).start(), v.tokens.get(k).end()),
                    "role-coreference"), false));
        }
    }

    private static boolean conflicts(List<Found> found, int entity, String party) {
        for (Found f : found) if (f.m().entity() == entity && !f.m().party().equals(party)) return true;
        return false;
    }

    private static Mention personOf(Run r, Membership ms) {
        for (Mention m : r.persons)
            if (m.entity() == ms.entity() && m.end() <= ms.evidence().end() && m.end() > ms.evidence().start()) return m;
        return null;
    }

    private static boolean isDeterminer(String w) {
        return Set.of("a", "an", "the", "another", "fellow").contains(w.toLowerCase(Locale.ROOT));
    }
}
