package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleMetadata;
import org.newskg.nlp.AnalyzedArticle;
import org.newskg.nlp.Analyzer;
import org.newskg.nlp.NlpModels;

/**
 * One short article run through the real nlp and extract stages, with lookups that keep the tests short. Every
 * lookup that fails says what the extractor did find ({@link #describe()}), so a failing test explains itself.
 */
final class Extracted {
    static final String REPUBLICAN = "https://w3id.org/newskg/party/republican-party-us";
    static final String DEMOCRATIC = "https://w3id.org/newskg/party/democratic-party-us";

    /** The models load once per JVM; an Analyzer is not thread-safe, so each test thread gets its own. */
    private static final ThreadLocal<Analyzer> ANALYZER = ThreadLocal.withInitial(() -> new Analyzer(NlpModels.defaults()));
    private static final Extractor EXTRACTOR = new Extractor(Schemes.bundled());

    final String body;
    final AnalyzedArticle analyzed;
    final Extraction x;

    private Extracted(String body, AnalyzedArticle analyzed, Extraction x) {
        this.body = body;
        this.analyzed = analyzed;
        this.x = x;
    }

    static Extracted of(String body) {
        Article a = new Article("test", body, ArticleMetadata.empty(null, "txt"));
        AnalyzedArticle analyzed = ANALYZER.get().analyze(a);
        return new Extracted(body, analyzed, EXTRACTOR.extract(analyzed));
    }

    // ------------------------------------------------------------------ attributions

    List<Attribution> attributions() { return x.attributions(); }

    List<Attribution> direct() { return x.attributions().stream().filter(Attribution::direct).toList(); }

    List<Attribution> reported() { return x.attributions().stream().filter(a -> !a.direct()).toList(); }

    /** The claim text as the extractor joins it. */
    String claim(Attribution a) { return a.claimText(body); }

    /** The claim without the punctuation that frames it in print (the comma before "she said", a final period). */
    String bareClaim(Attribution a) { return bare(a.claimText(body)); }

    static String bare(String s) {
        return s.strip().replaceAll("^[\\s,.;:]+|[\\s,.;:]+$", "");
    }

    /** The only attribution whose claim contains {@code words}. */
    Attribution claimContaining(String words) {
        List<Attribution> hits = x.attributions().stream().filter(a -> claim(a).contains(words)).toList();
        if (hits.size() != 1) fail("expected one attribution whose claim contains \"" + words + "\", found " + hits.size() + "\n" + describe());
        return hits.get(0);
    }

    /** The only attribution of the article. */
    Attribution only() {
        assertEquals(1, x.attributions().size(), () -> "expected exactly one attribution\n" + describe());
        return x.attributions().get(0);
    }

    Optional<Entity> speaker(Attribution a) { return a.hasSpeaker() ? Optional.of(x.entity(a.speaker())) : Optional.empty(); }

    /** The speaker's name, or "(none)". */
    String speakerName(Attribution a) { return speaker(a).map(Entity::name).orElse("(none)"); }

    Optional<String> cueLemma(Attribution a) { return a.cue().map(Cue::lemma); }

    // ------------------------------------------------------------------ entities

    /** Entities that still carry mentions (a surname merged into a full name leaves an empty shell behind). */
    List<Entity> live() { return x.entities().stream().filter(e -> !e.mentions().isEmpty()).toList(); }

    List<Entity> persons() { return live().stream().filter(Entity::isPerson).toList(); }

    /** The live entity with exactly this name. */
    Optional<Entity> entityNamed(String name) { return live().stream().filter(e -> e.name().equals(name)).findFirst(); }

    Entity person(String name) {
        return live().stream().filter(e -> e.isPerson() && e.name().equals(name)).findFirst()
                .orElseGet(() -> fail("no person entity named \"" + name + "\"\n" + describe()));
    }

    /** The entity of the name mention whose text, as written, starts at the n-th occurrence (0-based) of {@code text}. */
    int entityOfMentionAt(String text, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = body.indexOf(text, at + 1);
            if (at < 0) fail("\"" + text + "\" occurs fewer than " + (occurrence + 1) + " times in the body");
        }
        for (Mention m : x.mentions()) if (m.isName() && m.start() <= at && at < m.end()) return m.entity();
        for (Mention m : x.mentions()) if (m.isName() && m.surfaceStart() <= at && at < m.end()) return m.entity();
        return -1;
    }

    // ------------------------------------------------------------------ memberships and topics

    /** Party IRIs stated for the live person entity with this name (or none if there is no such person). */
    Set<String> partiesOf(String name) {
        Set<String> out = new TreeSet<>();
        for (Membership m : x.memberships()) if (x.entity(m.entity()).name().equals(name)) out.add(m.party());
        return out;
    }

    List<TopicMatch> topicsOf(Attribution a) {
        int i = x.attributions().indexOf(a);
        return x.topics().stream().filter(t -> t.attribution() == i).toList();
    }

    static String topicIri(String slug) { return "https://w3id.org/newskg/topic/" + slug; }

    // ------------------------------------------------------------------ for failure messages

    String describe() {
        List<String> lines = new ArrayList<>();
        lines.add("body: " + body.replace("\n", "\\n"));
        for (Entity e : x.entities())
            lines.add("  entity " + e.id() + " " + e.kind() + " \"" + e.name() + "\" variants=" + e.variants() + " gender=" + e.gender()
                    + " mentions=" + e.mentions().size());
        for (Attribution a : x.attributions())
            lines.add("  attribution [" + claim(a) + "] direct=" + a.direct() + " speaker=" + speakerName(a)
                    + speaker(a).map(e -> "/" + e.kind()).orElse("") + " cue=" + a.cue().map(c -> c.text() + "/" + c.lemma()).orElse("-")
                    + " confidence=" + a.confidence() + " sieve=" + a.sieve() + " pieces=" + a.pieces().size());
        for (Membership m : x.memberships())
            lines.add("  membership " + x.entity(m.entity()).name() + " -> " + m.party() + " [" + m.evidence().of(body) + "] " + m.pattern());
        for (TopicMatch t : x.topics())
            lines.add("  topic a" + t.attribution() + " " + t.topic() + " " + t.score() + " " + t.matchedWords());
        return String.join("\n", lines);
    }
}
