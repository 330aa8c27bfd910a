package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Name mentions grouped into article-local entities. */
class EntityTrackerTest {

    @Test
    void fullNameSurnameAndHonorificFormCoreferWithinAnArticle() {
        Extracted e = Extracted.of("Senator Walter Brandt arrived early on Tuesday. Brandt spoke for twenty minutes about the harbor."
                + " Later, Mr Brandt left by the side door.");
        List<Entity> persons = e.persons();
        assertEquals(1, persons.size(), e::describe);
        Entity brandt = persons.get(0);
        assertEquals("Walter Brandt", brandt.name());
        int id = brandt.id();
        assertEquals(id, e.entityOfMentionAt("Walter Brandt", 0), e::describe);
        assertEquals(id, e.entityOfMentionAt("Brandt spoke", 0), () -> "bare surname\n" + e.describe());
        assertEquals(id, e.entityOfMentionAt("Brandt left", 0), () -> "Mr + surname\n" + e.describe());
        assertEquals(Gender.MALE, brandt.gender());
    }

    @Test
    void surnameBeforeTheFullNameJoinsIt() {
        Extracted e = Extracted.of("Brandt was late again on Tuesday. Senator Walter Brandt blamed the ferry.");
        assertEquals(1, e.persons().size(), e::describe);
        assertEquals("Walter Brandt", e.persons().get(0).name());
    }

    @Test
    void twoPeopleSharingASurnameStayApart() {
        Extracted e = Extracted.of("Bill Okafor and Nancy Okafor both attended the dinner on Friday.");
        Entity bill = e.person("Bill Okafor");
        Entity nancy = e.person("Nancy Okafor");
        assertNotEquals(bill.id(), nancy.id());
        assertEquals(Gender.MALE, bill.gender());
        assertEquals(Gender.FEMALE, nancy.gender());
    }

    @Test
    void bareSharedSurnameIsNotMergedBlindlyIntoEitherPerson() {
        Extracted e = Extracted.of("Bill Okafor and Nancy Okafor both attended the dinner on Friday. Okafor spoke about the harbor.");
        int bill = e.person("Bill Okafor").id();
        int nancy = e.person("Nancy Okafor").id();
        int bare = e.entityOfMentionAt("Okafor spoke", 0);
        assertNotEquals(bill, bare, e::describe);
        assertNotEquals(nancy, bare, e::describe);
    }

    @Test
    void honorificPicksThePersonOfMatchingGenderAmongSharedSurnames() {
        Extracted e = Extracted.of("Nancy Okafor spoke first. Bill Okafor spoke next. Later, Mrs Okafor thanked the volunteers.");
        assertEquals(e.person("Nancy Okafor").id(), e.entityOfMentionAt("Okafor thanked", 0), e::describe);
    }

    @Test
    void juniorStaysApartFromHisFather() {
        Extracted e = Extracted.of("Gregory Hale and Gregory Hale Jr. attended the hearing on Monday.");
        assertEquals(2, e.persons().size(), e::describe);
        assertNotEquals(e.entityOfMentionAt("Gregory Hale", 0), e.entityOfMentionAt("Gregory Hale", 1), e::describe);
        assertTrue(e.persons().stream().anyMatch(p -> p.name().startsWith("Gregory Hale Jr")), e::describe);
    }

    @Test
    void titlesAreStrippedFromNamesAndKeptAsTitles() {
        Extracted e = Extracted.of("President Harold Benn met Sen. Kate Ruiz and Mr Tom Reyes on Friday.");
        assertTrue(e.person("Harold Benn").titles().contains("President"), e::describe);
        assertTrue(e.person("Kate Ruiz").titles().contains("Sen."), e::describe);
        assertTrue(e.person("Tom Reyes").titles().contains("Mr"), e::describe);
        assertEquals(3, e.persons().size(), e::describe);
        assertEquals(Gender.MALE, e.person("Tom Reyes").gender());
    }

    @Test
    void sentenceOpeningAdverbIsNeitherTitleNorName() {
        Extracted e = Extracted.of("Senator Walter Brandt arrived early on Tuesday. Then Brandt spoke for twenty minutes about the harbor.");
        Entity brandt = e.person("Walter Brandt");
        assertEquals(1, e.persons().size(), e::describe);
        assertTrue(brandt.variants().stream().noneMatch(v -> v.startsWith("Then")), e::describe);
        assertTrue(brandt.titles().stream().noneMatch(t -> t.equalsIgnoreCase("Then")), e::describe);
    }

    @Test
    void personNamedAtTheVeryStartOfAnArticleIsFound() {
        Extracted e = Extracted.of("Karen Dahl thanked Peter Voss for the invitation.");
        e.person("Karen Dahl");
        e.person("Peter Voss");
        assertEquals(2, e.persons().size(), e::describe);
    }

    @Test
    void organizationIsNotAPerson() {
        Extracted e = Extracted.of("The Department of Energy fined the plant on Monday.");
        assertTrue(e.persons().isEmpty(), e::describe);
    }
}
