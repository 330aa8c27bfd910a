package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One letter changed, dropped or added, in names of five letters or more, never the first letter or a plural "s". */
class MisspeltNamesTest {
    @ParameterizedTest
    @CsvSource({"Brines,Brimes", "Arlen,Arlern", "Okafor,Okafore", "Quintero,Quinterro"})
    void oneSlipInsideALongNameIsTheSameName(String a, String b) {
        assertTrue(MisspeltNames.oneSlip(a, b));
        assertTrue(MisspeltNames.oneSlip(b, a));
    }

    @ParameterizedTest
    @CsvSource({"Dahl,Dahn", "Hanson,Janson", "Okafor,Okafors", "Brimes,Brimes", "Brimes,Bremis", "Ruiz,Ruis"})
    void otherPairsAreDifferentNames(String a, String b) {
        assertFalse(MisspeltNames.oneSlip(a, b));
    }
}
