package org.newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.NameMention;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Person and organization mentions: the name finder's spans, widened to take in the title before a name and
 * cut to leave out a possessive; names after an honorific or title that the model missed; organizations
 * that speak for themselves ("the White House"); and third-person pronouns for coreference.
 */
public final class MentionFinder {
    /** Heads that make a capitalised phrase an organization whatever the name finder says. */
    private static final Set<String> ORG_HEADS = Words.of("house", "department", "ministry", "committee", "campaign",
            "agency", "office", "party", "council", "commission", "administration", "court", "congress", "senate",
            "government", "bureau", "service", "university", "institute", "foundation", "association", "union",
            "times", "post", "journal", "news", "press", "reuters", "network", "cnn", "fbi", "cia", "nsa", "pentagon",
            "kremlin", "inc.", "corp.", "company", "group", "center", "centre", "board", "authority", "police",
            "command", "army", "navy", "coalition", "organization", "organisation", "fund", "bank", "tribune",
            "herald", "gazette", "ledger", "wire", "daily", "magazine", "channel", "poll", "team", "convention",
            "conference", "summit", "caucus", "caucuses", "primary", "debate", "act", "bill", "law", "amendment", "day",
            // The last words of companies' and institutions' names: "Lenox Healthcare", "Harbor Holdings", "Ridge Hospital".
            "healthcare", "holdings", "industries", "partners", "technologies", "airlines", "airways", "pharmaceuticals",
            "enterprises", "ventures", "laboratories", "labs", "systems", "solutions", "communications", "llc", "plc", "ltd", "ltd.",
            "hospital", "school", "college",
            "museum", "society", "federation", "alliance", "movement",
            // "Pakistan Muslim League-Nawaz", "Awami League", "the Arab League": a league is a body, never a person's name.
            "league");
    /** Words that open sentences in capitals and are never part of a name. */
    private static final Set<String> NOT_NAME = Words.of("although", "however", "but", "and", "then", "when", "while", "if", "as",
            "after", "before", "since", "because", "meanwhile", "still", "yet", "so", "also", "though", "even", "now", "today",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
            "april", "june", "july", "august", "september", "october", "november", "december", "i'd", "i'm", "i've", "i'll",
            "says", "said", "tells", "told", "sees", "asks", "wants", "calls", "slams", "blasts", "warns", "claims",
            "everything", "nothing", "everyone", "nobody", "something", "here", "there", "this", "that", "these", "those",
            "what", "why", "how", "who", "where", "breaking", "exclusive", "watch", "update", "analysis", "opinion", "video");
    private static final Set<String> GROUP_NOUNS = Words.of("officials", "official", "sources", "source", "aides",
            "aide", "spokesman", "spokeswoman", "spokesperson", "critics", "experts", "analysts", "observers",
            "lawmakers", "democrats", "republicans", "advisers", "supporters", "opponents", "statement",
            "people", "residents", "voters", "leaders", "members", "investigators", "prosecutors", "police",
            "authorities", "diplomats", "insiders", "staffers", "associates", "allies", "rivals", "campaign");

    /** Parliamentary role nouns written in capitals: "a Labour MP said" names no one called "MP". */
    private static final Set<String> ROLE_NOUNS = Words.of("mp", "mps", "mla", "mlas", "msp", "msps", "mep", "meps", "td",
            "tds", "mpp", "mpps", "mna", "mnas", "mlc", "mlcs");

    private MentionFinder() {}

