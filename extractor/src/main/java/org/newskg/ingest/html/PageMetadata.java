package org.newskg.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * What a news page says about itself, from the sources publishers fill in, best first: schema.org JSON-LD
 * ({@code NewsArticle}, {@code Article}, {@code ReportageNewsArticle} and the other article types, as one object,
 * an array or an {@code @graph}), schema.org microdata, Open Graph and article meta tags, then {@code <time datetime>}.
 * Each field comes from the first source that has it. {@code articleBody} is the publisher's own plain text of the
 * article, which the main-text extractor checks against the page before trusting it.
 */
public record PageMetadata(
        Optional<String> title,
        Optional<String> published,
        List<String> authors,
        Optional<String> outlet,
        Optional<String> canonicalUrl,
        Optional<String> section,
        Optional<String> language,
        Optional<String> articleBody) {

    public PageMetadata {
        authors = List.copyOf(authors);
    }

    // Pages write JSON-LD by hand or by template: raw newlines in strings, trailing commas and comments are common.
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final Pattern ARTICLE_TYPE = Pattern.compile("(?i).*(Article|BlogPosting|Report)$");
    private static final Pattern URLISH = Pattern.compile("(?i)^(https?:)?//.*|^www\\..*");

    /** Reads every source on the page; nothing here throws on malformed markup or JSON, which is skipped. */
    public static PageMetadata read(Document doc) {
        List<JsonNode> ld = jsonLdArticles(doc);
        Element md = doc.selectFirst("[itemscope][itemtype~=(?i)schema.org/\\w*(Article|BlogPosting|Report)]");

        Optional<String> ldHeadline = fromLd(ld, n -> text(n.get("headline")));
        Optional<String> title = first(
                ldHeadline,
                meta(doc, "og:title"),
                microdata(md, "headline"),
                nonBlank(withoutTags(doc.title())));
        Optional<String> published = first(
                fromLd(ld, n -> text(n.get("datePublished"))),
                microdata(md, "datePublished"),
                meta(doc, "article:published_time"),
                meta(doc, "og:published_time"),
                meta(doc, "date"),
                meta(doc, "pubdate"),
                meta(doc, "publishdate"),
                meta(doc, "parsely-pub-date"),
                meta(doc, "sailthru.date"),
                meta(doc, "dc.date"),
                meta(doc, "dcterms.date"),
                meta(doc, "citation_publication_date"),
                fromLd(ld, n -> text(n.get("dateCreated"))),
                attr(doc, "time[pubdate][datetime], time[itemprop=datePublished][datetime]", "datetime"),
                attr(doc, "article time[datetime]", "datetime"),
                attr(doc, "time[datetime]", "datetime"));
        Function<String, JsonNode> byId = ldIndex(doc);
        List<String> authors = authorsFromLd(ld, byId);
        if (authors.isEmpty() && md != null) {
            for (Element a : md.select("[itemprop=author]")) {
                Element name = a.selectFirst("[itemprop=name]");
                addName(authors, name != null ? valueOf(name) : valueOf(a));
            }
        }
        if (authors.isEmpty()) {
            for (Element m : doc.select("meta[name=author], meta[property=author], meta[name=article:author], meta[property=article:author],"
                    + " meta[name=parsely-author], meta[name=sailthru.author], meta[name=dc.creator]")) {
                addName(authors, m.attr("content"));
            }
        }
        if (authors.isEmpty()) authors.addAll(Byline.find(doc, title));
        Optional<String> outlet = first(
                fromLd(ld, n -> name(n.get("publisher"), byId)),
                meta(doc, "og:site_name"),
                microdata(md, "publisher"),
                meta(doc, "application-name"));
        // A title that carries the outlet's name: the headline alone, as the page's <h1> or other fields give it.
        List<String> alone = new ArrayList<>();
        for (Element h : doc.select("h1")) nonBlank(h.text()).ifPresent(alone::add);
        for (Optional<String> o : List.of(ldHeadline, meta(doc, "og:title"), meta(doc, "twitter:title"), microdata(md, "headline"))) o.ifPresent(alone::add);
        title = title.map(t -> Headline.clean(t, alone, outlet));
        Optional<String> url = first(
                fromLd(ld, n -> text(n.get("url")).filter(u -> URLISH.matcher(u).matches())),
                meta(doc, "og:url"),
                attr(doc, "link[rel=canonical]", "href"),
                fromLd(ld, n -> n.path("mainEntityOfPage").isObject() ? text(n.get("mainEntityOfPage").get("@id")) : text(n.get("mainEntityOfPage"))));
        Optional<String> section = first(
                fromLd(ld, n -> text(n.get("articleSection"))),
                microdata(md, "articleSection"),
                meta(doc, "article:section"),
                meta(doc, "section"),
                meta(doc, "parsely-section"));
        Element html = doc.selectFirst("html");
        Optional<String> language = first(
                fromLd(ld, n -> n.path("inLanguage").isObject() ? text(n.get("inLanguage").get("alternateName")).or(() -> text(n.get("inLanguage").get("name"))) : text(n.get("inLanguage"))),
                html == null ? Optional.empty() : nonBlank(html.attr("lang")),
                html == null ? Optional.empty() : nonBlank(html.attr("xml:lang")),
                meta(doc, "og:locale").map(l -> l.replace('_', '-')),
                attr(doc, "meta[http-equiv~=(?i)content-language]", "content"));
        Optional<String> body = first(
                fromLd(ld, n -> n.path("articleBody").isTextual() && !n.get("articleBody").asText().isBlank()
                        ? Optional.of(n.get("articleBody").asText().strip()) : Optional.empty()),
                md == null ? Optional.empty() : Optional.ofNullable(md.selectFirst("[itemprop=articleBody]")).map(BlockText::text).flatMap(PageMetadata::nonBlank));
        return new PageMetadata(title, published, authors, outlet, url, section, language, body);
    }

    /** Objects of an article type in the page's JSON-LD blocks, whatever shape each block has. */
    private static List<JsonNode> jsonLdArticles(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : jsonLdObjects(doc)) {
            if (types(n).stream().anyMatch(t -> ARTICLE_TYPE.matcher(t).matches())) out.add(n);
        }
        return out;
    }

    private static List<JsonNode> jsonLdObjects(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : doc.select("script[type~=(?i)application/ld\\+json]")) {
            try {
                collect(JSON.readTree(s.data().strip()), out, 0);
            } catch (Exception e) {
                // A broken block is the publisher's bug; the page's other sources still count.
            }
        }
        return out;
    }

    private static void collect(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 4) return;
        if (n.isArray()) {
            for (JsonNode c : n) collect(c, out, depth + 1);
        } else if (n.isObject()) {
            out.add(n);
            if (n.has("@graph")) collect(n.get("@graph"), out, depth + 1);
            if (n.path("mainEntity").isObject()) collect(n.get("mainEntity"), out, depth + 1);
        }
    }

    private static Set<String> types(JsonNode n) {
        Set<String> t = new LinkedHashSet<>();
        JsonNode type = n.get("@type");
        if (type == null) return t;
        if (type.isArray()) type.forEach(x -> t.add(x.asText()));
        else t.add(type.asText());
        return t;
    }

    /** Lazily, the page's JSON-LD objects by {@code @id}: an {@code @graph} names its author by reference. */
    private static Function<String, JsonNode> ldIndex(Document doc) {
        Map<String, JsonNode> byId = new HashMap<>();
        return id -> {
            if (byId.isEmpty()) for (JsonNode n : jsonLdObjects(doc)) if (n.hasNonNull("@id")) byId.putIfAbsent(n.get("@id").asText(), n);
            return byId.get(id);
        };
    }

    private static List<String> authorsFromLd(List<JsonNode> ld, Function<String, JsonNode> byId) {
        List<String> out = new ArrayList<>();
        if (ld.isEmpty()) return out;
        for (JsonNode n : ld) {
            JsonNode a = n.get("author");
            if (a == null) a = n.get("creator");
            if (a == null) continue;
            if (a.isArray()) for (JsonNode x : a) name(x, byId).ifPresent(s -> addName(out, s));
            else name(a, byId).ifPresent(s -> addName(out, s));
            if (!out.isEmpty()) break;
        }
        return out;
    }

    /** A name from a string, an object with a name, or the first of an array. */
    private static Optional<String> name(JsonNode n, Function<String, JsonNode> byId) {
        if (n == null) return Optional.empty();
        if (n.isTextual()) return nonBlank(n.asText());
        if (n.isArray()) return n.isEmpty() ? Optional.empty() : name(n.get(0), byId);
        if (n.isObject()) {
            Optional<String> direct = text(n.get("name"));
            if (direct.isPresent()) return direct;
            if (byId != null && n.hasNonNull("@id")) {
                JsonNode target = byId.apply(n.get("@id").asText());
                if (target != null && target != n) return text(target.get("name"));
            }
        }
        return Optional.empty();
    }

    private static void addName(List<String> out, String raw) {
        if (raw == null) return;
        String s = BlockText.normalize(raw).strip();
        s = s.replaceFirst("(?i)^by\\s+", "");
        if (s.isEmpty() || URLISH.matcher(s).matches() || s.length() > 100) return;
        // A byline meta tag often lists several authors in one string.
        for (String part : s.split("\\s*(?:,|;|\\band\\b|&|\\|)\\s*")) {
            String p = part.strip();
            if (!p.isEmpty() && out.stream().noneMatch(p::equalsIgnoreCase)) out.add(p);
        }
    }

    private static Optional<String> text(JsonNode n) {
        if (n == null || n.isNull()) return Optional.empty();
        if (n.isArray()) {
            for (JsonNode x : n) {
                Optional<String> t = text(x);
                if (t.isPresent()) return t;
            }
            return Optional.empty();
        }
        if (n.isObject()) return Optional.empty();
        return nonBlank(n.asText());
    }

    private static Optional<String> fromLd(List<JsonNode> ld, Function<JsonNode, Optional<String>> f) {
        for (JsonNode n : ld) {
            Optional<String> v = f.apply(n);
            if (v.isPresent()) return v;
        }
        return Optional.empty();
    }

    private static Optional<String> microdata(Element scope, String prop) {
        if (scope == null) return Optional.empty();
        Element e = scope.selectFirst("[itemprop=" + prop + "]");
        if (e == null) return Optional.empty();
        Element name = e.hasAttr("itemscope") ? e.selectFirst("[itemprop=name]") : null;
        return nonBlank(valueOf(name != null ? name : e));
    }

    /** A microdata value: the attribute that carries it for this element, else its text. */
    private static String valueOf(Element e) {
        for (String a : List.of("content", "datetime")) if (e.hasAttr(a)) return e.attr(a);
        if (e.normalName().equals("meta")) return e.attr("content");
        if (e.normalName().equals("link") || e.normalName().equals("a") && e.text().isBlank()) return e.attr("href");
        return e.text();
    }

    private static Optional<String> meta(Document doc, String name) {
        for (Element e : doc.select("meta[content]")) {
            String key = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name") : e.attr("itemprop");
            if (key.equalsIgnoreCase(name)) {
                Optional<String> v = nonBlank(e.attr("content"));
                if (v.isPresent()) return v;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> attr(Document doc, String selector, String attr) {
        Element e = doc.selectFirst(selector);
        return e == null ? Optional.empty() : nonBlank(e.attr(attr));
    }

    /** A {@code <title>} may hold tags, which browsers show as text; the headline is their text. */
    private static String withoutTags(String title) {
        return title.indexOf('<') >= 0 && title.indexOf('>') > title.indexOf('<') ? org.jsoup.Jsoup.parseBodyFragment(title).text() : title;
    }

    static Optional<String> nonBlank(String s) {
        if (s == null) return Optional.empty();
        String t = BlockText.normalize(s).strip();
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... options) {
        for (Optional<String> o : options) if (o.isPresent()) return o;
        return Optional.empty();
    }
}
