package org.newskg.extract;

/**
 * Text between quotation marks. {@code open}/{@code close} are the indices of the marks (close is -1 for a
 * paragraph that opens a quote and never closes it); {@code start..end} is the content, trimmed.
 */
public record Quote(int open, int close, int start, int end, int paragraph, boolean continuesFromPrevious) {
    public boolean closed() { return close >= 0; }

    /** Where the quotation ends including its closing mark, or the content end for an unclosed one. */
    public int outerEnd() { return close >= 0 ? close + 1 : end; }
}
