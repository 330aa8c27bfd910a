package org.newskg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newskg.extract.Attribution;
import org.newskg.extract.Entity;
import org.newskg.extract.Extraction;

/**
 * Gives article-local entities and claims their cross-article identity. It is a pure function of one
 * extraction, so any article can be re-extracted and reloaded alone and still land on the same nodes.
 */
public final class Resolver {
    public ResolvedArticle resolve(Extraction x) {
        Map<Integer, ResolvedArticle.Agent> agents = new HashMap<>();
        for (Entity e : x.entities()) {
            if (e.mentions().isEmpty()) continue;
            if (e.isPerson()) {
                String display = Names.printed(e.name());
                if (display.isBlank()) continue;
                Set<String> variants = new LinkedHashSet<>();
                for (String v : e.variants()) {
                    String d = v.replaceAll("\\s+", " ").strip();
                    if (!d.equals(display)) variants.add(d);
                }
                String key = Names.personKey(e.name());
                String iriKey = Names.personIriKey(key, x.analyzed().article().id());
                agents.put(e.id(), new ResolvedArticle.Agent("person", iriKey, display, variants, Names.surnameBlock(key)));
            } else {
                String display = Names.orgDisplay(e.name());
                Set<String> variants = new LinkedHashSet<>(e.variants());
                variants.remove(display);
                String orgSlug = Names.slug(Names.orgKey(e.name()));
                agents.put(e.id(), new ResolvedArticle.Agent("organization", "org/" + orgSlug, display, variants, "org-" + orgSlug));
            }
        }
        List<ResolvedArticle.Claim> claims = new ArrayList<>();
        String body = x.analyzed().article().body();
        for (int i = 0; i < x.attributions().size(); i++) {
            Attribution a = x.attributions().get(i);
            String text = a.claimText(body);
            String norm = ClaimText.normalize(text);
            Optional<String> speaker = Optional.ofNullable(agents.get(a.speaker())).map(ResolvedArticle.Agent::key);
            String speakerSlug = speaker.orElse("unattributed");
            String key = "claim/" + speakerSlug + "/" + ClaimText.hash(norm);
            claims.add(new ResolvedArticle.Claim(i, key, norm, ClaimText.display(text), speaker));
        }
        return new ResolvedArticle(x, agents, claims);
    }
}
