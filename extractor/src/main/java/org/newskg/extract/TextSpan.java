package org.newskg.extract;

/** UTF-16 offsets into an article body, end exclusive. The rdf stage turns them into code points. */
public record TextSpan(int start, int end) {
    public TextSpan {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    public String of(String body) { return body.substring(start, end); }

    public int length() { return end - start; }

    public boolean overlaps(TextSpan o) { return start < o.end && o.start < end; }

    public boolean contains(int offset) { return offset >= start && offset < end; }
}
