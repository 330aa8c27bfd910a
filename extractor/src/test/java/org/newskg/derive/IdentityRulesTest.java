package org.newskg.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newskg.derive.units.UnitRules;

/**
 * The identity rules and the derivation's version move together (a store derived by other rules is rebuilt), and the
 * identity page shows the rules the code applies.
 */
class IdentityRulesTest {
    /** The rules each version of the derivation used; a new version adds its line. */
    private static final Map<String, IdentityRules> RULES_OF = Map.of(
            "derive/6", new IdentityRules(new UnitRules(3, 0.6, 3, 1.0, 0.6, 5, 4, 5, 3, 2000, 12), 3, 0),
            "derive/7", new IdentityRules(new UnitRules(3, 0.6, 3, 1.0, 0.6, 5, 4, 5, 3, 2000, 12), 3, 0),
            "derive/8", new IdentityRules(new UnitRules(3, 0.6, 3, 1.0, 0.6, 5, 4, 5, 3, 2000, 12), 3, 7));

    @Test
    void changingARuleNeedsANewDerivationVersion() {
        assertEquals(RULES_OF.get(DerivedLayer.VERSION), IdentityRules.CURRENT,
                "IdentityRules.CURRENT differs from the rules of " + DerivedLayer.VERSION + ": bump DerivedLayer.VERSION and add its rules here");
    }

    @Test
    void theIdentityPageShowsEveryRuleWithItsValue() throws Exception {
        String page = Files.readString(Path.of("../docs/identity.md"), StandardCharsets.UTF_8);
        for (String row : rows(IdentityRules.CURRENT)) assertTrue(page.contains(row), "docs/identity.md lacks the rules-table row starting " + row);
    }

    /** One row per rule; a component that is itself a record of rules (the unit rules) gives a row per component of it. */
    private static List<String> rows(Record rules) throws Exception {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : rules.getClass().getRecordComponents()) {
            Object value = c.getAccessor().invoke(rules);
            if (value instanceof Record nested) out.addAll(rows(nested));
            else out.add("| `" + c.getName() + "` | " + value + " |");
        }
        return out;
    }
}
