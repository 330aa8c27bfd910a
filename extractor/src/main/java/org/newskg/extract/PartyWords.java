package org.newskg.extract;

import java.util.Locale;
import java.util.Set;

/** The word lists the membership rules share: roles, the words that may modify them, and what ends a party phrase. */
final class PartyWords {
    private PartyWords() {}

    /** Nouns for a person in politics; a party word before one of them describes the person. */
    static final Set<String> ROLES = Words.of("mp", "mps", "mla", "mlas", "msp", "msps", "mep", "meps", "td", "tds", "mpp",
            "mpps", "mna", "mnas", "mlc", "mlcs", "senator", "senators", "sen.", "sen", "rep.", "rep", "representative",
            "representatives", "congressman", "congresswoman", "congressmen", "lawmaker", "lawmakers", "legislator",
            "legislators", "parliamentarian", "parliamentarians", "backbencher", "backbenchers", "frontbencher",
            "frontbenchers", "minister", "ministers", "leader", "leaders", "chief", "president", "chairman", "chairwoman",
            "chair", "chairperson", "spokesperson", "spokesman", "spokeswoman", "candidate", "candidates", "nominee",
            "councillor", "councillors", "councilor", "councilors", "member", "members", "politician", "politicians",
            "figure", "figures", "heavyweight", "heavyweights", "veterans", "colleague", "colleagues", "governor",
            "governors", "mayor", "premier", "whip", "secretary", "treasurer", "peer", "peers", "assemblyman",
            "assemblywoman", "delegate", "delegates", "incumbent", "stalwart", "stalwarts", "loyalist", "loyalists",
            "grandee", "grandees", "worker", "workers", "hopeful", "hopefuls", "contender", "strategist", "operative",
            "deputy", "presidential", "pm", "mk", "mks", "leadership", "founder", "co-founder", "chieftain", "chieftains",
            "secretary-general", "general-secretary", "secretary general", "legislator", "senator-elect", "convener", "convenor",
            // Party offices of the Commonwealth press: "PML-N supremo", "Samajwadi Party head", "ANC treasurer-general".
            "head", "supremo", "boss", "patron", "treasurer-general", "vice-president", "vice-chairman", "vice-chair",
            "organiser", "organizer", "leader-elect", "mp-elect", "mla-elect", "chief whip", "stalwart", "veteran",
            "member-elect", "ideologue", "comrade", "comrades", "candidate-elect", "co-leader", "co-leaders", "co-chair",
            "co-chairman", "co-chairperson", "co-chairwoman", "co-president", "co-convenor", "co-convener", "deputy-leader",
            "flagbearer", "flag-bearer", "standard-bearer", "standardbearer");
    /** Words that may stand between the party and the role: "Tory rebel backbencher", "BJP state unit chief". */
    static final Set<String> ROLE_MODIFIERS = Words.of("former", "ex", "ex-", "veteran", "senior", "junior", "fellow",
            "rebel", "shadow", "party", "parliamentary", "state", "national", "general", "vice", "assistant", "acting",
            "first-term", "rookie", "outgoing", "unit", "frontbench", "backbench", "opposition", "deputy", "and", "-",
            "long-serving", "longtime", "sitting", "local", "district", "city", "regional", "federal", "provincial",
            "upper", "lower", "house", "lok", "sabha", "rajya", "assembly", "cabinet", "chief", "prime", "union",
            "governorship", "mayoral", "senatorial", "gubernatorial", "leadership", "by-election", "presidential");
    /** What opens a list of a group's members: "Labour figures such as X". */
    static final Set<String> GROUP_OPENERS = Words.of("such as", "including", "like", ", among them", "among them",
            ", including", "among whom", ", such as");
    /** Words after a party word that make it someone else's relation to the party: "a Democratic challenger". */
    static final Set<String> NOT_MEMBERSHIP_AFTER = Words.of("challenger", "rival", "opponent", "critic",
            "foe", "donor", "donors", "voter", "voters", "supporter", "supporters", "strategists", "-led", "-controlled",
            "national", "primary", "leaning", "turned", "government", "administration", "ally", "allies", "sympathiser",
            "sympathizer", "-backed", "-aligned");
    /** Heads of a noun phrase the party word only modifies: "the Republican National Committee", "the Labour budget". */
    static final Set<String> ORG_HEADS_AFTER = Words.of("committee", "convention", "council", "government",
            "group", "caucus", "administration", "campaign", "headquarters", "office", "office's", "manifesto",
            "conference", "platform", "primary", "primaries", "ticket", "establishment", "base", "voters", "majority",
            "minority", "senators", "mps", "members", "lawmakers", "leadership", "race", "contest", "ballot", "vote",
            "supporters", "policy", "policies", "plan", "bill", "budget", "-led", "state", "states", "stronghold", "seat",
            "seats", "wing", "faction", "youth", "women", "candidate", "candidates", "nominee", "nomination", "figures");
    /** Words that end the noun phrase of a role: "Labour's pick for mayor" is no role of the party's. */
    static final Set<String> FUNCTION_WORDS = Words.of("of", "for", "to", "with", "in", "on", "at", "by", "from",
            "and", "or", "but", "who", "which", "that", "said", "says");

