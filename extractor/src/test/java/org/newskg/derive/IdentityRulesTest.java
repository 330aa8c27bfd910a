package org.newskg.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The identity rules and the derivation's version move together: a store derived by other rules is rebuilt. */
class IdentityRulesTest {
    /** The rules each version of the derivation used; a new version adds its line. */
    private static final Map<String, IdentityRules> RULES_OF = Map.of(
            "derive/4", new IdentityRules(3, 4, 0.6, 0.85, 5, 4, 6, 2000, 3, 6, 4, 3));

    @Test
    void changingARuleNeedsANewDerivationVersion() {
        assertEquals(RULES_OF.get(DerivedLayer.VERSION), IdentityRules.CURRENT,
                "IdentityRules.CURRENT differs from the rules of " + DerivedLayer.VERSION + ": bump DerivedLayer.VERSION and add its rules here");
    }
}
