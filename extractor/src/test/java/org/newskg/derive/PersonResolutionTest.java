package org.newskg.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Who a surname-only person is, given the store; people and articles invented. */
class PersonResolutionTest {
    private static final String ID = "https://w3id.org/newskg/id/";
    private static final String MARA = ID + "person/mara-alcott";
    private static final String TOM = ID + "person/tom-alcott";

    private static BlockFacts.AgentUse use(String node, String article, String date) {
        return new BlockFacts.AgentUse(node, ID + "article/" + article, Optional.of("x"), Optional.empty(), Optional.ofNullable(date).map(LocalDate::parse));
    }

    private static String local(String article) { return ID + "person/alcott/in/" + article; }

    /**
     * Resolves the block's uses where the article-local mention's story also names Lena Ostrova, and she is named in
     * another article of each of {@code comentionedCandidates}.
     */
    private static Map<String, String> resolve(List<BlockFacts.AgentUse> uses, Set<String> comentionedCandidates) {
        String other = ID + "person/lena-ostrova";
        Map<String, Set<String>> personsIn = new HashMap<>();
        for (BlockFacts.AgentUse u : uses) if (u.local()) personsIn.put(u.article(), Set.of(other));
        Map<String, Map<String, BlockFacts.Seen>> beside = new HashMap<>();
        for (String c : comentionedCandidates) beside.put(c, Map.of(other, new BlockFacts.Seen(1, ID + "article/elsewhere")));
        return PersonResolution.resolve(new BlockFacts("alcott", uses, List.of(), List.of(), new BlockFacts.CoMentions(personsIn, beside)));
    }

    @Test
    void theOneFullNameOfTheStoryWins() {
        List<BlockFacts.AgentUse> uses = new ArrayList<>(List.of(use(MARA, "a", "2026-04-02"), use(TOM, "b", "2026-01-10"), use(local("c"), "c", "2026-04-02")));
        Map<String, String> to = resolve(uses, Set.of(MARA));
        assertEquals(MARA, to.get(local("c")));
        assertEquals(MARA, to.get(MARA));
        assertEquals(TOM, to.get(TOM));
    }

    @Test
    void twoPeopleOfTheSurnameInTheStoryLeaveTheNodeApart() {
        List<BlockFacts.AgentUse> uses = List.of(use(MARA, "a", "2026-04-02"), use(TOM, "b", "2026-04-02"), use(local("c"), "c", "2026-04-02"));
        assertEquals(local("c"), resolve(uses, Set.of(MARA, TOM)).get(local("c")));
        assertEquals(local("c"), resolve(uses, Set.of()).get(local("c")), "both in the same days: no evidence either way");
    }

    @Test
    void withoutCoMentionsTheOnlyNameOfTheSameDaysWins() {
        List<BlockFacts.AgentUse> uses = List.of(use(MARA, "a", "2026-04-02"), use(TOM, "b", "2025-11-20"), use(local("c"), "c", "2026-04-04"));
        assertEquals(MARA, resolve(uses, Set.of()).get(local("c")));
    }

    @Test
    void aStrangerOfAnotherTimeAndStoryIsNotMerged() {
        List<BlockFacts.AgentUse> uses = List.of(use(TOM, "b", "2025-11-20"), use(local("c"), "c", "2026-04-04"));
        assertEquals(local("c"), resolve(uses, Set.of()).get(local("c")));
        List<BlockFacts.AgentUse> undated = List.of(use(TOM, "b", null), use(local("c"), "c", null));
        assertEquals(local("c"), resolve(undated, Set.of()).get(local("c")));
    }

    private static BlockFacts.AgentUse named(String node, String name) {
        return new BlockFacts.AgentUse(ID + "person/" + node, ID + "article/" + node, Optional.of(name), Optional.empty(), Optional.empty());
    }

    private static BlockFacts facts(String block, BlockFacts.AgentUse... uses) {
        return new BlockFacts(block, List.of(uses), List.of(), List.of(), BlockFacts.CoMentions.NONE);
    }

