package org.newskg.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The identity rules and the derivation's version move together (a store derived by other rules is rebuilt), and the
 * identity page shows the rules the code applies.
 */
class IdentityRulesTest {
    /** The rules each version of the derivation used; a new version adds its line. */
    private static final Map<String, IdentityRules> RULES_OF = Map.of(
            "derive/4", new IdentityRules(3, 4, 0.6, 0.85, 5, 4, 6, 2000, 3, 6, 4, 3));

    @Test
    void changingARuleNeedsANewDerivationVersion() {
        assertEquals(RULES_OF.get(DerivedLayer.VERSION), IdentityRules.CURRENT,
                "IdentityRules.CURRENT differs from the rules of " + DerivedLayer.VERSION + ": bump DerivedLayer.VERSION and add its rules here");
    }

    @Test
    void theIdentityPageShowsEveryRuleWithItsValue() throws Exception {
        String page = Files.readString(Path.of("../docs/identity.md"), StandardCharsets.UTF_8);
        for (RecordComponent c : IdentityRules.class.getRecordComponents()) {
            String row = "| `" + c.getName() + "` | " + c.getAccessor().invoke(IdentityRules.CURRENT) + " |";
            assertTrue(page.contains(row), "docs/identity.md lacks the rules-table row starting " + row);
        }
    }
}
