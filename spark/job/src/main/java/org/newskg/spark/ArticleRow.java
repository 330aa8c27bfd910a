package org.newskg.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleMetadata;

/**
 * An {@link Article} as Spark moves it between stages: every field of the article and its metadata, nulls for what is
 * absent (Java serialization cannot carry {@link Optional}), so that the article rebuilt on the other side is equal to
 * the one read, content hash included.
 */
record ArticleRow(String id, String body, String outlet, String url, String published, String title, String author,
                  String source, String format, List<String> authors, String section, String language) implements Serializable {

    ArticleRow {
        authors = List.copyOf(authors);
    }

    static ArticleRow of(Article a) {
        ArticleMetadata m = a.metadata();
        return new ArticleRow(a.id(), a.body(), m.outlet().orElse(null), m.url().orElse(null), m.published().orElse(null),
                m.title().orElse(null), m.author().orElse(null), m.source().map(Path::toString).orElse(null), m.format(), m.authors(),
                m.section().orElse(null), m.language().orElse(null));
    }

    Article article() {
        return new Article(id, body, new ArticleMetadata(Optional.ofNullable(outlet), Optional.ofNullable(url), Optional.ofNullable(published),
                Optional.ofNullable(title), Optional.ofNullable(author), Optional.ofNullable(source).map(Path::of), format, authors,
                Optional.ofNullable(section), Optional.ofNullable(language)));
    }
}
