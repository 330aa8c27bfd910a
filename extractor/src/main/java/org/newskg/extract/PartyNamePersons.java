package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;

import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.Token;

/**
 * A party's name is no person: the name finder reads "Fine Gael", "Sinn Fein" or "Fianna Fail" as a person's two
 * names, and "Tory" or "Democrat" alone as a surname, so that a quote after "Fine Gael said" or "the leader of
 * Fianna Fail, stressed" goes to the party as if it were someone. A person mention whose whole name is a form of
 * a party in the lexicon becomes an organization where the form is the party's name, and is dropped where the
 * form only names its members or qualifies them ("Tory", "Democrat"). A name that is longer than the party's form
 * ("Tory Burch") is left alone; so is one with a title before it ("Sen. Liberal" names someone), and one word that
 * is a surname or given name of someone the article names in full ("Jill Green ... Green said").
 */
final class PartyNamePersons {
    private final PartyLexicon lexicon;

    PartyNamePersons(PartyLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Mention> retype(AnalyzedArticle a, List<Mention> found) {
        String body = a.article().body();
        List<Mention> out = new ArrayList<>(found.size());
        java.util.Set<String> nameWords = new java.util.HashSet<>();
        for (Mention m : found) {
            String[] w = EntityTracker.words(EntityTracker.clean(m.name()));
            if (m.kind() == Mention.Kind.PERSON && w.length >= 2 && lexiconMiss(a, m, body)) nameWords.addAll(List.of(w));
        }
        for (Mention m : found) {
            if (m.kind() != Mention.Kind.PERSON || !m.title().isBlank() || !m.name().contains(" ") && nameWords.contains(m.name())) {
                out.add(m);
                continue;
            }
            List<Token> t = a.sentences().get(m.sentence()).tokens();
            // "... Taoiseach And Fine Gael Leader": a piece of a longer party name ("Gael" alone, found as a surname
            // once "Fine Gael" was taken for a person's full name) is no one.
            if (insidePartyName(t, body, m)) continue;
            PartyLexicon.Match pm = lexicon.at(t, body, m.firstToken(), m.endToken());
            if (pm == null || pm.start() != m.firstToken() || pm.end() != m.endToken() || pm.possessive()) { out.add(m); continue; }
            if (pm.form().memberNoun() || pm.form().adjective() && !m.name().contains(" ")) continue;
            out.add(new Mention(m.surfaceStart(), m.start(), m.end(), m.name(), Mention.Kind.ORGANIZATION, Gender.UNKNOWN,
                    m.sentence(), m.firstToken(), m.endToken(), m.inQuote(), m.title(), m.entity()));
        }
        return out;
    }

    /** Whether a party form that starts up to {@link #PIECE_BACK} tokens before the mention covers it and more. */
    private boolean insidePartyName(List<Token> t, String body, Mention m) {
        for (int k = m.firstToken(); k >= 0 && k >= m.firstToken() - PIECE_BACK; k--) {
            PartyLexicon.Match pm = lexicon.at(t, body, k, t.size());
            if (pm != null && pm.end() >= m.endToken() && (pm.start() < m.firstToken() || pm.end() > m.endToken())) return true;
        }
        return false;
    }

    /** How far back a party's name may start before a piece of it: "Pakistan Muslim League-[Nawaz]". */
    static final int PIECE_BACK = 3;

    /** Whether the mention is no party form as a whole (a person's full name). */
    private boolean lexiconMiss(AnalyzedArticle a, Mention m, String body) {
        List<Token> t = a.sentences().get(m.sentence()).tokens();
        PartyLexicon.Match pm = lexicon.at(t, body, m.firstToken(), m.endToken());
        return pm == null || pm.end() != m.endToken();
    }
}