    @Test
    void aCoMentionInTheStorysOwnArticleIsNoEvidence() {
        List<BlockFacts.AgentUse> uses = List.of(use(MARA, "a", "2026-04-02"), use(TOM, "b", "2025-11-20"), use(local("c"), "c", "2026-04-02"));
        String other = ID + "person/lena-ostrova";
        BlockFacts.CoMentions onlyHere = new BlockFacts.CoMentions(Map.of(ID + "article/c", Set.of(other)),
                Map.of(TOM, Map.of(other, new BlockFacts.Seen(1, ID + "article/c"))));
        Map<String, String> to = PersonResolution.resolve(new BlockFacts("alcott", uses, List.of(), List.of(), onlyHere));
        assertEquals(MARA, to.get(local("c")), "Tom's only co-mention is the story itself; Mara is printed the same day");
    }

    @Test
    void aMiddleInitialJoinsTheBareNameOnlyWhenTheStoreKnowsNoOther() {
        Map<String, String> one = PersonResolution.resolve(facts("voss", named("peter-voss", "Peter Voss"), named("peter-j-voss", "Peter J. Voss")));
        assertEquals(ID + "person/peter-voss", one.get(ID + "person/peter-j-voss"));
        Map<String, String> two = PersonResolution.resolve(facts("bush", named("george-bush", "George Bush"),
                named("george-w-bush", "George W. Bush"), named("george-hw-bush", "George H.W. Bush")));
        assertEquals(ID + "person/george-w-bush", two.get(ID + "person/george-w-bush"));
        assertEquals(ID + "person/george-hw-bush", two.get(ID + "person/george-hw-bush"));
        assertEquals(ID + "person/george-bush", two.get(ID + "person/george-bush"));
    }

    @Test
    void labelsAreTheFullNameMostPrinted() {
        assertEquals("Kate Ruiz", Labels.label(Map.of("Kate Ruiz", 3, "Katherine Ruiz", 1, "Ruiz", 9)));
        assertEquals("Hillary Clinton", Labels.label(Map.of("HIllary Clinton", 1, "Hillary Clinton", 1)));
        assertEquals("Ruiz", Labels.label(Map.of("Ruiz", 2)));
        assertEquals("Bernie Sanders", Labels.label(Map.of("Bernie Sanders", 2, "Bernard Sanders", 1)));
    }

    // Spelling variants of a given name: invented people of an invented party.
    private static final String PARTY = "https://w3id.org/newskg/party/harbor-league";

    private static BlockFacts.AgentUse printed(String node, String name, String article, String date) {
        return new BlockFacts.AgentUse(ID + "person/" + node, ID + "article/" + article, Optional.of(name), Optional.empty(),
                Optional.ofNullable(date).map(LocalDate::parse));
    }

    private static BlockFacts.MembershipUse member(String node, String article, String party) {
        return new BlockFacts.MembershipUse(ID + "person/" + node, ID + "article/" + article, party, "Harbor League leader");
    }

    private static Map<String, String> variants(List<BlockFacts.AgentUse> uses, List<BlockFacts.MembershipUse> members) {
        return PersonResolution.resolve(new BlockFacts("quraishi", uses, List.of(), List.of(), BlockFacts.CoMentions.NONE, members));
    }

    @Test
    void aGivenNameSpeltWithAnotherInnerVowelIsOnePersonWhenThePartyAndTheDaysAgree() {
        List<BlockFacts.AgentUse> uses = List.of(printed("tehmoor-quraishi", "Tehmoor Quraishi", "a", "2031-04-10"),
                printed("tehmoor-quraishi", "Tehmoor Quraishi", "b", "2031-04-10"), printed("tahmoor-quraishi", "Tahmoor Quraishi", "c", "2031-04-11"));
        Map<String, String> to = variants(uses, List.of(member("tehmoor-quraishi", "a", PARTY), member("tahmoor-quraishi", "c", PARTY)));
        assertEquals(ID + "person/tehmoor-quraishi", to.get(ID + "person/tahmoor-quraishi"), "the spelling of more articles keeps the node");
        assertEquals(ID + "person/tehmoor-quraishi", to.get(ID + "person/tehmoor-quraishi"));
    }

