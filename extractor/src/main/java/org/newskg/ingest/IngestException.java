package org.newskg.ingest;

/** An input that cannot become an article. The message names the source and the reason. */
public class IngestException extends Exception {
    private final String source;

    public IngestException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
    }

    public IngestException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
    }

    public String source() { return source; }
}