    /**
     * Countries and their peoples, which the name finder sometimes returns as persons ("Ireland", "Kenyans"): no
     * membership is about them. Country names of more than one word are matched word by word ("Zealand").
     */
    static final Set<String> PLACES_AND_PEOPLES = Words.of("ireland", "irish", "britain", "british", "england", "english",
            "scotland", "scottish", "wales", "welsh", "uk", "canada", "canadian", "canadians", "australia", "australian",
            "australians", "zealand", "zealander", "zealanders", "kiwi", "kiwis", "india", "indian", "indians", "pakistan",
            "pakistani", "pakistanis", "bangladesh", "bangladeshi", "bangladeshis", "lanka", "lankan", "lankans", "nepal",
            "nepali", "nepalese", "kenya", "kenyan", "kenyans", "nigeria", "nigerian", "nigerians", "ghana", "ghanaian",
            "ghanaians", "uganda", "ugandan", "ugandans", "tanzania", "tanzanian", "tanzanians", "zimbabwe", "zimbabwean",
            "zimbabweans", "zambia", "zambian", "zambians", "malawi", "malawian", "namibia", "namibian", "botswana",
            "africa", "african", "africans", "america", "american", "americans", "usa", "us", "states", "france", "french",
            "germany", "german", "germans", "italy", "italian", "italians", "spain", "spanish", "israel", "israeli",
            "israelis", "palestine", "palestinian", "palestinians", "ukraine", "ukrainian", "ukrainians", "russia",
            "russian", "russians", "china", "chinese", "japan", "japanese", "korea", "korean", "koreans", "taiwan",
            "taiwanese", "malaysia", "malaysian", "malaysians", "singapore", "singaporean", "singaporeans", "philippines",
            "filipino", "filipinos", "indonesia", "indonesian", "indonesians", "thailand", "thai", "jamaica", "jamaican",
            "jamaicans", "trinidad", "tobago", "mexico", "mexican", "mexicans", "brazil", "brazilian", "brazilians",
            "europe", "european", "europeans", "asia", "asian", "delhi", "dublin", "london", "washington", "ottawa",
            "wellington", "nairobi", "islamabad", "pretoria", "canberra", "westminster");

    /** Offices written without a name that the name finder takes for a person ("the Taoiseach said"). */
    static final Set<String> OFFICES = Words.of("taoiseach", "tánaiste", "tanaiste", "premier", "chancellor", "taoiseach's");

    /** Words between "the" and a party that describe its place in politics: "the governing Fine Gael party". */
    static final Set<String> PARTY_EPITHETS = Words.of("governing", "ruling", "opposition", "main", "largest", "junior",
            "senior", "centre-left", "centre-right", "center-left", "center-right", "left-wing", "right-wing", "far-right",
            "far-left", "nationalist", "populist", "conservative", "liberal", "incumbent", "beleaguered", "embattled");

    static boolean isDeterminer(String w) {
        return Set.of("a", "an", "the", "another", "fellow").contains(w.toLowerCase(Locale.ROOT));
    }

    /** Whether a word before a party word puts the membership in the past: "a former Republican". */
    static boolean isFormer(String w) {
        return w.equals("former") || w.equals("ex") || w.equals("ex-") || w.equals("onetime");
    }
}
