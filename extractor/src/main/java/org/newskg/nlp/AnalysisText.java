package org.newskg.nlp;

/**
 * A copy of the article body for the models, of exactly the same length, so every index into it is an
 * index into the body. Typographic quotes become ASCII ones, the NYT's two-apostrophe quotation mark
 * ({@code ''}) becomes {@code "} plus a space, backtick pairs likewise, and markup such as
 * {@code <tweet author="@x">} becomes spaces: its attribute quotes are not speech.
 */
public final class AnalysisText {
    private AnalysisText() {}

    public static String of(String body) {
        char[] c = body.toCharArray();
        int n = c.length;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            switch (ch) {
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> c[i] = '"';
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> c[i] = '\'';
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A' -> c[i] = ' ';
                case '\'' -> {
                    if (i + 1 < n && body.charAt(i + 1) == '\'') { c[i] = '"'; c[i + 1] = ' '; i++; }
                }
                case '`' -> {
                    if (i + 1 < n && body.charAt(i + 1) == '`') { c[i] = '"'; c[i + 1] = ' '; i++; }
                }
                case '<' -> i = blankTag(body, c, i);
                default -> { }
            }
        }
        return new String(c);
    }

    /** Blanks a tag such as {@code <tweet ...>} or {@code </tweet>}; a lone '<' (as in "x < y") stays. */
    private static int blankTag(String body, char[] c, int i) {
        int j = i + 1;
        if (j < body.length() && body.charAt(j) == '/') j++;
        if (j >= body.length() || !Character.isLetter(body.charAt(j))) return i;
        int close = body.indexOf('>', j);
        int nl = body.indexOf('\n', j);
        if (close < 0 || close - i > 600 || (nl >= 0 && nl < close && close - i > 300)) return i;
        for (int k = i; k <= close; k++) if (c[k] != '\n') c[k] = ' ';
        return close;
    }
}
