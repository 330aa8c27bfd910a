package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Identity keys for people and claims: the same person and the same utterance across outlets. */
class IdentityTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Steve Mnuchin             | Steven Mnuchin
            Ash Carter                | Ashton Carter
            President Donald J. Trump | Donald John Trump
            Sen. Kate Ruiz            | Katherine Ruiz
            Mr Walter Brandt          | Walter Brandt
            Walter Brandt's           | Walter Brandt
            Gov. Nadia Ferrer         | Nadia Ferrer
            """)
    void nameVariantsOfOnePersonShareAKey(String a, String b) {
        assertEquals(Names.personKey(b), Names.personKey(a));
    }

    @Test
    void juniorHasAKeyOfHisOwn() {
        assertNotEquals(Names.personKey("Donald Trump"), Names.personKey("Donald Trump Jr."));
        assertEquals(Names.personKey("Donald Trump Jr.").replace("donald", "donald j"), Names.personKey("Donald J. Trump Jr."));
        assertNotEquals(Names.personKey("Gregory Hale Sr."), Names.personKey("Gregory Hale Jr."));
    }

    @Test
    void middleInitialsKeepFatherAndSonApartAndLeaveTheBareNameToTheStore() {
        assertNotEquals(Names.personKey("George W. Bush"), Names.personKey("George H.W. Bush"));
        assertEquals(Names.personKey("George Herbert Walker Bush"), Names.personKey("George H. W. Bush"));
        assertEquals("george hw bush", Names.personKey("George H.W. Bush"));
        assertEquals(Names.keyParts("George Bush"), Names.keyParts("George W. Bush").withoutMiddle());
    }

    @Test
    void differentGivenNamesOrSurnamesAreDifferentPeople() {
        assertNotEquals(Names.personKey("Bill Okafor"), Names.personKey("Nancy Okafor"));
        assertNotEquals(Names.personKey("Walter Brandt"), Names.personKey("Walter Brant"));
    }

    @Test
    void personKeyIsLowercaseAsciiWithoutTitles() {
        String k = Names.personKey("Sen. José Núñez");
        assertEquals("jose nunez", k);
        assertEquals("jose-nunez", Names.slug(k));
    }

    @Test
    void anOrganizationsAcronymIsLabelledWithoutPeriodsAndKeyedAlike() {
        assertEquals("FBI", Names.orgDisplay("the F.B.I."));
        assertEquals("FBI", Names.orgDisplay("F.B.I"));
        assertEquals("Harbor Trust", Names.orgDisplay("The Harbor Trust"));
        assertEquals(Names.orgKey("F.B.I."), Names.orgKey("FBI"));
    }

    // ------------------------------------------------------------------ claims

    @Test
    void curlyAndStraightQuotesNormalizeAlike() {
        assertEquals(ClaimText.normalize("He said \"no\" and we won't."),
                ClaimText.normalize("He said \u201Cno\u201D and we won\u2019t."));
    }

    @Test
    void contractionsNormalizeLikeTheirLongForm() {
        assertEquals(ClaimText.normalize("I have seen the plan and I will not sign it"),
                ClaimText.normalize("I've seen the plan and I won't sign it"));
        assertEquals(ClaimText.normalize("We are sure they can not win"), ClaimText.normalize("We\u2019re sure they can\u2019t win"));
    }

    @Test
    void dashesNormalizeAlike() {
        String a = ClaimText.normalize("The levee \u2014 built in 1952 \u2014 will hold");
        assertEquals(a, ClaimText.normalize("The levee -- built in 1952 -- will hold"));
        assertEquals(a, ClaimText.normalize("The levee \u2013 built in 1952 \u2013 will hold"));
        assertEquals(a, ClaimText.normalize("The levee, built in 1952, will hold"));
    }

    @Test
    void caseAndSpacingNormalizeAlike() {
        assertEquals(ClaimText.normalize("THE LEVEE WILL HOLD."), ClaimText.normalize("the   levee will\nhold"));
        assertEquals("the levee will hold", ClaimText.normalize("  The levee will hold. "));
    }

    @Test
    void differentWordsStayDifferentClaims() {
        assertNotEquals(ClaimText.normalize("The levee will hold"), ClaimText.normalize("The levee will not hold"));
        assertNotEquals(ClaimText.hash(ClaimText.normalize("The levee will hold")),
                ClaimText.hash(ClaimText.normalize("The levee will not hold")));
    }

    @Test
    void sameNormalizedTextHasTheSameHash() {
        assertEquals(ClaimText.hash(ClaimText.normalize("We can\u2019t stay.")), ClaimText.hash(ClaimText.normalize("we can not stay")));
    }

    @Test
    void shortenedQuoteOfFourWordsOrMoreIsPartOfTheLongerClaim() {
        String whole = ClaimText.normalize("We have to evacuate the lower town tonight, before the river crests.");
        assertTrue(ClaimText.isPartOf(ClaimText.normalize("evacuate the lower town"), whole));
        assertTrue(ClaimText.isPartOf(ClaimText.normalize("We have to evacuate the lower town tonight"), whole));
    }

    @Test
    void twoWordFragmentIsNotPartOfAnything() {
        String whole = ClaimText.normalize("We have to evacuate the lower town tonight, before the river crests.");
        assertFalse(ClaimText.isPartOf(ClaimText.normalize("lower town"), whole));
    }

    @Test
    void aClaimIsNotPartOfItselfNorOfTextThatMerelySharesSubwords() {
        String whole = ClaimText.normalize("We have to evacuate the lower town tonight");
        assertFalse(ClaimText.isPartOf(whole, whole));
        assertFalse(ClaimText.isPartOf(ClaimText.normalize("have to evacuate the low"), whole), "words must match whole");
        assertFalse(ClaimText.isPartOf(ClaimText.normalize("evacuate the upper town"), whole));
    }
}
