package org.newskg.ingest;

import java.util.Optional;

/** One manifest row: metadata for the article whose id (or file name without extension) is {@code id}. */
public record ManifestEntry(String id, Optional<String> outlet, Optional<String> url, Optional<String> published,
                            Optional<String> title, Optional<String> author) {}