    static List<Mention> find(AnalyzedArticle a, List<Quote> quotes) {
        String text = a.analysisText();
        List<Mention> out = new ArrayList<>();
        boolean[] covered = new boolean[text.length() + 1];
        for (NameMention nm : a.names()) {
            if (!nm.type().equals("person") && !nm.type().equals("organization")) continue;
            Sentence s = a.sentences().get(nm.sentence());
            Mention m = fromName(a, s, nm, quotes);
            if (m == null) continue;
            out.add(m);
            int from = m.surfaceStart();
            // "Harbor Radio's Gloria Penrose": the possessor cut off a name is no name of its own to find again.
            if (nm.start() < from) {
                String possessor = text.substring(nm.start(), from).strip();
                if (isPossessive(possessor.substring(possessor.lastIndexOf(' ') + 1))) from = nm.start();
            }
            for (int i = from; i < m.end(); i++) covered[i] = true;
        }
        // "Pakistan", "New Zealand": what the name finder calls a place is no person, whatever a later rule would say.
        Set<String> places = new java.util.HashSet<>();
        boolean[] place = new boolean[text.length() + 1];
        for (NameMention nm : a.names()) {
            if (!nm.type().equals("location")) continue;
            places.add(EntityTracker.clean(nm.text()));
            // "High Commissioner to [India Peter Voss]": the place ends where a common given name opens a name.
            int end = nm.end();
            List<Token> st = a.sentences().get(nm.sentence()).tokens();
            for (int k = nm.firstToken() + 1; k + 1 < nm.endToken(); k++)
                if (FirstNames.known(st.get(k).form()) && !FirstNames.ambiguous(st.get(k).form())) { end = st.get(k).start(); break; }
            for (int i = nm.start(); i < end; i++) if (!covered[i]) covered[i] = place[i] = true;
        }
        for (Sentence s : a.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                Token tok = t.get(i);
                if (covered[tok.start()]) continue;
                Optional<Gender> pg = Titles.pronoun(tok.form());
                if (pg.isPresent() && (tok.form().equalsIgnoreCase("he") || tok.form().equalsIgnoreCase("she"))) {
                    out.add(new Mention(tok.start(), tok.start(), tok.end(), tok.form(), Mention.Kind.PRONOUN, pg.get(),
                            s.index(), i, i + 1, inQuote(quotes, tok.start()), "", -1));
                    continue;
                }
                // A title or honorific followed by capitalised words the model did not tag: "Sen. Graham", "Mr Mnuchin".
                if (Titles.isTitleWord(tok.form()) && Character.isUpperCase(tok.form().charAt(0))) {
                    int j = i;
                    while (j < t.size() && Titles.isTitleWord(t.get(j).form()) && Character.isUpperCase(t.get(j).form().charAt(0))) j++;
                    int k = j;
                    while (k < t.size() && isNameWord(t.get(k)) && !covered[t.get(k).start()]) k++;
                    if (k > j && k - j <= 4 && titleImpliesPerson(t, i, j)) {
                        int end = t.get(k - 1).end();
                        String name = text.substring(t.get(j).start(), end);
                        out.add(new Mention(tok.start(), t.get(j).start(), end, a.article().body().substring(t.get(j).start(), end),
                                Mention.Kind.PERSON, genderOf(t, i, j), s.index(), j, k, inQuote(quotes, tok.start()),
                                text.substring(tok.start(), t.get(j - 1).end()), -1));
                        for (int c = tok.start(); c < end; c++) covered[c] = true;
                        i = k - 1;
                    }
                }
            }
        }
        // A place the name finder called a person in one sentence ("New Zealand's") and a place in another is a place.
        // Not the surname of someone the article names in full, though: the name finder also calls "Poilievre" a place.
        Set<String> people = new java.util.HashSet<>();
        for (Mention m : out) {
            String n = EntityTracker.clean(m.name());
            if (m.kind() == Mention.Kind.PERSON && EntityTracker.words(n).length >= 2 && !places.contains(n)) {
                people.add(n);
                people.add(EntityTracker.surname(n));
            }
        }
        out.removeIf(m -> m.kind() == Mention.Kind.PERSON && m.title().isBlank() && isPlace(m, places, people));
        out.removeIf(m -> readMostlyAsNoPerson(a, m, people));
        givenNameRuns(a, quotes, covered, out);
        knownSurnames(a, quotes, covered, place, out);
        cueAdjacentNames(a, quotes, covered, place, out);
        out.replaceAll(m -> withGivenNameBefore(a, m, covered));
        // "the Clinton-Sanders race" joins two people the article names elsewhere; it is not one surname.
        java.util.Set<String> otherNames = new java.util.HashSet<>();
        for (Mention m : out)
            if (m.kind() == Mention.Kind.PERSON && EntityTracker.words(EntityTracker.clean(m.name())).length >= 2)
                otherNames.add(EntityTracker.surname(m.name()));
        // "Bilawal Bhutto-Zardari" where the article also writes "(Bilawal) Bhutto Zardari": one person's two surnames.
        java.util.Set<String> lastTwo = new java.util.HashSet<>();
        for (Mention m : out) {
            String[] w = EntityTracker.words(EntityTracker.clean(m.name()));
            if (m.kind() == Mention.Kind.PERSON && w.length >= 2) lastTwo.add(w[w.length - 2] + " " + w[w.length - 1]);
        }
        out.replaceAll(m -> withHyphenatedSurname(a, m, otherNames, lastTwo));
        // The second half of a hyphenated surname may have been taken for a name of its own.
        List<Mention> joined = out.stream().filter(m -> m.kind() == Mention.Kind.PERSON && m.name().contains("-")).toList();
        out.removeIf(m -> joined.stream().anyMatch(j -> j != m && m.start() > j.start() && m.start() < j.end()));
        out.removeIf(m -> isPlaceAfterPerson(a, m, out));
        out.removeIf(m -> isPluralOfPeople(a, m, text));
        // Words of the full person names the article gives: a surname is a name even where it is also a word or a place.
        Set<String> nameWords = new java.util.HashSet<>();
        for (Mention m : out)
            if (m.kind() == Mention.Kind.PERSON && EntityTracker.words(EntityTracker.clean(m.name())).length >= 2)
                nameWords.addAll(List.of(EntityTracker.words(EntityTracker.clean(m.name()))));
        out.removeIf(m -> isPlaceOrPeople(m, nameWords));
        out.removeIf(m -> isCommonWord(a, m, nameWords, text));
        for (Sentence s : a.sentences()) Descriptions.find(s, a.article().body(), quotes, covered, out);
        out.sort(Comparator.comparingInt(Mention::start));
        joinSplitNames(a, out);
        return out;
    }

    /**
     * "PM Ravi" then "Mehta": the name finder may stop after a given name that a title opens; a surname alone right
     * after it, one space apart, is the rest of the name.
     */
    private static void joinSplitNames(AnalyzedArticle a, List<Mention> out) {
        String body = a.article().body();
        for (int i = 0; i + 1 < out.size(); i++) {
            Mention x = out.get(i), y = out.get(i + 1);
            if (x.kind() != Mention.Kind.PERSON || y.kind() != Mention.Kind.PERSON || x.sentence() != y.sentence() || !y.title().isBlank()) continue;
            if (x.endToken() - x.firstToken() != 1 || y.endToken() - y.firstToken() != 1 || y.firstToken() != x.endToken()) continue;
            if (x.title().isBlank() && !FirstNames.known(x.name())) continue;
            if (!body.substring(x.end(), y.start()).equals(" ")) continue;
            out.set(i, new Mention(x.surfaceStart(), x.start(), y.end(), body.substring(x.start(), y.end()), x.kind(), x.gender(), x.sentence(),
                    x.firstToken(), y.endToken(), x.inQuote(), x.title(), -1));
            out.remove(i + 1);
        }
    }

    /**
     * "NATO member Estonia as being in the 'suburbs of St. Petersburg'": one word the name finder reads as a person
     * in one sentence and as a body, a place or something else in more sentences than that is no person (one sense
     * per discourse): the reading of the majority wins. Not a word of a full name the article gives ("Poilievre"
     * read as a place), nor one with a capitalised title before it ("Sen. Graham").
     */
    private static boolean readMostlyAsNoPerson(AnalyzedArticle a, Mention m, Set<String> people) {
        if (m.kind() != Mention.Kind.PERSON || m.endToken() - m.firstToken() != 1 || m.title().chars().anyMatch(Character::isUpperCase)) return false;
        String n = EntityTracker.clean(m.name());
        if (people.contains(n)) return false;
        int person = 0, other = 0;
        for (NameMention nm : a.names()) {
            if (!EntityTracker.clean(nm.text()).equals(n)) continue;
            if (nm.type().equals("person")) person++;
            else other++;
        }
        return other > person;
    }

    /**
     * The capitalised words the article writes right after another capitalised name word ("Karl Hansen", "Leslie
     * Wimes"): surnames of someone's full name, whether or not the name finder found it.
     */
    static Set<String> wordsAfterNames(AnalyzedArticle a) {
        Set<String> out = new java.util.HashSet<>();
        for (Sentence s : a.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 1; i < t.size(); i++)
                if (isNameWordAnyTag(t.get(i)) && isNameWordAnyTag(t.get(i - 1)) && t.get(i - 1).end() < t.get(i).start()
                        && !Titles.isTitleWord(t.get(i - 1).form())) out.add(t.get(i).form());
        }
        return out;
    }

    /**
     * "Pakistan", "Kenyan", "Uttar Pradesh" read as a person where the name finder did not say place: a country, a
     * people or a place the party context knows is no person, unless a capitalised title stands before it ("Sen.
     * Washington") or it is a word of a full name the article gives ("Denzel Washington").
     */
    private static boolean isPlaceOrPeople(Mention m, Set<String> nameWords) {
        if (m.kind() != Mention.Kind.PERSON || m.title().chars().anyMatch(Character::isUpperCase)) return false;
        String n = EntityTracker.clean(m.name());
        String[] w = EntityTracker.words(n);
        if (w.length > 2 || w.length == 0) return false;
        for (String x : w) if (nameWords.contains(x) && w.length == 1) return false;
        return PartyWords.PLACES_AND_PEOPLES.contains(n.toLowerCase(Locale.ROOT)) || PartyContext.isPlaceCue(n);
    }

    /**
     * "Leadership", "Presidency", "Known" opening a headline or a sentence: one capitalised word that the article
     * also writes in lower case is an everyday word, not a name (the case a word takes inside sentences tells the
     * name from the word). Not a known given name, a word of a full name the article gives ("Bush" beside "George
     * W. Bush"), nor a word with a title before it.
     */
    private static boolean isCommonWord(AnalyzedArticle a, Mention m, Set<String> nameWords, String text) {
        if (m.kind() != Mention.Kind.PERSON || m.endToken() - m.firstToken() != 1 || !m.title().isBlank()) return false;
        String w = m.name();
        if (w.length() < 3 || nameWords.contains(w) || FirstNames.known(w) || !Character.isUpperCase(w.charAt(0))
                || !w.chars().skip(1).allMatch(Character::isLowerCase)) return false;
        String lower = w.toLowerCase(Locale.ROOT);
        for (Sentence s : a.sentences())
            for (Token t : s.tokens()) if (t.form().equals(lower)) return true;
        return false;
    }

    /** Last words of a place's name: "Punjab Province", "Harbor County". */
    private static final Set<String> PLACE_HEADS = Words.of("province", "county", "district", "region", "territory", "prefecture",
            "oblast", "governorate", "municipality", "borough", "parish", "township");

    private static boolean isPlace(Mention m, Set<String> places, Set<String> people) {
        String n = EntityTracker.clean(m.name());
        String[] w = EntityTracker.words(n);
        return places.contains(n) && !people.contains(n) || w.length > 1 && PLACE_HEADS.contains(w[w.length - 1].toLowerCase(Locale.ROOT));
    }

    /**
     * "Canadians", "Kenyans will be ...", "Republicans": the plural of a people or a group is no person's name.
     */
    private static boolean isPluralOfPeople(AnalyzedArticle a, Mention m, String text) {
        if (m.kind() != Mention.Kind.PERSON || m.endToken() - m.firstToken() != 1 || !m.title().isBlank()) return false;
        String f = a.sentences().get(m.sentence()).tokens().get(m.firstToken()).form();
        if (f.length() < 5 || !f.endsWith("s") || !Character.isUpperCase(f.charAt(0)) || !f.chars().skip(1).allMatch(Character::isLowerCase)) return false;
        // The singular ends in "-an" and has five letters or more: "Kenyans", "Canadians", "Republicans", not "Evans".
        if (f.length() >= 6 && f.endsWith("ans")) return true;
        // "Liberals" where the article also writes "Liberal" ("the Liberal leader"): the plural of a party's word.
        String singular = f.substring(0, f.length() - 1);
        return wordAppears(text, singular);
    }

    /**
     * Whether {@code word} stands in {@code text} as a whole word, not followed by a hyphen or an apostrophe
     * ("Liberal" in "the Liberal leader", not in "Liberal-led" or "Liberal's"). A scan rather than a pattern
     * compiled for each word: this runs for every capitalised plural the name finder calls a person.
     */
    static boolean wordAppears(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            if (i > 0 && isWordChar(text.charAt(i - 1))) continue;
            if (end < text.length()) {
                char next = text.charAt(end);
                if (isWordChar(next) || next == '-' || next == '\'' || next == '\u2019') continue;
            }
            return true;
        }
        return false;
    }

    /** A character Java's {@code \\b} counts as part of a word (any letter or digit, or '_'). */
    private static boolean isWordChar(char c) { return c == '_' || Character.isLetterOrDigit(c); }

    /**
     * "Sen. Kate Ruiz of Ohio", "Tom Alcott from Lagos": a name after "of" or "from" that follows a person's name
     * says where the person is from, and is no person itself (a possessive, "of Kate Ruiz's office", aside).
     */
    private static boolean isPlaceAfterPerson(AnalyzedArticle a, Mention m, List<Mention> all) {
        if (m.kind() != Mention.Kind.PERSON || !m.title().isBlank()) return false;
        List<Token> t = a.sentences().get(m.sentence()).tokens();
        int f = m.firstToken();
        if (f < 2 || m.endToken() < t.size() && t.get(m.endToken()).form().matches("'s|’s|'")) return false;
        String prep = t.get(f - 1).form();
        if (!prep.equals("of") && !prep.equals("from")) return false;
        int before = t.get(f - 2).end();
        for (Mention p : all) if (p != m && p.kind() == Mention.Kind.PERSON && p.end() == before) return true;
        return false;
    }

    /** "Minister for Home Affairs Ravi Mehta" where only "Mehta" was found: the word before is the given name. */
    private static Mention withGivenNameBefore(AnalyzedArticle a, Mention m, boolean[] covered) {
        if (m.kind() != Mention.Kind.PERSON || m.endToken() - m.firstToken() != 1 || m.surfaceStart() != m.start()) return m;
        List<Token> t = a.sentences().get(m.sentence()).tokens();
        int f = m.firstToken();
        if (!RoleNames.givenNameBefore(t, f) || covered[t.get(f - 1).start()]) return m;
        int st = t.get(f - 1).start();
        covered[st] = true;
        return new Mention(st, st, m.end(), a.article().body().substring(st, m.end()), m.kind(), m.gender(), m.sentence(),
                f - 1, m.endToken(), m.inQuote(), m.title(), m.entity());
    }

    /**
     * The tokenizer splits "Shanklin-Hawkins" into "Shanklin" and "-Hawkins", and the name finder stops at the
     * hyphen; a capitalised word hyphened straight onto a person's name is the rest of the surname.
     */
    private static Mention withHyphenatedSurname(AnalyzedArticle a, Mention m, java.util.Set<String> otherNames,
            java.util.Set<String> lastTwo) {
        if (m.kind() != Mention.Kind.PERSON) return m;
        List<Token> t = a.sentences().get(m.sentence()).tokens();
        int k = m.endToken();
        if (k >= t.size()) return m;
        Token next = t.get(k);
        String w = next.form();
        boolean joined = next.start() == m.end() && w.length() > 2 && w.charAt(0) == '-' && Character.isUpperCase(w.charAt(1));
        if (!joined && next.start() == m.end() && w.equals("-") && k + 1 < t.size()) {
            // or into "Dahl", "-", "Moreno"
            Token after = t.get(k + 1);
            if (after.start() == next.end() && Character.isUpperCase(after.form().charAt(0)) && after.form().chars().anyMatch(Character::isLowerCase)) {
                next = after;
                k++;
                joined = true;
            }
        }
        String rest = next.form().replaceFirst("^-", "");
        boolean sameSpaced = lastTwo.contains(EntityTracker.surname(m.name()) + " " + rest);
        if (!joined || otherNames.contains(rest) && !sameSpaced) return m;
        String body = a.article().body();
        return new Mention(m.surfaceStart(), m.start(), next.end(), body.substring(m.start(), next.end()), m.kind(), m.gender(),
                m.sentence(), m.firstToken(), k + 1, m.inQuote(), m.title(), m.entity());
    }

    /**
     * "Karen Dahl and Peter Voss spoke": a common given name followed by one or two capitalised words is a
     * person, where the name finder (weakest at the start of a text) missed it.
     */
    private static void givenNameRuns(AnalyzedArticle a, List<Quote> quotes, boolean[] covered, List<Mention> out) {
        String body = a.article().body();
        for (Sentence s : a.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i + 1 < t.size(); i++) {
                Token g = t.get(i);
                if (covered[g.start()] || !FirstNames.known(g.form()) || FirstNames.ambiguous(g.form())) continue;
                if (!Character.isUpperCase(g.form().charAt(0))) continue;
                int k = i + 1;
                while (k < t.size() && k < i + 3 && isBareName(t.get(k)) && !covered[t.get(k).start()] && !isOrgHead(t.get(k).form())) k++;
                if (k == i + 1 || cutShort(t, k)) continue;
                int st = g.start(), en = t.get(k - 1).end();
                int ts = titleStart(t, i, true);
                String title = ts < i ? body.substring(t.get(ts).start(), t.get(i - 1).end()) : "";
                out.add(new Mention(t.get(ts).start(), st, en, body.substring(st, en), Mention.Kind.PERSON,
                        ts < i ? genderOf(t, ts, i) : FirstNames.gender(g.form()), s.index(), i, k, inQuote(quotes, st), title, -1));
                for (int c = t.get(ts).start(); c < en; c++) covered[c] = true;
                i = k - 1;
            }
        }
    }

    /**
     * A surname the article has already given in full is a mention wherever it stands, also where the name
     * finder misses it at the start of a sentence ("Brandt spoke first."). A surname shared by two full names
     * is found too; the entity tracker decides whether it can be resolved.
     */
    private static void knownSurnames(AnalyzedArticle a, List<Quote> quotes, boolean[] covered, boolean[] place, List<Mention> out) {
        java.util.Set<String> surnames = new java.util.HashSet<>();
        java.util.Map<String, Integer> givenNames = new java.util.HashMap<>();
        for (Mention m : out) {
            if (m.kind() != Mention.Kind.PERSON) continue;
            String[] w = EntityTracker.words(EntityTracker.clean(m.name()));
            if (w.length >= 2) {
                surnames.add(EntityTracker.surname(m.name()));
                givenNames.merge(w[0], EntityTracker.clean(m.name()).hashCode(), (x, y) -> x.equals(y) ? x : 0);
            }
        }
        // "Shehbaz Sharif has said" typed an organization where the article also writes "Shehbaz" alone for a person: the
        // entity tracker makes that organization the person, so its given name is a known name here already, for
        // "'...': Shehbaz" in a headline the name finder left untagged. (Its surname is not: "Sharif" alone may be
        // another member of the family, and would make the tracker's choice ambiguous.)
        Set<String> alone = new java.util.HashSet<>();
        List<Mention> organizations = new ArrayList<>();
        for (Mention m : out) {
            if (m.kind() == Mention.Kind.ORGANIZATION) organizations.add(m);
            if (m.kind() != Mention.Kind.PERSON) continue;
            String[] w = EntityTracker.words(EntityTracker.clean(m.name()));
            if (w.length == 1) alone.add(w[0]);
        }
        for (Mention m : alone.isEmpty() ? List.<Mention>of() : organizations) {
            String name = EntityTracker.clean(m.name());
            String[] w = EntityTracker.words(name);
            if (w.length < 2 || w.length > 3 || !alone.contains(w[0]) || holdsOrganizationWord(w)) continue;
            givenNames.merge(w[0], name.hashCode(), (x, y) -> x.equals(y) ? x : 0);
        }
        Set<String> familyNames = Set.copyOf(surnames);
        // "‘...’: Shehbaz", "Imran said": the given name of one full name the article gives, where it is no common word.
        givenNames.forEach((g, who) -> {
            if (who != 0 && g.length() > 2 && !FirstNames.ambiguous(g) && Character.isUpperCase(g.charAt(0))
                    && g.chars().skip(1).allMatch(Character::isLowerCase) && !Titles.isTitleWord(g)) surnames.add(g);
        });
        if (surnames.isEmpty()) return;
        String body = a.article().body();
        for (Sentence s : a.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                Token tok = t.get(i);
                // The article's own full name outweighs the name finder calling the surname alone a place ("wrote Poilievre").
                if (covered[tok.start()] && !place[tok.start()] || !surnames.contains(tok.form()) || !Character.isUpperCase(tok.form().charAt(0))) continue;
                int f = i;
                if (familyNames.contains(tok.form()) && givenNameOfKin(t, i, covered, surnames)) f = i - 1;
                int ts = titleStart(t, f, true);
                String title = ts < f ? body.substring(t.get(ts).start(), t.get(f - 1).end()) : "";
                out.add(new Mention(t.get(ts).start(), t.get(f).start(), tok.end(), body.substring(t.get(f).start(), tok.end()), Mention.Kind.PERSON,
                        ts < f ? genderOf(t, ts, f) : Gender.UNKNOWN, s.index(), f, i + 1, inQuote(quotes, tok.start()), title, -1));
                for (int c = t.get(ts).start(); c < tok.end(); c++) covered[c] = true;
            }
        }
    }

    /**
     * "Shehbaz Sharif" where the name finder missed him and the article names "Nawaz Sharif": a capitalised word
     * right before a surname the article knows, itself no known surname, title, place, party word or everyday word,
     * is the given name of another member of the family, not to be dropped so that the surname alone joins the
     * brother. ({@code familyNames} holds surnames only, not the given names the article also uses alone.)
     */
    private static boolean givenNameOfKin(List<Token> t, int i, boolean[] covered, Set<String> surnames) {
        if (i < 1) return false;
        Token g = t.get(i - 1);
        String w = g.form();
        return !covered[g.start()] && g.end() < t.get(i).start() && isBareName(g) && w.length() > 2
                && w.chars().skip(1).allMatch(Character::isLowerCase) && !surnames.contains(w) && !FirstNames.ambiguous(w)
                && !PartyContext.isPlaceCue(w);
    }

    /**
     * A capitalised name right before or after a speech verb is a speaker even when the name finder missed it:
     * "Viguerie tells Breitbart News", "..., said Espinoza." This is where a missed name costs most.
     */
    private static void cueAdjacentNames(AnalyzedArticle a, List<Quote> quotes, boolean[] covered, boolean[] place, List<Mention> out) {
        String body = a.article().body();
        for (Sentence s : a.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                Token cue = t.get(i);
                if (!cue.isVerb() || CueLexicon.cueLemma(cue.form(), cue.lemma()).isEmpty() || inQuote(quotes, cue.start())) continue;
                if (hyphenedOnto(t, i)) continue;
                int j = i - 1;
                while (j >= 0 && j > i - 3 && isSkippable(t.get(j))) j--;
                int end = j + 1;
                // "the White House said", "the Justice Department said": capitalised words ending in an org head.
                // (The name finder may call "the White House" a place; its head word says it is a body that speaks.)
                if (j >= 0 && (!covered[t.get(j).start()] || place[t.get(j).start()]) && isOrgHead(t.get(j).form()) && Character.isUpperCase(t.get(j).form().charAt(0))) {
                    int o = j;
                    while (o > 0 && o > j - 5 && Character.isUpperCase(t.get(o - 1).form().charAt(0)) && (!covered[t.get(o - 1).start()] || place[t.get(o - 1).start()])
                            && !t.get(o - 1).form().equals("The")) o--;
                    if (o < j || o > 0 && t.get(o - 1).form().equalsIgnoreCase("the")) {
                        int st = t.get(o).start(), en = t.get(j).end();
                        out.add(new Mention(st, st, en, body.substring(st, en), Mention.Kind.ORGANIZATION, Gender.UNKNOWN, s.index(), o, j + 1,
                                inQuote(quotes, st), "", -1));
                        for (int c = st; c < en; c++) covered[c] = true;
                        continue;
                    }
                }
                while (j >= 0 && isBareName(t.get(j)) && !covered[t.get(j).start()] && end - j <= 3) j--;
                if (end - (j + 1) >= 1) add(a, s, j + 1, end, quotes, covered, out, body);
                int k = i + 1;
                int start = k;
                while (k < t.size() && isBareName(t.get(k)) && !covered[t.get(k).start()] && k - start < 3) k++;
                if (k > start && (k == t.size() || !t.get(k).isProperNoun())) add(a, s, start, k, quotes, covered, out, body);
            }
        }
    }

    /**
     * "the so-called Trans-Pacific Partnership", "a self-described socialist": a speech verb hyphened onto the word
     * before it is part of an adjective, and the name after it is what is called so, not a speaker.
     */
    static boolean hyphenedOnto(List<Token> t, int i) {
        if (i < 2) return false;
        Token dash = t.get(i - 1);
        return dash.form().equals("-") && dash.end() == t.get(i).start() && t.get(i - 2).end() == dash.start();
    }

    private static boolean isSkippable(Token t) {
        String w = t.form().toLowerCase(Locale.ROOT);
        return t.pos().equals("ADV") || t.pos().equals("AUX") || w.equals("also") || w.equals("has") || w.equals("had");
    }

    /** A capitalised proper noun that is neither a title, a group noun, nor a pronoun. */
    private static boolean isBareName(Token t) {
        String w = t.form();
        if (NOT_NAME.contains(w.toLowerCase(Locale.ROOT)) || ORG_HEADS.contains(w.toLowerCase(Locale.ROOT))) return false;
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && t.isProperNoun() && !Titles.isTitleWord(w)
                && !isGroupNoun(w) && Titles.pronoun(w).isEmpty() && w.chars().anyMatch(Character::isLowerCase);
    }

    private static void add(AnalyzedArticle a, Sentence s, int from, int to, List<Quote> quotes, boolean[] covered, List<Mention> out, String body) {
        List<Token> t = s.tokens();
        int start = t.get(from).start(), end = t.get(to - 1).end();
        String name = body.substring(start, end);
        if (name.endsWith("'s") || name.endsWith("\u2019s")) return;
        Mention.Kind kind = isOrgHead(t.get(to - 1).form()) ? Mention.Kind.ORGANIZATION : Mention.Kind.PERSON;
        out.add(new Mention(start, start, end, name, kind, Gender.UNKNOWN, s.index(), from, to, inQuote(quotes, start), "", -1));
        for (int c = start; c < end; c++) covered[c] = true;
    }

    /**
     * Where the title before token {@code i} begins ("Republican Sen." before "Lindsey"): walk left over title
     * words, capitalised ones only when {@code capitalOnly} (outside the name finder's spans "former" is text).
     */
    private static int titleStart(List<Token> t, int i, boolean capitalOnly) {
        int ts = i;
        while (ts > 0 && Titles.isTitleWord(t.get(ts - 1).form())
                && (!capitalOnly || Character.isUpperCase(t.get(ts - 1).form().charAt(0)))) ts--;
        return ts;
    }

    /** Modifiers that, alone before capitalised words, make an organization or a place: "House Republicans". */
    private static final Set<String> NOT_A_PERSON_TITLE = Words.of("house", "senate", "national", "state", "treasury",
            "homeland", "security", "us", "u.s.", "gop", "federal", "campaign", "staff", "democratic", "republican");

    /** "Sen. Graham" is a person; a lone "House" or "GOP" before capitalised words is not a title of one. */
    private static boolean titleImpliesPerson(List<Token> t, int from, int to) {
        return to - from != 1 || !NOT_A_PERSON_TITLE.contains(t.get(from).form().toLowerCase(Locale.ROOT));
    }

    private static Gender genderOf(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            Optional<Gender> g = Titles.genderOf(t.get(i).form());
            if (g.isPresent()) return g.get();
        }
        return Gender.UNKNOWN;
    }

    public static boolean isNameWord(Token t) {
        if (!(t.isProperNoun() || t.pos().equals("NOUN") || t.pos().equals("ADJ") || t.pos().equals("X"))) return false;
        return isNameWordAnyTag(t);
    }

    /** Inside a name finder's span the tagger's guess counts for little ("Bakare/AUX"): the word alone decides. */
    static boolean isNameWordAnyTag(Token t) {
        String w = t.form();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.' || c == '\'')) return false;
        if (truncated(w)) return false;
        String l = w.toLowerCase(Locale.ROOT);
        if (NOT_NAME.contains(l) || ORG_HEADS.contains(l) || ROLE_NOUNS.contains(l)) return false;
        return !Titles.isTitleWord(w) || Titles.NAME_SUFFIXES.contains(w.toLowerCase(Locale.ROOT));
    }

    private static Mention fromName(AnalyzedArticle a, Sentence s, NameMention nm, List<Quote> quotes) {
        List<Token> t = s.tokens();
        int first = nm.firstToken();
        int last = nm.endToken();
        // "'Them's the breaks' - Boris Jo...": a headline a page cut short names no one called "Jo...".
        if (cutShort(t, last)) return null;
        // "Council Member Priya Natarajan", "Board Member X": the body before "Member" belongs to the title.
        if (last - first >= 3 && isOrgHead(t.get(first).form()) && t.get(first + 1).form().equalsIgnoreCase("member")) first++;
        // "Mr Trump" without a period, as British, Australian and New Zealand outlets write it, is a person even
        // where the model says organization.
        boolean person = nm.type().equals("person");
        if (!person && RoleNames.honorificOpens(t, first, last)) {
            person = true;
            // "Mr. Trump's RT appearance": the person ends at the possessive.
            for (int i = first; i < last - 1; i++)
                if (t.get(i).form().endsWith("'s") || t.get(i).form().endsWith("\u2019s")) { last = i + 1; break; }
        }
        // "Harbor Radio's Gloria Penrose", "Tidewater News' Sean Marsh": an outlet, place or party in the possessive
        // qualifies the name of two words or more after it, whatever type the name finder gave the whole span; a given
        // name opening that name makes it a person's.
        int owned = afterPossessor(t, first, last);
        if (owned > first && last - owned >= 2) {
            boolean names = true;
            for (int i = owned; i < last; i++) names &= isNameWordAnyTag(t.get(i)) || Titles.NAME_SUFFIXES.contains(t.get(i).form().toLowerCase(Locale.ROOT));
            if (names) {
                person |= FirstNames.known(t.get(owned).form()) && !FirstNames.ambiguous(t.get(owned).form());
                first = owned;
            }
        }
        // "Trump's Chief of Staff Reince Priebus", "[Ambassador to the] UN Nikki Haley": the name is what follows the role.
        RoleNames.Split role = RoleNames.split(t, first, last);
        if (role != null) {
            person = true;
            first = role.nameFirst();
        }
        int affiliation = RoleNames.affiliationAfterName(t, first, last);
        if (affiliation >= 0) {
            person = true;
            last = affiliation;
        }
        // The name finder leaves "Jr." outside the name, and "Donald Trump Jr." is not Donald Trump.
        while (person && last < t.size() && Titles.NAME_SUFFIXES.contains(t.get(last).form().toLowerCase(Locale.ROOT))) last++;
        if (person && last + 1 < t.size() && t.get(last).form().equals(",")
                && Titles.NAME_SUFFIXES.contains(t.get(last + 1).form().toLowerCase(Locale.ROOT))) last += 2;
        if (person) {
            // A possessive glued to its word before one name ("AAP's Atishi") stays for the title rules, which keep it.
            int owner = afterPossessor(t, first, last);
            if (owner > first && (last - owner >= 2 || startsWithApostrophe(t.get(owner - 1).form()))) first = owner;
        }
        while (person && first < last - 1 && (Titles.isTitleWord(t.get(first).form()) || t.get(first).form().equals("of")
                && first + 1 < last && Titles.isTitleWord(t.get(first + 1).form())
                // "Council Member Priya Natarajan", "Board Member X": a body's name before "Member" is part of the title.
                || isOrgHead(t.get(first).form()) && first + 1 < last && t.get(first + 1).form().equalsIgnoreCase("member"))) first++;
        // The name finder often takes a title into a person name ("Sen. Lindsey Graham", "MP Kate Ruiz"): move it out.
        while (first < last - 1 && (Titles.isTitleWord(t.get(first).form()) || ROLE_NOUNS.contains(t.get(first).form().toLowerCase(Locale.ROOT)))
                && person) first++;
        if (person && last - first == 1 && ROLE_NOUNS.contains(t.get(first).form().toLowerCase(Locale.ROOT))) return null;
        // "Wayanad MP", "Congress leader", "Punjab minister": a name that ends in a role is a description of someone, the
        // place or party before the role no one's name.
        if (last - first >= 2 && ENDS_A_DESCRIPTION.contains(t.get(last - 1).form().toLowerCase(Locale.ROOT))) return null;
        // Possessive and trailing punctuation are not part of a name.
        while (last > first && isJunkEnd(t.get(last - 1).form())) last--;
        if (last <= first) return null;
        while (first < last && NOT_NAME.contains(t.get(first).form().toLowerCase(Locale.ROOT))) first++;
        while (last > first && NOT_NAME.contains(t.get(last - 1).form().toLowerCase(Locale.ROOT))) last--;
        if (last <= first) return null;
        // "Reince Priebus Priebus": a surname printed twice is a slip of the keyboard, not a longer name.
        if (person && last - first >= 3 && t.get(last - 1).form().equals(t.get(last - 2).form())) last--;
        boolean allTitles = true;
        for (int i = first; i < last; i++) if (!Titles.isTitleWord(t.get(i).form())) allTitles = false;
        // "Sen." or "President" alone names no one, nor does a party-state tag ("D-Ore.").
        if (allTitles) return null;
        if (t.get(first).form().matches("[A-Z]-[A-Z].*") && last - first == 1) return null;
        // "Kate Ruiz called ...": at the start of a text the name finder can leave a common given name outside.
        if (person && last - first == 1 && first > 0 && FirstNames.known(t.get(first - 1).form()) && !FirstNames.ambiguous(t.get(first - 1).form())
                && Character.isUpperCase(t.get(first - 1).form().charAt(0))) first--;

        int start = t.get(first).start();
        int end = t.get(last - 1).end();
        String body = a.article().body();
        String name = body.substring(start, end);
        if (name.endsWith("'s") || name.endsWith("\u2019s")) { end -= 2; name = name.substring(0, name.length() - 2); }
        // "Pope Francis' visit": the apostrophe of a plural possessive is no part of the name.
        else if (name.endsWith("s'") || name.endsWith("s\u2019")) { end -= 1; name = name.substring(0, name.length() - 1); }
        if (name.isBlank()) return null;
        // The title before the name, if any: walk left over title words.
        int ts = role != null && role.nameFirst() == first ? RoleNames.titleStart(t, role) : titleStart(t, first, false);
        String title = ts < first ? body.substring(t.get(ts).start(), t.get(first - 1).end()) : "";
        Mention.Kind kind = person ? Mention.Kind.PERSON : Mention.Kind.ORGANIZATION;
        String lastWord = t.get(last - 1).form().toLowerCase(Locale.ROOT);
        if (kind == Mention.Kind.PERSON && ORG_HEADS.contains(lastWord)) {
            // "Democratic National Convention", "Labor Day": an event or body, never a person.
            if (last - first == 1) return null;
            kind = Mention.Kind.ORGANIZATION;
        }
        Gender g = ts < first ? genderOf(t, ts, first) : Gender.UNKNOWN;
        if (g == Gender.UNKNOWN && kind == Mention.Kind.PERSON) g = kinship(t, ts);
        return new Mention(t.get(ts).start(), start, end, name, kind, g, s.index(), first, last,
                inQuote(quotes, start), title, -1);
    }

    /**
     * The token after the last possessive inside {@code [first, last)} that still leaves a word after it ("CNN's",
     * "'s", "News'", "'"), or {@code first} when there is none.
     */
    static int afterPossessor(List<Token> t, int first, int last) {
        for (int i = last - 2; i >= first; i--) if (isPossessive(t.get(i).form())) return i + 1;
        return first;
    }

    /** A possessive word, glued to its owner or a token of its own: "CNN's", "'s", "News'", "'". */
    static boolean isPossessive(String w) {
        return w.equals("'") || w.equals("\u2019") || w.endsWith("'s") || w.endsWith("\u2019s")
                || w.length() > 2 && (w.endsWith("s'") || w.endsWith("s\u2019"));
    }

    private static boolean startsWithApostrophe(String w) { return w.startsWith("'") || w.startsWith("\u2019"); }

    /** Roles that end a description rather than a name: "the Wayanad MP", "the Congress leader". */
    private static final Set<String> ENDS_A_DESCRIPTION = Words.of("mp", "mla", "msp", "mep", "td", "mna", "mlc", "minister",
            "leader", "chief", "president", "chairman", "chairperson", "cm", "pm", "spokesperson", "spokesman", "spokeswoman");
    private static final Set<String> FEMALE_KIN = Words.of("wife", "mother", "daughter", "sister", "girlfriend", "fiancee",
            "fiancée", "widow", "grandmother", "granddaughter", "niece", "aunt", "mum", "mom");
    private static final Set<String> MALE_KIN = Words.of("husband", "father", "son", "brother", "boyfriend", "fiance", "fiancé",
            "widower", "grandfather", "grandson", "nephew", "uncle", "dad");

    /** "his wife, Carrie", "her husband Tom": a kinship noun right before a name tells the person's gender. */
    static Gender kinship(List<Token> t, int first) {
        int k = first - 1;
        if (k >= 0 && t.get(k).form().equals(",")) k--;
        if (k < 0) return Gender.UNKNOWN;
        String w = t.get(k).form().toLowerCase(Locale.ROOT);
        return FEMALE_KIN.contains(w) ? Gender.FEMALE : MALE_KIN.contains(w) ? Gender.MALE : Gender.UNKNOWN;
    }

    /** Whether the name ending before token {@code end} is cut short: "Jo...", or "Alc" with "..." glued on. */
    static boolean cutShort(List<Token> t, int end) {
        if (end <= 0) return false;
        if (truncated(t.get(end - 1).form())) return true;
        return end < t.size() && t.get(end).start() == t.get(end - 1).end()
                && (t.get(end).form().startsWith("...") || t.get(end).form().startsWith("\u2026"));
    }

    /** A word a page cut short: "Jo...", "Minis\u2026". */
    static boolean truncated(String w) {
        int dots = w.endsWith("...") ? 3 : w.endsWith("\u2026") ? 1 : 0;
        return dots > 0 && w.length() > dots && Character.isLetter(w.charAt(w.length() - dots - 1));
    }

    private static boolean isJunkEnd(String w) {
        return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals(",") || w.equals(".") || w.equals("\"")
                || w.equals(":") || w.equals(";") || w.equals("-") || w.equals("(") || w.equals(")");
    }

    static boolean inQuote(List<Quote> quotes, int offset) {
        for (Quote q : quotes) if (offset >= q.start() && offset < q.end()) return true;
        return false;
    }

    /** A capitalised word that is never part of a name: "Thursday", "However", "Says". */
    public static boolean neverName(String w) { return NOT_NAME.contains(w.toLowerCase(Locale.ROOT)); }

    public static boolean isGroupNoun(String w) { return GROUP_NOUNS.contains(w.toLowerCase(Locale.ROOT)); }

    /**
     * Whether a name's words hold an organization's head or a lower-case word: such an "organization" is no person the
     * name finder mistyped ("Harbor Holdings", "Friends of the Earth"), whatever else the article says.
     */
    static boolean holdsOrganizationWord(String[] words) {
        for (String x : words) if (isOrgHead(x) || !Character.isUpperCase(x.charAt(0))) return true;
        return false;
    }

    static boolean isOrgHead(String w) { return ORG_HEADS.contains(w.toLowerCase(Locale.ROOT)); }
}
