package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The article's country, from the signals it carries, and what it decides for shared party words. */
class PartyContextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "https://www.harborgazette.co.uk/politics/1, GB",
            "https://harborgazette.uk/a, GB",
            "https://www.delhiledger.in/nation/1, IN",
            "https://www.delhiledger.co.in/nation/1, IN",
            "https://www.canberracourier.com.au/news/1, AU",
            "https://www.ottawabeacon.ca/politics/1, CA",
            "https://www.dublinpost.ie/news/1, IE",
            "https://www.aucklandtide.co.nz/politics/1, NZ",
            "https://www.lagosherald.ng/politics/1, NG",
            "https://www.nairobiwire.co.ke/news/1, KE",
            "https://www.capemonitor.co.za/news/1, ZA",
            "https://www.karachiobserver.com.pk/news/1, PK",
            "https://www.theguardian.com/politics/2024/jan/01/a, GB",
            "https://www.theguardian.com/australia-news/2024/jan/01/a, AU",
            "https://www.ndtv.com/india-news/a, IN",
            "https://www.nytimes.com/2016/09/01/us/politics/a.html, US",
            "https://www.cbc.ca/news/politics/a, CA",
    })
    void urlHostGivesTheCountry(String url, String country) {
        assertEquals(Optional.of(country), PartyContext.countryOfUrl(url));
    }

    @Test
    void unknownGenericHostSaysNothing() {
        assertEquals(Optional.empty(), PartyContext.countryOfUrl("https://www.harborgazette.com/news/1"));
        assertEquals(Optional.empty(), PartyContext.countryOfUrl("not a url"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "The Sydney Morning Herald, AU",
            "Hindustan Times, IN",
            "CBC News, CA",
            "The Irish Times, IE",
            "BBC News, GB",
            "nyt, US",
            "wash-post, US",
            "ndtv.com, IN",
    })
    void outletNameGivesTheCountry(String outlet, String country) {
        assertEquals(Optional.of(country), PartyContext.countryOfOutlet(outlet));
    }

    @Test
    void institutionsAndPlacesInTheTextDecide() {
        assertEquals(Optional.of("IN"), ctx("The Lok Sabha met in New Delhi.").country());
        assertEquals(Optional.of("GB"), ctx("MPs at Westminster voted in London.").country());
        assertEquals(Optional.of("AU"), ctx("The party room met in Canberra.").country());
        assertEquals(Optional.of("IE"), ctx("The Dáil sat late in Dublin.").country());
        assertEquals(Optional.of("CA"), ctx("The vote in Ottawa split Ontario.").country());
    }

    @Test
    void lookalikesAreNotCues() {
        // New South Wales is Australian, not Welsh; the Liberal Democrats are not American Democrats.
        assertEquals(0, ctx("Sydney is in New South Wales.").score("GB"));
        assertEquals(0, ctx("The Liberal Democrats and the Social Democrats met.").score("US"));
    }

    @Test
    void oneCueIsNotEnoughAgainstAnother() {
        assertEquals(Optional.empty(), ctx("He flew from Ottawa to Canberra.").country());
        assertEquals(Optional.empty(), ctx("Nothing here names a place.").country());
    }

    @Test
    void pageLanguageIsOneMoreSignal() {
        assertEquals(Optional.of("IN"), ctx("").withLanguage("en-IN").country());
        assertEquals(Optional.of("AU"), ctx("").withLanguage("en_AU").country());
        assertEquals(Optional.of("GB"), ctx("").withLanguage("en-UK").country());
        assertEquals(Optional.empty(), ctx("").withLanguage("en").country());
    }

    @Test
    void congressIsTheIndianPartyOnlyInAnIndianArticle() {
        PartyContext india = PartyContext.of(Optional.of("https://www.delhiledger.in/a"), Optional.empty(), "");
        PartyContext us = PartyContext.of(Optional.of("https://www.nytimes.com/a"), Optional.empty(), "");
        assertEquals(Optional.of("IN"), india.choose(List.of("IN"), "Congress MP Asha Mehta spoke.", true, true));
        assertEquals(Optional.empty(), us.choose(List.of("IN"), "Congress passed the bill.", true, true));
        // A US story that mentions India in the sentence is still about the US legislature.
        assertEquals(Optional.empty(), us.choose(List.of("IN"), "A member of Congress returned from India.", true, true));
    }

    @Test
    void sharedWordWithoutOrdinaryReadingFollowsTheSentenceInAForeignArticle() {
        PartyContext us = PartyContext.of(Optional.of("https://www.nytimes.com/a"), Optional.empty(), "");
        assertEquals(Optional.of("GB"), us.choose(List.of("GB", "IE", "NZ"), "Britain's Labour leader spoke.", true, false));
        assertEquals(Optional.empty(), us.choose(List.of("GB", "IE", "NZ"), "The Labour leader spoke.", true, false));
    }

    @Test
    void undecidedContextDecidesNothingButAnUnambiguousPartyStands() {
        PartyContext none = ctx("");
        assertEquals(Optional.empty(), none.choose(List.of("AU", "CA", "GB"), "Liberal MP Dana Kerr spoke.", true, true));
        assertEquals(Optional.of("IN"), none.choose(List.of("IN"), "BJP MP Meera Joshi spoke.", false, false));
    }

    @Test
    void partiesNamedCountForTheirCountry() {
        assertEquals(Optional.of("IN"), ctx("").withParties(List.of("IN", "IN")).country());
    }

    private static PartyContext ctx(String text) {
        return PartyContext.of(Optional.empty(), Optional.empty(), text);
    }

    /**
     * The word index that picks which patterns to try finds what every pattern's own find() finds, on text written
     * to hit its edges: optional dots, plurals, accents, a number sign after a word, "New South Wales", "Liberal
     * Democrats", cues at the text's ends and inside words.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The U.K. and the UK's MSPs met in Westminster; MSP Jo Bray spoke.",
            "Ms Quill, a TD for Cork, spoke in the Dáil and the dail; the Tánaiste replied.",
            "New South Wales and Wales; the Liberal Democrats and the Democrats; u.s. and the U.S.A.",
            "washington² and ²washington and Washington-based, the D.C. office of Sen. Marlow (Rep. Ives, Gov. Oder)",
            "São Paulo, Sao Paulo, Brasília; Québec and Quebecers; the Élysée; Kraków; Türkiye",
            "mlas MLAs mla MLA crore lakh; mpps MPPs; kiwis Kiwi kiwi; the Lok Sabha and Lok  Sabha",
            "Londoner londoner London1 1London Lond on; the NHS's; Canadians' views",
            "Westminster",
    })
    void wordIndexFindsWhatThePatternsFind(String text) {
        java.util.Map<String, Integer> expected = new java.util.TreeMap<>();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        PartyContext.cuePatterns().forEach((country, p) -> {
            java.util.regex.Matcher m = p.matcher(lower);
            int n = 0;
            while (m.find()) {
                String hit = m.group();
                if (country.equals("GB") && hit.equals("wales") && lower.substring(0, m.start()).endsWith("south ")) continue;
                if (country.equals("US") && hit.equals("democrats") && List.of("liberal ", "social ", "new ", "free ", "christian ")
                        .stream().anyMatch(w -> lower.substring(0, m.start()).endsWith(w))) continue;
                n++;
            }
            if (n > 0) expected.put(country, n);
        });
        assertEquals(expected, PartyContext.cues(text));
    }
}
