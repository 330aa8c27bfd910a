package org.newskg.pipeline;

/**
 * How a batch run ended (extract, load, ingest, one turn of watch), and the exit status that tells a scheduler so.
 * Failed articles, pages and feeds are the run's ordinary work, named one by one on stderr and in the failures file:
 * they make the run {@link #SOME_FAILED} even when every one failed, because the run itself went through and the next
 * one may succeed (a 503, a page not yet published). {@link #COULD_NOT_RUN} is kept for a run that could not do its
 * work at all, which a scheduler should page someone for.
 */
public enum RunOutcome {
    /** Every input went through (or there was nothing new). */
    OK(0),
    /** The store could not be reached or written, or the configuration (a manifest, a credentials or state file) could not be read. */
    COULD_NOT_RUN(1),
    /** The command line is wrong: an unknown option, a missing or malformed value. Nothing was done. */
    BAD_USAGE(2),
    /** The run went through and some articles, pages or feeds failed, perhaps all of them; each is named. */
    SOME_FAILED(3);

    private final int exitStatus;

    RunOutcome(int exitStatus) { this.exitStatus = exitStatus; }

    public int exitStatus() { return exitStatus; }

    /** The outcome of a run that went through, by how many of its inputs failed. */
    public static RunOutcome ofFailures(long failed) {
        if (failed < 0) throw new IllegalArgumentException("failed must be 0 or more");
        return failed > 0 ? SOME_FAILED : OK;
    }
}
