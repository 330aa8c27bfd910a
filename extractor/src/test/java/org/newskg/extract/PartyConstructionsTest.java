package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.nlp.Analyzer;
import org.newskg.nlp.NlpModels;

/**
 * Each construction of issue 10 as a rule of the language, and each shared party word in both readings, on
 * sentences written for the test (fictional people and outlets), through the real nlp and extract stages.
 */
class PartyConstructionsTest {
    private static final ThreadLocal<Analyzer> ANALYZER = ThreadLocal.withInitial(() -> new Analyzer(NlpModels.defaults()));
    private static final Extractor EXTRACTOR = new Extractor(Schemes.bundled());

    static final String UK = "https://www.harborgazette.co.uk/politics/1";
    static final String IN = "https://www.delhiledger.in/nation/1";
    static final String AU = "https://www.canberracourier.com.au/news/1";
    static final String CA = "https://www.ottawabeacon.ca/politics/1";
    static final String IE = "https://www.dublinpost.ie/news/1";
    static final String NZ = "https://www.aucklandtide.co.nz/politics/1";
    static final String US = "https://www.harborgazette.com/news/1";

    static Stream<Arguments> constructions() {
        return Stream.of(
                // a party word or abbreviation as a role modifier
                Arguments.of("Congress MP", IN, "Congress MP Asha Mehta said the Lok Sabha would debate the bill.", "Asha Mehta=indian-national-congress-in"),
                Arguments.of("AAP MLA", IN, "AAP MLA Ravi Patel was detained by Delhi Police on Tuesday.", "Ravi Patel=aam-aadmi-party-in"),
                Arguments.of("DMK chief and Chief Minister", IN, "DMK chief and Chief Minister Arul Selvan announced the scheme in Chennai.", "Arul Selvan=dravida-munnetra-kazhagam-in"),
                Arguments.of("Tory backbencher", UK, "Tory backbencher Tom Alcott has called for a fresh leadership contest.", "Tom Alcott=conservative-party-uk"),
                Arguments.of("Greens senator", AU, "Greens senator Mia Forrest said the bill would fail.", "Mia Forrest=australian-greens-au"),
                Arguments.of("ALP frontbencher", AU, "ALP frontbencher Liam O'Dea defended the tax changes.", "Liam O'Dea=australian-labor-party-au"),
                Arguments.of("constituency before the party", UK, "Harbor North Labour MP Kate Ruiz said the vote would be close.", "Kate Ruiz=labour-party-uk"),
                // possessives and appositions
                Arguments.of("possessive", UK, "The SNP's Westminster leader Fiona Strachan accused ministers of ignoring Scotland.", "Fiona Strachan=scottish-national-party-uk"),
                Arguments.of("the Conservative MP for", UK, "Gareth Lowe, the Conservative MP for Harbor East, said the plan was unaffordable.", "Gareth Lowe=conservative-party-uk"),
                Arguments.of("a Liberal Democrat", UK, "Priya Nandy, a Liberal Democrat, won the seat by 400 votes.", "Priya Nandy=liberal-democrats-uk"),
                Arguments.of("leader of the Green Party", UK, "Helen Marsh, leader of the Green Party, told the conference that rents must fall.", "Helen Marsh=green-party-england-wales-uk"),
                Arguments.of("of the BJP", IN, "Anil Desai of the BJP said the Rajya Sabha had passed the bill.", "Anil Desai=bharatiya-janata-party-in"),
                Arguments.of("party in brackets", UK, "Kate Ruiz (Lab) and Tom Alcott (Con) both voted against the bill.", "Kate Ruiz=labour-party-uk|Tom Alcott=conservative-party-uk"),
                // relative clauses and events
                Arguments.of("who leads", CA, "Neil Forsythe, who leads the Green Party, was the only member to vote against it.", "Neil Forsythe=green-party-ca"),
                Arguments.of("ousted as leader of", AU, "Shane Wilkes was ousted as leader of the National Party on Monday.", "Shane Wilkes=national-party-au"),
                Arguments.of("beat Y to lead (both)", AU, "On Monday in Canberra, Darren Moss beat Karen Doyle in a party-room ballot to lead the Nationals.", "Darren Moss=national-party-au|Karen Doyle=national-party-au"),
                // lists
                Arguments.of("figures such as X and deputy leader Y", UK, "Labour figures such as Daniel Osei and deputy leader Ruth Penhale backed the motion.", "Daniel Osei=labour-party-uk|Ruth Penhale=labour-party-uk"),
                Arguments.of("senators, among them X", AU, "A dozen Labor senators, among them Jodie Kerrigan, signed the letter.", "Jodie Kerrigan=australian-labor-party-au"),
                // role nouns that corefer
                Arguments.of("the Democratic governor", US, "Gov. Laura Kent signed the bill on Friday. The Democratic governor said it would lower costs in Ohio.", "Laura Kent=democratic-party-us"),
                Arguments.of("the Tory leader", UK, "Margaret Hale toured the hospital in Leeds. The Tory leader said the NHS needed more nurses. Conservative leader Margaret Hale was cheered.", "Margaret Hale=conservative-party-uk"),
                Arguments.of("fellow Conservative (both)", UK, "Simon Vance criticised the budget on Monday. Fellow Conservative Amelia Croft said it went too far.", "Simon Vance=conservative-party-uk|Amelia Croft=conservative-party-uk"),
                // world knowledge and other people's parties are not stated memberships
                Arguments.of("a Labour MP said", UK, "A Labour MP said the whips had lost control of the party.", ""),
                Arguments.of("prime minister", UK, "Prime Minister Daniel Hartley met union leaders in Downing Street on Tuesday.", ""),
                Arguments.of("a former Conservative", UK, "Kate Ruiz, a former Conservative, now sits as an independent in the Commons.", ""),
                Arguments.of("the leader's chief of staff", UK, "Ruth Penhale, the Labour leader's chief of staff, resigned on Friday in London.", ""),
                Arguments.of("a rival's party", AU, "Labor attacked Karen Doyle over the tax changes in Canberra.", ""));
    }

