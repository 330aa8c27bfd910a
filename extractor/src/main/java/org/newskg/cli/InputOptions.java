package org.newskg.cli;

import java.nio.file.Path;
import java.util.List;

import org.newskg.ingest.Ingest;
import org.newskg.ingest.IngestException;
import org.newskg.ingest.IngestItem;
import org.newskg.ingest.Manifest;
import picocli.CommandLine.Option;

/** The options every command that reads articles shares. */
final class InputOptions {
    @Option(names = "--manifest", description = "TSV or CSV with a header (id|filename, outlet|publisher, url, published|publication_date, title, author)")
    Path manifest;

    @Option(names = "--max-bytes", defaultValue = "5242880", description = "largest article accepted, in bytes (default: ${DEFAULT-VALUE})")
    long maxBytes;

    List<IngestItem> read(List<String> paths) throws IngestException {
        Manifest m = manifest == null ? Manifest.empty() : Manifest.read(manifest);
        for (IngestItem.Failed f : m.problems()) System.err.println("newskg: warning: " + f.message());
        return Ingest.withManifest(m).maxBytes(maxBytes).read(paths);
    }
}
