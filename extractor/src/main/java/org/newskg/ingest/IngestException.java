package org.newskg.ingest;

/** An input that cannot become an article. The message names the source and the reason. */
public class IngestException extends Exception {
    private final String source;
    private final String reason;

    public IngestException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
        this.reason = reason;
    }

    public IngestException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
        this.reason = reason;
    }

    public String source() { return source; }

    /** Why, without the source: for a failure record that names the source apart. */
    public String reason() { return reason; }
}
