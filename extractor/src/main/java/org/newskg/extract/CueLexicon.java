package org.newskg.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Speech and cognition cues by lemma. The UD lemmatizer misses some news forms ("tweeted", "quipped"), so the
 * lexicon also knows its verbs' inflections and maps a surface form to its lemma when the model did not.
 */
public final class CueLexicon {
    /** Verbs that introduce speech or a stated position, in direct or reported form. */
    static final Set<String> SPEECH = Words.of(
            "say", "tell", "add", "argue", "warn", "insist", "deny", "claim", "write", "tweet", "state", "note",
            "explain", "announce", "declare", "report", "suggest", "acknowledge", "admit", "contend", "assert",
            "stress", "emphasize", "emphasise", "predict", "promise", "vow", "maintain", "charge", "allege",
            "testify", "conclude", "confirm", "complain", "concede", "reveal", "recall", "reply", "respond",
            "answer", "ask", "continue", "counter", "caution", "quip", "joke", "boast", "lament", "remark",
            "observe", "proclaim", "retort", "pledge", "urge", "demand", "accuse", "blast", "slam", "praise",
            "post", "recount", "describe", "call", "dismiss", "ridicule", "mock", "scoff", "muse", "shout",
            "exclaim", "reiterate", "reaffirm", "repeat", "point", "indicate", "signal", "estimate", "speculate", "acknowledge",
            "agree", "disagree", "contradict", "hint", "threaten", "decry", "denounce", "criticize", "criticise",
            "fume", "grumble", "gush", "snap", "sneer", "rant", "chide", "mutter", "marvel", "scold", "thunder", "crow",
            "tout", "boast", "brag", "assure", "reassure", "inform", "notify", "advise", "announce", "concur",
            // "spoke about his feelings." then a paragraph of quotation: speaking introduces what is said.
            "speak");
    /** Cognition and perception cues: PolNeAR annotates beliefs as attributions too. */
    static final Set<String> COGNITION = Words.of("believe", "think", "feel", "hope", "fear", "expect", "worry",
            "know", "suspect", "doubt", "wonder", "assume", "consider", "reckon", "understand", "recognize");
    /** Cues that take a reported clause ("that ..."). Expressive verbs like "slam" take quotes only. */
    static final Set<String> REPORTING = Words.of("say", "tell", "add", "argue", "warn", "insist", "deny", "claim",
            "write", "tweet", "state", "note", "explain", "announce", "declare", "report", "suggest", "acknowledge",
            "admit", "contend", "assert", "stress", "emphasize", "predict", "promise", "vow", "maintain", "charge",
            "allege", "testify", "conclude", "confirm", "complain", "concede", "reveal", "recall", "reply",
            "respond", "answer", "counter", "caution", "proclaim", "pledge", "post", "reiterate", "reaffirm", "repeat",
            "indicate", "signal", "estimate", "speculate", "agree", "hint", "threaten", "assure", "inform",
            "believe", "think", "fear", "expect", "worry", "know", "suspect", "doubt", "hope", "feel");

    /**
     * Stance verbs whose object is what is attributed ("endorsed Clinton", "defended his call to raise the
     * minimum wage", "urged the administration to act"): PolNeAR annotates the rest of the verb phrase.
     */
    static final Set<String> OBJECT = Words.of("endorse", "defend", "criticize", "criticise", "accuse", "praise", "describe",
            "urge", "propose", "want", "plan", "seek", "support", "reject", "cite", "offer", "refuse", "decline", "hope", "blame",
            "condemn", "oppose", "welcome", "dismiss", "question", "challenge", "demand", "pledge", "threaten", "back", "slam",
            "blast", "attack", "applaud", "thank", "credit", "predict", "promise", "vow", "call", "push", "tout", "mock",
            "ridicule", "decry", "denounce", "lament", "acknowledge", "admit", "deny", "recommend", "suggest", "insist");
    /** Verbs whose object follows a particle: "called for", "referred to", "pushed for", "pointed to". */
    static final Map<String, String> PARTICLE = Map.of("call", "for", "push", "for", "refer", "to", "point", "to", "talk", "about",
            "ask", "for", "argue", "for", "advocate", "for");

