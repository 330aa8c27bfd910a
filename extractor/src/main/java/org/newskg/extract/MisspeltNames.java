package org.newskg.extract;

import java.util.Locale;

/**
 * A surname misspelt by one letter in the same article: "Leslie Wimes ... Wines believes", "Jacinda Ardern ...
 * Arden said". Copy edited in haste, news misspells a name once or twice beside its right spelling; read as a new
 * person, the misspelling takes that person's quotes. One letter substituted, dropped or added, never the first
 * (a different first letter is a different name: "Hanson" / "Janson") and never a final "s" added or dropped ("the
 * Trumps" are a family), in names of {@link #MIN_LETTERS} letters or more. The tracker applies it only to a
 * one-word name that no full name of the article carries, and only where one full name is that near.
 */
final class MisspeltNames {
    /**
     * Shorter surnames one letter apart are often two names ("Dahl" / "Dahn", "Lee" / "Lew"); from five letters on,
     * the rule joins only misspellings of one person: on PolNeAR dev Wines / Wimes and McLenney / McClenney, on the
     * cross-outlet dev set Arden / Ardern, on 620 of PolNeAR train's 840 articles Vigurie / Viguerie, Giulini /
     * Giuliani and Sweeny / Sweeney (each read by hand, 2026-12-07); no two people joined.
     */
    static final int MIN_LETTERS = 5;

    private MisspeltNames() {}

    /** Whether {@code a} is {@code b} with one letter changed, dropped or added (see the class comment). */
    static boolean oneSlip(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT), y = b.toLowerCase(Locale.ROOT);
        if (x.equals(y) || Math.min(x.length(), y.length()) < MIN_LETTERS || x.charAt(0) != y.charAt(0)) return false;
        if (!x.chars().allMatch(Character::isLetter) || !y.chars().allMatch(Character::isLetter)) return false;
        if (x.length() == y.length()) {
            int diff = 0;
            for (int i = 0; i < x.length(); i++) if (x.charAt(i) != y.charAt(i)) diff++;
            return diff == 1;
        }
        String longer = x.length() > y.length() ? x : y, shorter = longer == x ? y : x;
        if (longer.length() != shorter.length() + 1) return false;
        if (longer.endsWith("s") && longer.startsWith(shorter)) return false;
        for (int i = 0; i < longer.length(); i++)
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) return true;
        return false;
    }
}
