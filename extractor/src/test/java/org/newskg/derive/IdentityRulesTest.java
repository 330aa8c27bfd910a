package org.newskg.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newskg.derive.units.UnitRules;

/** The identity rules and the derivation's version move together: a store derived by other rules is rebuilt. */
class IdentityRulesTest {
    /** The rules each version of the derivation used; a new version adds its line. */
    private static final Map<String, IdentityRules> RULES_OF = Map.of(
            "derive/5", new IdentityRules(new UnitRules(3, 0.6, 3, 1.0, 0.6, 5, 4, 5, 3, 2000, 12), 3));

    @Test
    void changingARuleNeedsANewDerivationVersion() {
        assertEquals(RULES_OF.get(DerivedLayer.VERSION), IdentityRules.CURRENT,
                "IdentityRules.CURRENT differs from the rules of " + DerivedLayer.VERSION + ": bump DerivedLayer.VERSION and add its rules here");
    }
}