    private static final Map<String, String> FORMS = new HashMap<>();


    static {
        for (String l : SPEECH) inflect(l);
        for (String l : COGNITION) inflect(l);
        for (String l : OBJECT) inflect(l);
        for (String l : PARTICLE.keySet()) inflect(l);
        irregular("say", "said", "says", "saying");
        irregular("tell", "told", "tells", "telling");
        irregular("write", "wrote", "written", "writes", "writing");
        irregular("think", "thought", "thinks", "thinking");
        irregular("feel", "felt", "feels", "feeling");
        irregular("know", "knew", "known", "knows", "knowing");
        irregular("understand", "understood");
        irregular("tweet", "tweeted", "tweeting", "tweets");
        irregular("speak", "spoke", "spoken", "speaks", "speaking");
    }

    private CueLexicon() {}

    private static void inflect(String l) {
        FORMS.putIfAbsent(l, l);
        String stem = l.endsWith("e") ? l.substring(0, l.length() - 1) : l;
        FORMS.putIfAbsent(l.endsWith("s") || l.endsWith("sh") || l.endsWith("ch") || l.endsWith("x") ? l + "es"
                : l.endsWith("y") && !l.endsWith("ay") && !l.endsWith("ey") ? l.substring(0, l.length() - 1) + "ies" : l + "s", l);
        if (l.endsWith("y") && !l.endsWith("ay") && !l.endsWith("ey")) {
            FORMS.putIfAbsent(l.substring(0, l.length() - 1) + "ied", l);
        } else {
            FORMS.putIfAbsent(stem + "ed", l);
        }
        FORMS.putIfAbsent(stem + "ing", l);
        // doubled final consonant: "quipped", "admitted", "regretted"
        char last = l.charAt(l.length() - 1);
        if ("pgtmnbd".indexOf(last) >= 0 && l.length() > 2 && "aeiou".indexOf(l.charAt(l.length() - 2)) >= 0) {
            FORMS.putIfAbsent(l + last + "ed", l);
            FORMS.putIfAbsent(l + last + "ing", l);
        }
    }

    private static void irregular(String lemma, String... forms) {
        for (String f : forms) FORMS.put(f, lemma);
    }

    /** The cue lemma of a token, if it is a cue: the model's lemma first, then the lexicon's own forms. */
    public static Optional<String> cueLemma(String word, String modelLemma) {
        String w = word.toLowerCase(Locale.ROOT);
        String l = FORMS.get(w);
        if (l != null) return Optional.of(l);
        if (modelLemma != null && (SPEECH.contains(modelLemma) || COGNITION.contains(modelLemma))) return Optional.of(modelLemma);
        return Optional.empty();
    }

    public static boolean takesClause(String lemma) { return REPORTING.contains(lemma); }

    /** A stance verb whose object is what is attributed, without a particle: "endorsed Clinton". */
    public static boolean isStanceVerb(String lemma) { return OBJECT.contains(lemma); }

    /** The particle a verb's object follows ("called for"), or null. */
    public static String particle(String lemma) { return PARTICLE.get(lemma); }

    public static boolean takesObject(String lemma) { return OBJECT.contains(lemma) || PARTICLE.containsKey(lemma); }


    /** Lemmas so common outside speech ("call", "post", "point", "continue") that they need a quote beside them. */
    public static boolean weak(String lemma) {
        return Set.of("call", "post", "point", "continue", "describe", "consider", "know", "feel", "understand",
                "recognize", "ask", "answer", "signal", "indicate", "estimate", "agree", "repeat", "report",
                "inform", "expect", "hope", "worry", "fear", "doubt", "wonder", "assume", "reckon").contains(lemma);
    }

}
