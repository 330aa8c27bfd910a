package org.newskg.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Claim identity. Two outlets print the same utterance with different quotation marks, dashes, contractions and
 * spacing; the normalized text erases exactly those differences and nothing else:
 * <ol>
 * <li>Unicode NFKC; curly quotes and apostrophes become straight; dashes and ellipses become spaces;</li>
 * <li>lowercase;</li>
 * <li>contractions expanded ({@code can't → can not}, {@code won't → will not}, {@code n't → not},
 *     {@code 've → have}, {@code 're → are}, {@code 'll → will}, {@code 'm → am}, {@code 'd → would});</li>
 * <li>every other character that is not a letter, digit or space removed; whitespace collapsed.</li>
 * </ol>
 * The same speaker with the same normalized text is the same claim. A claim whose normalized text lies inside a
 * longer claim of the same speaker is a part of it (see {@link #isPartOf}).
 */
public final class ClaimText {
    private ClaimText() {}

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N} ]+");

    public static String normalize(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace("''", "\"")
                .replaceAll("[\u2013\u2014\u2015]|--", " ")
                .replace("\u2026", " ")
                .toLowerCase(Locale.ROOT);
        t = t.replaceAll("\\bcan't\\b", "can not").replaceAll("\\bwon't\\b", "will not").replaceAll("\\bshan't\\b", "shall not")
                .replaceAll("n't\\b", " not").replaceAll("'ve\\b", " have").replaceAll("'re\\b", " are")
                .replaceAll("'ll\\b", " will").replaceAll("'m\\b", " am").replaceAll("'d\\b", " would");
        t = NON_WORD.matcher(t).replaceAll(" ");
        return t.replaceAll("\\s+", " ").strip();
    }

    /** A short, stable hash of the normalized text for the claim's IRI. */
    public static String hash(String normalized) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claim text as displayed: whitespace collapsed, typographic quotes kept as printed. */
    public static String display(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /**
     * A part: at least four words, all of them found in order as a contiguous run of the whole's words, and the
     * whole strictly longer. Shorter fragments ("not") would link everything to everything.
     */
    public static boolean isPartOf(String partNormalized, String wholeNormalized) {
        if (partNormalized.equals(wholeNormalized)) return false;
        if (partNormalized.split(" ").length < 4) return false;
        return (" " + wholeNormalized + " ").contains(" " + partNormalized + " ");
    }
}