    @Test
    void spellingVariantsNeedEveryPieceOfEvidence() {
        List<BlockFacts.AgentUse> uses = List.of(printed("tehmoor-quraishi", "Tehmoor Quraishi", "a", "2031-04-10"),
                printed("tahmoor-quraishi", "Tahmoor Quraishi", "c", "2031-04-11"));
        String other = "https://w3id.org/newskg/party/valley-front";
        assertEquals(ID + "person/tahmoor-quraishi", variants(uses, List.of(member("tehmoor-quraishi", "a", PARTY))).get(ID + "person/tahmoor-quraishi"),
                "no party stated for one");
        assertEquals(ID + "person/tahmoor-quraishi", variants(uses, List.of(member("tehmoor-quraishi", "a", PARTY), member("tahmoor-quraishi", "c", other)))
                .get(ID + "person/tahmoor-quraishi"), "two parties");
        List<BlockFacts.AgentUse> apart = List.of(printed("tehmoor-quraishi", "Tehmoor Quraishi", "a", "2031-04-10"),
                printed("tahmoor-quraishi", "Tahmoor Quraishi", "c", "2031-06-11"));
        assertEquals(ID + "person/tahmoor-quraishi", variants(apart, List.of(member("tehmoor-quraishi", "a", PARTY), member("tahmoor-quraishi", "c", PARTY)))
                .get(ID + "person/tahmoor-quraishi"), "months apart");
        List<BlockFacts.AgentUse> together = List.of(printed("tehmoor-quraishi", "Tehmoor Quraishi", "a", "2031-04-10"),
                printed("tahmoor-quraishi", "Tahmoor Quraishi", "a", "2031-04-10"));
        assertEquals(ID + "person/tahmoor-quraishi", variants(together, List.of(member("tehmoor-quraishi", "a", PARTY), member("tahmoor-quraishi", "a", PARTY)))
                .get(ID + "person/tahmoor-quraishi"), "one article prints both: two people");
        List<BlockFacts.AgentUse> three = List.of(printed("tehmoor-quraishi", "Tehmoor Quraishi", "a", "2031-04-10"),
                printed("tahmoor-quraishi", "Tahmoor Quraishi", "c", "2031-04-11"), printed("tihmoor-quraishi", "Tihmoor Quraishi", "d", "2031-04-11"));
        Map<String, String> to = variants(three, List.of(member("tehmoor-quraishi", "a", PARTY), member("tahmoor-quraishi", "c", PARTY),
                member("tihmoor-quraishi", "d", PARTY)));
        assertEquals(ID + "person/tahmoor-quraishi", to.get(ID + "person/tahmoor-quraishi"), "three spellings: none is sure");
        assertEquals(ID + "person/tihmoor-quraishi", to.get(ID + "person/tihmoor-quraishi"));
    }

    @Test
    void differentNamesOneVowelApartStayDifferentPeople() {
        for (String[] p : new String[][] {{"maria", "Maria", "mario", "Mario"}, {"jon", "Jon", "jan", "Jan"}, {"daniela", "Daniela", "daniele", "Daniele"},
                {"alan", "Alan", "alen", "Alen"}, {"ellison", "Ellison", "allison", "Allison"}, {"marian", "Marian", "marion", "Marion"}}) {
            List<BlockFacts.AgentUse> uses = List.of(printed(p[0] + "-quraishi", p[1] + " Quraishi", "a", "2031-04-10"),
                    printed(p[2] + "-quraishi", p[3] + " Quraishi", "c", "2031-04-10"));
            Map<String, String> to = variants(uses, List.of(member(p[0] + "-quraishi", "a", PARTY), member(p[2] + "-quraishi", "c", PARTY)));
            assertEquals(ID + "person/" + p[2] + "-quraishi", to.get(ID + "person/" + p[2] + "-quraishi"), p[1] + " / " + p[3]);
            assertEquals(ID + "person/" + p[0] + "-quraishi", to.get(ID + "person/" + p[0] + "-quraishi"), p[1] + " / " + p[3]);
        }
    }
}
