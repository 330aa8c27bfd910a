package org.newskg.derive.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One claim as one article printed it, credited to one store-wide speaker: what the unit rules read.
 *
 * @param claim the claim's IRI (one per speaker and normalized text, shared by every article that prints the text)
 * @param article the article's IRI
 * @param date its publication day, when known
 * @param text the claim text: the quotation's pieces joined by a space
 * @param direct whether the article quotes it directly (a reported paraphrase is matched on identical text only)
 * @param pieces where each piece of {@code text} stands in the article (the first piece starts at text offset 0)
 */
public record PrintedQuote(String claim, String article, Optional<LocalDate> date, String text, boolean direct, List<Piece> pieces) {

    public PrintedQuote {
        pieces = List.copyOf(pieces);
        if (pieces.isEmpty() || pieces.get(0).textStart() != 0) {
            throw new IllegalArgumentException("claim " + claim + " in " + article + ": the first piece must start the text");
        }
    }

    /** A quote printed in one piece starting at {@code articleStart}. */
    public static PrintedQuote whole(String claim, String article, Optional<LocalDate> date, String text, boolean direct, int articleStart) {
        return new PrintedQuote(claim, article, date, text, direct, List.of(new Piece(0, articleStart)));
    }

    /** A piece of the claim text: where it starts in the text and in the article body (code points). */
    public record Piece(int textStart, int articleStart) {}

    /** Code-point offsets in {@code text} where the claim joined two pieces (the space between them). */
    List<Integer> joins() {
        return pieces.stream().skip(1).map(p -> p.textStart() - 1).toList();
    }

    /** Where a code-point offset of {@code text} stands in the article. */
    int articleOffset(int textOffset) {
        Piece at = pieces.get(0);
        for (Piece p : pieces) if (p.textStart() <= textOffset) at = p;
        return at.articleStart() + textOffset - at.textStart();
    }
}
