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
final class MentionFinder {
    /** Heads that make a capitalised phrase an organization whatever the name finder says. */
    private static final Set<String> ORG_HEADS = Words.of("house", "department", "ministry", "committee", "campaign",
            "agency", "office", "party", "council", "commission", "administration", "court", "congress", "senate",
            "government", "bureau", "service", "university", "institute", "foundation", "association", "union",
            "times", "post", "journal", "news", "press", "reuters", "network", "cnn", "fbi", "cia", "nsa", "pentagon",
            "kremlin", "inc.", "corp.", "company", "group", "center", "centre", "board", "authority", "police",
            "command", "army", "navy", "coalition", "organization", "organisation", "fund", "bank", "tribune",
            "herald", "gazette", "ledger", "wire", "daily", "magazine", "channel", "poll", "team");
    private static final Set<String> GROUP_NOUNS = Words.of("officials", "official", "sources", "source", "aides",
            "aide", "spokesman", "spokeswoman", "spokesperson", "critics", "experts", "analysts", "observers",
            "lawmakers", "democrats", "republicans", "advisers", "supporters", "opponents", "statement",
            "people", "residents", "voters", "leaders", "members", "investigators", "prosecutors", "police",
            "authorities", "diplomats", "insiders", "staffers", "associates", "allies", "rivals", "campaign");

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
            for (int i = m.surfaceStart(); i < m.end(); i++) covered[i] = true;
        }
        for (Sentence s : a.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                Token tok = t.get(i);
                if (covered[tok.start()]) continue;
                Optional<Gender> pg = Titles.pronoun(tok.text());
                if (pg.isPresent() && (tok.text().equalsIgnoreCase("he") || tok.text().equalsIgnoreCase("she"))) {
                    out.add(new Mention(tok.start(), tok.start(), tok.end(), tok.text(), Mention.Kind.PRONOUN, pg.get(),
                            s.index(), i, i + 1, inQuote(quotes, tok.start()), "", -1));
                    continue;
                }
                // A title or honorific followed by capitalised words the model did not tag: "Sen. Graham", "Mr Mnuchin".
                if (Titles.isTitleWord(tok.text()) && Character.isUpperCase(tok.text().charAt(0))) {
                    int j = i;
                    while (j < t.size() && Titles.isTitleWord(t.get(j).text()) && Character.isUpperCase(t.get(j).text().charAt(0))) j++;
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
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static boolean titleImpliesPerson(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = t.get(i).text().toLowerCase(Locale.ROOT);
            if (Set.of("house", "senate", "national", "state", "treasury", "homeland", "security", "us", "u.s.", "gop",
                    "federal", "campaign", "staff", "democratic", "republican").contains(w) && to - from == 1) return false;
        }
        return true;
    }

    private static Gender genderOf(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            Optional<Gender> g = Titles.genderOf(t.get(i).text());
            if (g.isPresent()) return g.get();
        }
        return Gender.UNKNOWN;
    }

    static boolean isNameWord(Token t) {
        String w = t.text();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
        if (!(t.isProperNoun() || t.pos().equals("NOUN") || t.pos().equals("ADJ") || t.pos().equals("X"))) return false;
        return !Titles.isTitleWord(w) || Titles.NAME_SUFFIXES.contains(w.toLowerCase(Locale.ROOT));
    }

    private static Mention fromName(AnalyzedArticle a, Sentence s, NameMention nm, List<Quote> quotes) {
        List<Token> t = s.tokens();
        int first = nm.firstToken();
        int last = nm.endToken();
        // "Trump's Chief of Staff Reince Priebus": the name is what follows the possessive and the title.
        boolean person = nm.type().equals("person");
        for (int i = last - 2; i >= first && person; i--) {
            String w = t.get(i).text();
            if (w.equals("'s") || w.equals("\u2019s") || w.equals("'")) { first = i + 1; break; }
        }
        while (person && first < last - 1 && (Titles.isTitleWord(t.get(first).text()) || t.get(first).text().equals("of")
                && first + 1 < last && Titles.isTitleWord(t.get(first + 1).text()))) first++;
        // The name finder often takes a title into a person name ("Sen. Lindsey Graham"): move it out.
        while (first < last - 1 && Titles.isTitleWord(t.get(first).text()) && nm.type().equals("person")) first++;
        // Possessive and trailing punctuation are not part of a name.
        while (last > first && isJunkEnd(t.get(last - 1).text())) last--;
        if (last <= first) return null;
        boolean allTitles = true;
        for (int i = first; i < last; i++) if (!Titles.isTitleWord(t.get(i).text())) allTitles = false;
        // "Sen." or "President" alone names no one, nor does a party-state tag ("D-Ore.").
        if (allTitles) return null;
        if (t.get(first).text().matches("[A-Z]-[A-Z].*") && last - first == 1) return null;
        int start = t.get(first).start();
        int end = t.get(last - 1).end();
        String body = a.article().body();
        String name = body.substring(start, end);
        if (name.endsWith("'s") || name.endsWith("\u2019s")) { end -= 2; name = name.substring(0, name.length() - 2); }
        if (name.isBlank()) return null;
        // The title before the name, if any: walk left over title words.
        int ts = first;
        while (ts > 0 && Titles.isTitleWord(t.get(ts - 1).text())) ts--;
        String title = ts < first ? body.substring(t.get(ts).start(), t.get(first - 1).end()) : "";
        Mention.Kind kind = nm.type().equals("person") ? Mention.Kind.PERSON : Mention.Kind.ORGANIZATION;
        String lastWord = t.get(last - 1).text().toLowerCase(Locale.ROOT);
        if (kind == Mention.Kind.PERSON && ORG_HEADS.contains(lastWord) && last - first > 1) kind = Mention.Kind.ORGANIZATION;
        Gender g = ts < first ? genderOf(t, ts, first) : Gender.UNKNOWN;
        return new Mention(t.get(ts).start(), start, end, name, kind, g, s.index(), first, last,
                inQuote(quotes, start), title, -1);
    }

    private static boolean isJunkEnd(String w) {
        return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals(",") || w.equals(".") || w.equals("\"")
                || w.equals(":") || w.equals(";") || w.equals("-") || w.equals("(") || w.equals(")");
    }

    static boolean inQuote(List<Quote> quotes, int offset) {
        for (Quote q : quotes) if (offset >= q.start() && offset < q.end()) return true;
        return false;
    }

    static boolean isGroupNoun(String w) { return GROUP_NOUNS.contains(w.toLowerCase(Locale.ROOT)); }

    static boolean isOrgHead(String w) { return ORG_HEADS.contains(w.toLowerCase(Locale.ROOT)); }
}
