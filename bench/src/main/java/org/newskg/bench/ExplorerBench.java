package org.newskg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.newskg.explore.ExploreQueries;
import org.newskg.explore.ExplorerPages;
import org.newskg.store.Tdb2Store;

/**
 * How long each explorer view takes on a store, in one JVM without HTTP: for the busiest person, claim, outlet and
 * topic of the store (the home page's first rows), an article of that person, and a search, the latency of the
 * whole view ({@link LatencyProbe}) and its slowest section's median, as the view's own section timings say.
 */
public final class ExplorerBench {
    private ExplorerBench() {}

    public record Config(Path db, LatencyProbe probe) {}

    public static String run(Config c) {
        try (Tdb2Store store = Tdb2Store.open(c.db())) {
            ExplorerPages pages = new ExplorerPages(new ExploreQueries(store.dataset()), "newskg");
            Map<String, Object> home = pages.home();
            String person = first(home, "home-persons", "person");
            String claim = first(home, "home-claims", "claim");
            String outlet = first(home, "home-outlets", "outlet");
            String topic = first(home, "home-topics", "topic");
            String article = first(pages.page(person), "person-claims", "article");
            Map<String, Supplier<Map<String, Object>>> views = new LinkedHashMap<>();
            views.put("home", pages::home);
            // The busiest person's surname: the name with the most index hits, the search's hardest case.
            String label = (String) ((Map<?, ?>) ((List<?>) ((Map<?, ?>) ((Map<?, ?>) home.get("sections")).get("home-persons")).get("rows")).get(0)).get("label");
            String surname = label.substring(label.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
            views.put("search \"" + surname + "\"", () -> pages.search(surname));
            views.put("person " + person, () -> pages.page(person));
            views.put("claim " + claim, () -> pages.page(claim));
            views.put("article " + article, () -> pages.page(article));
            views.put("outlet " + outlet, () -> pages.page(outlet));
            views.put("topic " + topic, () -> pages.page(topic));
            views.put("graph " + person, () -> Map.of("sections", Map.of("neighbours", pages.graph(person, 25))));
            StringBuilder out = new StringBuilder("| view | p50 ms | p95 ms | runs | slowest section, median ms |\n| --- | ---: | ---: | ---: | --- |\n");
            for (var v : views.entrySet()) {
                Map<String, List<Double>> sections = new LinkedHashMap<>();
                LatencyProbe.Latency l = c.probe().time(() -> {
                    sectionTimes(v.getValue().get()).forEach((s, ms) -> sections.computeIfAbsent(s, k -> new ArrayList<>()).add(ms));
                    return 1L;
                });
                String slowest = sections.entrySet().stream().max((a, b) -> Double.compare(median(a.getValue()), median(b.getValue())))
                        .map(e -> String.format("%s %.0f", e.getKey(), median(e.getValue()))).orElse("");
                out.append(l.ok() ? String.format("| %s | %.0f | %.0f | %d | %s |%n", v.getKey(), l.percentile(50), l.percentile(95), l.ms().length, slowest)
                        : String.format("| %s | – | %s | – | – |%n", v.getKey(), l.error()));
            }
            return out.toString();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> sectionTimes(Map<String, Object> page) {
        Map<String, Double> out = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) page.get("sections")).forEach((s, section) -> out.put(s, (Double) section.get("ms")));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static String first(Map<String, Object> page, String section, String var) {
        Map<String, Object> s = (Map<String, Object>) ((Map<String, Object>) page.get("sections")).get(section);
        List<Map<String, Object>> rows = (List<Map<String, Object>>) s.get("rows");
        if (rows.isEmpty()) throw new IllegalStateException("the store has no rows for " + section);
        return (String) ((Map<String, Object>) rows.get(0).get(var)).get("iri");
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Double::compare);
        return s.get(s.size() / 2);
    }
}