    static Stream<Arguments> ambiguousWords() {
        return Stream.of(
                Arguments.of("Congress: Indian party", IN, "Congress MP Asha Mehta spoke in the Lok Sabha.", "Asha Mehta=indian-national-congress-in"),
                Arguments.of("Congress: US legislature", US, "Members of Congress such as Walter Brandt and Nadia Ferrer voted against the bill in Washington.", ""),
                Arguments.of("Congress: US legislature next to India", US, "Sen. Nadia Ferrer, a member of Congress since 2009, returned from India on Monday.", ""),
                Arguments.of("Liberal: Australian", AU, "Liberal MP Karen Doyle crossed the floor.", "Karen Doyle=liberal-party-au"),
                Arguments.of("Liberal: Canadian", CA, "Liberal MP Chantal Roy said the funding would be announced.", "Chantal Roy=liberal-party-ca"),
                Arguments.of("Liberal: undecided", "-", "Liberal MP Dana Kerr spoke against the motion on Thursday.", ""),
                Arguments.of("Labour: British", UK, "Labour MP Aroha Tane said the housing plan was overdue.", "Aroha Tane=labour-party-uk"),
                Arguments.of("Labour: Irish", IE, "Labour TD Aoife Brennan said the Taoiseach had misled the Dáil.", "Aoife Brennan=labour-party-ie"),
                Arguments.of("Labour: New Zealand", NZ, "Labour MP Aroha Tane said the housing plan was overdue.", "Aroha Tane=labour-party-nz"),
                Arguments.of("Labour: British in a US story", US, "In Britain, Labour MP Aroha Tane said the housing plan in London was overdue.", "Aroha Tane=labour-party-uk"),
                Arguments.of("Labor: Australian", AU, "Labor Premier Tess Hollis said Queensland would not sign the deal.", "Tess Hollis=australian-labor-party-au"),
                Arguments.of("Labor: US department", US, "The Labor Department said Labor Secretary Nadia Ferrer would testify in Washington.", ""),
                Arguments.of("Conservative: British", UK, "Conservative MP Dale Hutchins said the plan was a mistake.", "Dale Hutchins=conservative-party-uk"),
                Arguments.of("Tory: Canadian", CA, "Tory MP Dale Hutchins said the Alberta plan was a mistake.", "Dale Hutchins=conservative-party-ca"),
                Arguments.of("Greens: British", UK, "Greens MP Mia Forrest said the bill would fail.", "Mia Forrest=green-party-england-wales-uk"),
                Arguments.of("Nationals: Australian", AU, "Nationals MP Hamish Reid said the city had ignored farmers.", "Hamish Reid=national-party-au"),
                Arguments.of("National: New Zealand", NZ, "National MP Hamish Reid said Wellington had ignored farmers.", "Hamish Reid=national-party-nz"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constructions")
    void construction(String name, String url, String text, String expected) {
        check(url, text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ambiguousWords")
    void ambiguousPartyWord(String name, String url, String text, String expected) {
        check(url, text, expected);
    }

    @Test
    void aRoleNounIsNeverAPersonsName() {
        Extracted e = Extracted.of("A Labour MP said the whips had lost control. Another MP said they had not.");
        assertTrue(e.persons().stream().noneMatch(p -> p.name().equals("MP")), e::describe);
    }

    @Test
    void membershipStatedTwiceIsOneMembershipWithTwoEvidencePhrases() {
        Extraction x = run(UK, "Conservative leader Margaret Hale toured the hospital in Leeds. Later, Conservative leader Margaret Hale spoke.");
        assertEquals(Set.of("Margaret Hale=conservative-party-uk"), WorldMembershipsTest.memberships(x));
        assertEquals(2, x.memberships().size(), () -> x.memberships().toString());
    }

    private static void check(String url, String text, String expected) {
        Extraction x = run(url, text);
        Set<String> want = new TreeSet<>();
        for (String s : expected.split("\\|")) if (!s.isBlank()) want.add(s);
        assertEquals(want, WorldMembershipsTest.memberships(x), () -> "persons " + WorldMembershipsTest.persons(x));
    }

    private static Extraction run(String url, String text) {
        var c = new WorldMembershipsTest.Case("t", url.equals("-") ? Optional.empty() : Optional.of(url), Optional.empty(), Set.of(), text);
        return WorldMembershipsTest.run(ANALYZER.get(), EXTRACTOR, c);
    }
}
