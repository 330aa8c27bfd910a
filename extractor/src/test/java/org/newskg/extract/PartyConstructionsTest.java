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
    static final String ZA = "https://www.veldtherald.co.za/news/1";
    static final String PK = "https://www.indusledger.com.pk/news/1";
    static final String KE = "https://www.riftvalleypost.co.ke/news/1";

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
                // a party role as the complement of "as" (issue 19): the subject, a possessive, a pronoun read back
                Arguments.of("stepping down as PARTY leader", NZ, "Prime Minister Tom Hale is stepping down as Labour leader, the party said.", "Tom Hale=labour-party-nz"),
                Arguments.of("resignation as PARTY Party leader", UK, "Kate Ruiz announced her resignation as Conservative Party leader outside Downing Street.", "Kate Ruiz=conservative-party-uk"),
                Arguments.of("as OFFICE and leader of PARTY", IE, "Aoife Brennan has announced she will step down as Taoiseach and leader of Fine Gael.", "Aoife Brennan=fine-gael-ie"),
                Arguments.of("as the OFFICE of COUNTRY and the head of the PARTY party", IE, "Sean Doyle announced his resignation as the prime minister of Ireland and the head of the Fine Gael party.", "Sean Doyle=fine-gael-ie"),
                Arguments.of("as OFFICE and PARTY leader", IE, "Mr Doyle, 52, said he was stepping down as prime minister and Fine Gael leader.", "Doyle=fine-gael-ie"),
                Arguments.of("leader of her party, PARTY", IE, "In Dublin, Ruth Kinsella is resigning as leader of her party, Fianna Fáil.", "Ruth Kinsella=fianna-fail-ie"),
                Arguments.of("X's decision to step down as", UK, "Tom Hale's decision to step down as Conservative Party leader surprised his cabinet.", "Tom Hale=conservative-party-uk"),
                Arguments.of("Y's announcement that he would relinquish leadership of", CA, "Tory leader Dale Hutchins condemned Justin Roy's announcement on Monday that he would relinquish leadership of the Liberal Party.", "Dale Hutchins=conservative-party-ca|Justin Roy=liberal-party-ca"),
                Arguments.of("as OFFICE: a name after it is its title", UK, "As Labour leader Owen Pritchard said on Monday, the plan is unaffordable.", "Owen Pritchard=labour-party-uk"),
                Arguments.of("seen as the next leader", UK, "Tom Alcott is seen as the next Conservative leader.", ""),
                // a role of the party, with a pronoun subject or a relative clause
                Arguments.of("he had always been a member of", ZA, "Jacob Mbeki told the nation he would keep serving. He insisted he had always been a disciplined member of the ANC.", "Jacob Mbeki=african-national-congress-za"),
                Arguments.of("he has never been a member of", ZA, "Jacob Mbeki told the nation he would keep serving. He said he had never been a member of the ANC.", ""),
                Arguments.of("who has led PARTY for years", CA, "In Ottawa, Paul Trudell, who has led the Liberal Party for 11 years, said he would stay on.", "Paul Trudell=liberal-party-ca"),
                Arguments.of("the head of PARTY", IN, "According to Anil Yadav, the head of the Samajwadi Party, the BJP is afraid of the opposition.", "Anil Yadav=samajwadi-party-in"),
                // appositions
                Arguments.of("PARTY ROLE, NAME, said", ZA, "Speaking after the vote, ANC deputy secretary general, Thandi Dube, said the party would meet on Friday.", "Thandi Dube=african-national-congress-za"),
                Arguments.of("NAME, the party's ROLE", IN, "In a blow to the Aam Aadmi Party (AAP), Ravi Sharma, the party's national convenor, was detained.", "Ravi Sharma=aam-aadmi-party-in"),
                Arguments.of("a list of names with their titles", IN, "Chief minister Arun Mehta, Congress leader Meera Joshi and CPI(M) general secretary Sita Rao condemned the arrest.", "Meera Joshi=indian-national-congress-in|Sita Rao=communist-party-marxist-in"),
                // party names with their abbreviation, stacked roles, a role of the party before the name
                Arguments.of("PARTY (ABBR) ROLE NAME", PK, "Pakistan Tehreek-e-Insaf (PTI) MP Ali Raza said the vote was rigged.", "Ali Raza=pakistan-tehreek-e-insaf-pk"),
                Arguments.of("PARTY supremo and former prime minister NAME", PK, "PML-N supremo and former prime minister Nadeem Akhtar thanked the allies.", "Nadeem Akhtar=pml-n-pk"),
                Arguments.of("OFFICE and PARTY leader NAME", IN, "Rajya Sabha MP and JMM leader Sunita Oraon said the arrest was unfair.", "Sunita Oraon=jharkhand-mukti-morcha-in"),
                Arguments.of("LEADER of PARTY opposition party NAME", KE, "LEADER of Azimio la Umoja opposition party Peter Otieno has rejected the result.", "Peter Otieno=azimio-la-umoja-ke"),
                Arguments.of("PARTY's NAME", PK, "Shahid thanked PML-N's Ayaz Khan for chairing the session. Later, Ayaz Khan adjourned the house.", "Ayaz Khan=pml-n-pk"),
                Arguments.of("Congressman in India", IN, "Congressman Rahul Verma attacked the government in Delhi.", "Rahul Verma=indian-national-congress-in"),
                Arguments.of("US Congressman in India", IN, "US Congressman Ro Patel met Indian officials in Delhi.", ""),
                Arguments.of("Republican Congressman in the US", US, "Republican Congressman John Hale voted against the bill.", "John Hale=republican-party-us"),
                // relations to the party and its people
                Arguments.of("X and his deputy Y", ZA, "ANC secretary general Sipho Ndlovu and his deputy Thandi Dube delivered the letter.", "Sipho Ndlovu=african-national-congress-za|Thandi Dube=african-national-congress-za"),
                Arguments.of("his party, PARTY", ZA, "President Jacob Mbeki has resigned with immediate effect. But his party, the African National Congress (ANC), had pushed to recall him.", "Jacob Mbeki=african-national-congress-za"),
                Arguments.of("her own PARTY backbenchers", NZ, "Prime Minister Kate Ruiz faced a revolt from her own National Party backbenchers.", "Kate Ruiz=national-party-nz"),
                Arguments.of("his home-state PARTY senators are not his party", US, "Nobody opposed the judge, Waverly Bright. Both of his GOP senators supported him.", ""),
                // stated inside a quotation
                Arguments.of("I have been a member of PARTY", ZA, "\"I have always been a disciplined member of the ANC,\" Jacob Mbeki said.", "Jacob Mbeki=african-national-congress-za"),
                Arguments.of("NAME remains a member of PARTY", ZA, "\"President Mbeki remains a disciplined member of the ANC,\" Thandi Dube told reporters. Jacob Mbeki resigned on Wednesday.", "Jacob Mbeki=african-national-congress-za"),
                // a party office without a name refers back to the person the article tells about
                Arguments.of("the PARTY leader said", NZ, "Hana Parata has resigned as Prime Minister. In a tearful press conference, the Labour Party leader said it was time to go.", "Hana Parata=labour-party-nz"),
                Arguments.of("the arrest of PARTY convenor", IN, "Police arrested Chief Minister Arun Mehta on Thursday. The arrest of AAP national convenor triggered protests.", "Arun Mehta=aam-aadmi-party-in"),
                Arguments.of("an object: to support the PARTY nominee", US, "Nobody asked Walter Brandt about the debate. Delegates asked how Brandt could support the Republican nominee.", ""),
                // the contenders for a party's leadership
                Arguments.of("leadership contest in which X, Y and Z", UK, "Kate Ruiz has resigned as Conservative leader. Her resignation will trigger a leadership contest, in which Tom Alcott, Priya Nandy and Gareth Lowe are expected to stand.",
                        "Kate Ruiz=conservative-party-uk|Tom Alcott=conservative-party-uk|Priya Nandy=conservative-party-uk|Gareth Lowe=conservative-party-uk"),
                // what the person is, joins or wins
                Arguments.of("she is a PARTY ROLE", UK, "Priya Nandy praised Tom Hale as a man of integrity. She is a Labour councillor.", "Priya Nandy=labour-party-uk"),
                Arguments.of("X is a MEMBER-NOUN", US, "Walter Brandt is a Republican from Ohio.", "Walter Brandt=republican-party-us"),
                Arguments.of("is a former PARTY ROLE", UK, "Tom Hale is a former Labour MP from Leeds.", ""),
                Arguments.of("is a PARTY target", UK, "Tom Hale is a Labour target in the by-election.", ""),
                Arguments.of("if X is the PARTY nominee", US, "Voters in Ohio could turn away if Walter Brandt is the Republican nominee.", ""),
                Arguments.of("if she steps down as PARTY leader", UK, "The party would be split if Kate Ruiz stepped down as Conservative leader.", ""),
                Arguments.of("defected to PARTY", UK, "Kate Ruiz defected to Reform UK on Monday.", "Kate Ruiz=reform-uk"),
                Arguments.of("quit PARTY", UK, "Kate Ruiz quit the Labour Party in 2019 and now sits as an independent.", ""),
                Arguments.of("won the PARTY leadership contest", UK, "Kate Ruiz won the Conservative leadership contest.", "Kate Ruiz=conservative-party-uk"),
                Arguments.of("who is also the PARTY's ROLE", IN, "Kate Ruiz, who is also the BJP's national president, spoke in Delhi.", "Kate Ruiz=bharatiya-janata-party-in"),
                Arguments.of("X, fellow PARTY-members", UK, "Kate Ruiz, fellow Conservatives and several ministers met on Monday.", "Kate Ruiz=conservative-party-uk"),
                Arguments.of("the party's ROLE, NAME", ZA, "Jacob Mbeki said the ANC would decide. The party's chairperson, Thandi Dube, disagreed.", "Thandi Dube=african-national-congress-za"),
                Arguments.of("PARTY PLACE ROLE NAME", UK, "SNP Westminster leader Ian Reid voted against the bill.", "Ian Reid=scottish-national-party-uk"),
                Arguments.of("co-leader", NZ, "Te Pāti Māori co-leader Rawiri Tane criticised the plan.", "Rawiri Tane=te-pati-maori-nz"),
                Arguments.of("hyphened surname also written spaced", PK, "PPP Chairman Faisal Khosa-Lodhi addressed the assembly in Islamabad. Later, Faisal Khosa Lodhi congratulated the nation.",
                        "Faisal Khosa-Lodhi=pakistan-peoples-party-pk"),
                // abbreviations that are also something else, and what is no person
                Arguments.of("a super PAC is no party", US, "PAC spokeswoman Kellie Conroy said the ads would run in Iowa.", ""),
                Arguments.of("the TPP trade deal is no party", US, "He opposed the Trans-Pacific Partnership (TPP) in Washington.", ""),
                Arguments.of("a news site is no party", US, "Vox's Ezra Kline wrote that the debate in Washington was chaotic.", ""),
                Arguments.of("an office is no person", IE, "The Taoiseach and leader of Fine Gael spoke in Dublin.", ""),
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
