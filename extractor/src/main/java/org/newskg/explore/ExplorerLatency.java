package org.newskg.explore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.newskg.store.Tdb2Store;

/**
 * How long each explorer view's queries take on a store, printed as Markdown: for the busiest person, claim, outlet
 * and topic of the store (the home page's first rows), an article of that person, and a search, the median over
 * {@code runs} runs after one warm-up, per section and per page. Server-side query time, in one JVM, no HTTP.
 *
 * <pre>java -cp extractor/target/newskg.jar org.newskg.explore.ExplorerLatency DB [RUNS]</pre>
 */
public final class ExplorerLatency {
    private ExplorerLatency() {}

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ExplorerLatency DB [RUNS]");
            System.exit(2);
        }
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Tdb2Store store = Tdb2Store.open(Path.of(args[0]));
        try {
            ExplorerPages pages = new ExplorerPages(new ExploreQueries(store.dataset()), "newskg");
            Map<String, Object> home = pages.home();
            String person = first(home, "home-persons", "person");
            String claim = first(home, "home-claims", "claim");
            String outlet = first(home, "home-outlets", "outlet");
            String topic = first(home, "home-topics", "topic");
            String article = first(pages.page(person), "person-claims", "article");
            Map<String, Supplier<Map<String, Object>>> views = new LinkedHashMap<>();
            views.put("home", pages::home);
            views.put("search \"clinton\"", () -> pages.search("clinton"));
            views.put("person " + person, () -> pages.page(person));
            views.put("claim " + claim, () -> pages.page(claim));
            views.put("article " + article, () -> pages.page(article));
            views.put("outlet " + outlet, () -> pages.page(outlet));
            views.put("topic " + topic, () -> pages.page(topic));
            views.put("graph " + person, () -> Map.of("sections", Map.of("neighbours", pages.graph(person, 25))));
            System.out.println("| view | median ms (all sections) | slowest section, median ms |");
            System.out.println("| --- | ---: | --- |");
            for (var v : views.entrySet()) {
                v.getValue().get();
                Map<String, List<Double>> times = new LinkedHashMap<>();
                List<Double> totals = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    @SuppressWarnings("unchecked")
                    Map<String, Map<String, Object>> sections = (Map<String, Map<String, Object>>) v.getValue().get().get("sections");
                    double total = 0;
                    for (var s : sections.entrySet()) {
                        double ms = (Double) s.getValue().get("ms");
                        times.computeIfAbsent(s.getKey(), k -> new ArrayList<>()).add(ms);
                        total += ms;
                    }
                    totals.add(total);
                }
                String slowest = times.entrySet().stream().max((a, b) -> Double.compare(median(a.getValue()), median(b.getValue())))
                        .map(e -> String.format("%s %.0f", e.getKey(), median(e.getValue()))).orElse("");
                System.out.printf("| %s | %.0f | %s |%n", v.getKey(), median(totals), slowest);
            }
        } finally {
            store.close();
        }
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
