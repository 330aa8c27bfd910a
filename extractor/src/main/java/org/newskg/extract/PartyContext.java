package org.newskg.extract;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which country an article's politics belong to, for party words that several countries share ("Labour",
 * "Liberal") or that mean something else elsewhere ("Congress" is the US legislature in a US story and the
 * Indian National Congress in an Indian one). Signals add up per country (ISO 3166-1 alpha-2): the host of
 * the article's URL (its country domain or a known outlet), the outlet's name, a page language such as
 * {@code en-IN}, the places and institutions the text names (Lok Sabha, Westminster, Canberra), and the
 * parties it names that belong to one country only. A country is decided only when it leads clearly;
 * otherwise {@link #choose} says nothing and no membership is emitted.
 */
public final class PartyContext {
    /** Points a URL host, an outlet name or a page language gives: one of them outweighs a few place names. */
    static final int SOURCE = 4;
    /** Text cues of one country count up to this many. */
    static final int CAP = 6;

    private static final Map<String, String> TLD = Map.ofEntries(Map.entry("uk", "GB"), Map.entry("ie", "IE"),
            Map.entry("ca", "CA"), Map.entry("au", "AU"), Map.entry("nz", "NZ"), Map.entry("in", "IN"),
            Map.entry("pk", "PK"), Map.entry("za", "ZA"), Map.entry("ng", "NG"), Map.entry("ke", "KE"),
            Map.entry("de", "DE"), Map.entry("fr", "FR"), Map.entry("us", "US"), Map.entry("gov", "US"),
            Map.entry("bd", "BD"), Map.entry("lk", "LK"), Map.entry("np", "NP"), Map.entry("my", "MY"), Map.entry("sg", "SG"),
            Map.entry("ph", "PH"), Map.entry("jp", "JP"), Map.entry("kr", "KR"), Map.entry("tw", "TW"), Map.entry("il", "IL"),
            Map.entry("zw", "ZW"), Map.entry("zm", "ZM"), Map.entry("ug", "UG"), Map.entry("tz", "TZ"), Map.entry("gh", "GH"),
            Map.entry("na", "NA"), Map.entry("bw", "BW"), Map.entry("mw", "MW"), Map.entry("jm", "JM"), Map.entry("tt", "TT"),
            Map.entry("it", "IT"), Map.entry("es", "ES"), Map.entry("nl", "NL"), Map.entry("hu", "HU"), Map.entry("pl", "PL"),
            Map.entry("ua", "UA"), Map.entry("ru", "RU"), Map.entry("br", "BR"), Map.entry("mx", "MX"), Map.entry("tr", "TR"));
    /** Outlets on generic domains, by host (without "www.") or a distinctive part of the outlet's name. */
    private static final Map<String, String> OUTLETS = outlets();

    private static Map<String, String> outlets() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "GB", "bbc.com", "bbc.co.uk", "theguardian.com", "guardian.co.uk", "ft.com", "telegraph.co.uk", "independent.co.uk",
                "dailymail.co.uk", "thetimes.co.uk", "news.sky.com", "sky news", "bbc", "the guardian", "financial times",
                "the telegraph", "daily telegraph", "the independent", "daily mail", "the times", "evening standard",
                "the scotsman", "the herald", "new statesman", "the spectator", "itv news", "channel 4 news", "mirror");
        put(m, "IN", "ndtv.com", "thehindu.com", "hindustantimes.com", "indianexpress.com", "timesofindia.indiatimes.com",
                "indiatimes.com", "livemint.com", "news18.com", "deccanherald.com", "thequint.com", "firstpost.com",
                "ndtv", "the hindu", "hindustan times", "indian express", "times of india", "india today", "mint",
                "the print", "theprint", "the wire", "scroll", "deccan herald", "news18", "the quint", "firstpost", "pti");
        put(m, "AU", "abc.net.au", "sydney morning herald", "the age", "the australian", "news.com.au", "abc australia",
                "australian broadcasting", "guardian australia", "the conversation au", "sbs news", "crikey");
        put(m, "CA", "cbc.ca", "theglobeandmail.com", "nationalpost.com", "thestar.com", "ctvnews.ca", "globalnews.ca",
                "cbc", "globe and mail", "national post", "toronto star", "ctv news", "global news", "canadian press",
                "montreal gazette", "ottawa citizen", "vancouver sun", "maclean's", "la presse");
        put(m, "IE", "irishtimes.com", "independent.ie", "rte.ie", "thejournal.ie", "irish times", "irish independent",
                "rté", "rte", "the journal", "irish examiner", "breakingnews.ie");
        put(m, "NZ", "nzherald.co.nz", "stuff.co.nz", "rnz.co.nz", "new zealand herald", "nz herald", "rnz",
                "radio new zealand", "stuff", "newsroom", "1news", "the spinoff");
        put(m, "PK", "dawn.com", "tribune.com.pk", "geo.tv", "thenews.com.pk", "dawn", "express tribune", "geo news",
                "the news international", "the nation pakistan");
        put(m, "ZA", "news24.com", "iol.co.za", "dailymaverick.co.za", "timeslive.co.za", "news24", "daily maverick",
                "timeslive", "mail & guardian", "sabc news", "eyewitness news");
        put(m, "NG", "punchng.com", "premiumtimesng.com", "vanguardngr.com", "thecable.ng", "guardian.ng", "punch",
                "premium times", "vanguard", "the cable", "channels television", "thisday", "daily trust");
        put(m, "KE", "nation.africa", "standardmedia.co.ke", "the-star.co.ke", "daily nation", "the standard kenya",
                "the star kenya", "citizen digital", "kenya broadcasting");
        put(m, "US", "nytimes.com", "washingtonpost.com", "usatoday.com", "politico.com", "huffpost.com",
                "huffingtonpost.com", "breitbart.com", "westernjournal.com", "foxnews.com", "cnn.com", "nbcnews.com",
                "cbsnews.com", "abcnews.go.com", "npr.org", "wsj.com", "latimes.com", "nypost.com", "thehill.com",
                "new york times", "nyt", "washington post", "wash-post", "usa today", "usa-today", "politico",
                "huffington post", "huffpost", "huff-post", "breitbart", "western journal", "west-journal", "fox news",
                "cnn", "nbc news", "cbs news", "abc news", "npr", "wall street journal", "los angeles times",
                "new york post", "the hill", "axios", "bloomberg");
        return Map.copyOf(m);
    }

    private static void put(Map<String, String> m, String country, String... keys) {
        for (String k : keys) m.put(k, country);
    }

    /** One country's cues, as one pattern of alternatives. */
    private record Cue(String country, Pattern pattern) {}

    /** Places, institutions and offices that belong to one country's politics. */
    private static final Map<String, String> CUE_ALTERNATIVES = cueAlternatives();
    private static final Map<String, Cue> CUES = compile(CUE_ALTERNATIVES);

    /** Per country, its cues as alternatives of a pattern, in lower case. */
    private static Map<String, String> cueAlternatives() {
        Map<String, String> w = new LinkedHashMap<>();
        w.put("GB", "westminster|downing street|whitehall|holyrood|stormont|senedd|britain|british|u\\.?k\\.?|england|"
                + "scotland|scottish|wales|welsh|london|manchester|birmingham|liverpool|leeds|glasgow|edinburgh|cardiff|belfast|"
                + "nhs|house of lords|chancellor of the exchequer|shadow chancellor|shadow cabinet|home secretary|msps?");
        w.put("IE", "dáil|dail|taoiseach|tánaiste|tanaiste|oireachtas|seanad|leinster house|dublin|cork|galway|limerick|"
                + "republic of ireland|irish government|tds?");
        w.put("CA", "ottawa|parliament hill|canada|canadian|canadians|quebec|québec|ontario|alberta|british columbia|"
                + "manitoba|saskatchewan|nova scotia|new brunswick|newfoundland|toronto|montreal|vancouver|calgary|"
                + "edmonton|winnipeg|mpps?|mnas?");
        w.put("AU", "canberra|australia|australian|australians|new south wales|nsw|queensland|tasmania|"
                + "western australia|south australia|sydney|melbourne|brisbane|perth|adelaide|hobart|"
                + "the lodge|party room|party-room|double dissolution");
        w.put("NZ", "new zealand|wellington|auckland|christchurch|dunedin|beehive|aotearoa|māori|maori|kiwis?");
        w.put("IN", "lok sabha|rajya sabha|vidhan sabha|india|indian|new delhi|delhi|mumbai|kolkata|chennai|bengaluru|"
                + "bangalore|hyderabad|lucknow|patna|uttar pradesh|bihar|maharashtra|tamil nadu|kerala|karnataka|"
                + "west bengal|gujarat|rajasthan|madhya pradesh|telangana|andhra pradesh|odisha|assam|jharkhand|"
                + "haryana|mlas?|crore|lakh");
        w.put("PK", "pakistan|pakistani|islamabad|lahore|karachi|peshawar|quetta|rawalpindi|sindh|khyber pakhtunkhwa|"
                + "balochistan");
        w.put("ZA", "south africa|south african|pretoria|johannesburg|cape town|durban|gauteng|kwazulu-natal|soweto|"
                + "government of national unity");
        w.put("NG", "nigeria|nigerian|abuja|lagos|kano|ibadan|port harcourt|naira|governorship");
        w.put("KE", "kenya|kenyan|nairobi|mombasa|kisumu|county assembly");
        w.put("US", "washington|white house|capitol hill|capitol|u\\.s\\.|united states|america|american|americans|"
                + "pentagon|texas|florida|ohio|california|pennsylvania|michigan|arizona|wisconsin|iowa|nevada|"
                + "north carolina|virginia|new hampshire|colorado|minnesota|gop|democrats|republicans|d\\.c\\.|"
                + "congressional|congressman|congresswoman|senate majority|house speaker|speaker of the house|sen\\.|rep\\.|gov\\.");
        w.put("DE", "germany|german|berlin|bundestag|bavaria|bavarian|munich|hamburg|frankfurt");
        // Countries whose names world news writes in passing (Israel, Russia, Ukraine, Mexico, Turkey) are decided by
        // their institutions, their outlets' domains and their own parties' names, not by the country's name.
        w.put("BD", "bangladesh|bangladeshi|dhaka|chittagong|jatiya sangsad");
        w.put("LK", "sri lanka|sri lankan|colombo|kandy|jaffna");
        w.put("NP", "nepal|nepali|nepalese|kathmandu");
        w.put("MY", "malaysia|malaysian|kuala lumpur|putrajaya|dewan rakyat|sabah|sarawak|selangor|johor|penang");
        w.put("SG", "singapore|singaporean|singaporeans");
        w.put("PH", "philippines|philippine|filipino|filipinos|manila|malacañang|malacanang|mindanao|cebu");
        w.put("JP", "japan|japanese|tokyo|osaka|diet member");
        w.put("KR", "south korea|south korean|seoul|busan|national assembly of korea|blue house|yongsan");
        w.put("TW", "taiwan|taiwanese|taipei|kaohsiung|legislative yuan");
        w.put("IL", "knesset");
        w.put("ZW", "zimbabwe|zimbabwean|harare|bulawayo");
        w.put("ZM", "zambia|zambian|lusaka");
        w.put("UG", "uganda|ugandan|ugandans|kampala");
        w.put("TZ", "tanzania|tanzanian|dodoma|dar es salaam|zanzibar");
        w.put("GH", "ghana|ghanaian|ghanaians|accra|kumasi");
        w.put("NA", "namibia|namibian|windhoek");
        w.put("BW", "botswana|gaborone|batswana|motswana");
        w.put("MW", "malawi|malawian|lilongwe|blantyre");
        w.put("JM", "jamaica|jamaican|jamaicans");
        w.put("TT", "trinidad|tobago|port of spain");
        w.put("IT", "italy|italian|italians|rome|milan|palazzo chigi");
        w.put("ES", "spain|madrid|barcelona|catalonia|catalan|moncloa");
        w.put("NL", "netherlands|dutch|the hague|amsterdam|rotterdam");
        w.put("HU", "hungary|hungarian|budapest");
        w.put("PL", "poland|warsaw|krakow|kraków|sejm");
        w.put("UA", "verkhovna rada");
        w.put("RU", "state duma");
        w.put("BR", "brazil|brazilian|brazilians|brasilia|brasília|são paulo|sao paulo|rio de janeiro");
        w.put("MX", "mexico city|chamber of deputies of mexico");
        w.put("TR", "türkiye|turkiye|ankara|istanbul");
        w.put("FR", "france|french|paris|élysée|elysee|marseille|lyon");
        return w;
    }

    private static Map<String, Cue> compile(Map<String, String> w) {
        Map<String, Cue> m = new LinkedHashMap<>();
        for (var e : w.entrySet())
            // Matched against the text in lower case (cues() lowers it once): a case-insensitive Unicode pattern
            // upper-cases every character it compares, which made this scan cost as much as tokenizing the article.
            m.put(e.getKey(), new Cue(e.getKey(), Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + e.getValue() + ")(?![\\p{L}\\p{N}])")));
        return m;
    }

    /** Each country's cue pattern, for the test that checks {@link #cues} against the patterns alone. */
    static Map<String, Pattern> cuePatterns() {
        Map<String, Pattern> m = new LinkedHashMap<>();
        CUES.forEach((c, cue) -> m.put(c, cue.pattern()));
        return m;
    }

    /**
     * Which countries' cues may match where a word begins, by that word (its letters and digits, lowered), and the
     * countries whose cues could not be read so and are tried at every word start. A pattern can only match where its
     * alternative's first word is the text's word: after that word the alternative has a character that is neither
     * letter nor digit, or ends before the pattern's closing "no letter or digit". Trying every country's pattern at
     * every word start whose first letter one of its cues begins with was still a quarter of the extract stage's CPU
     * on PolNeAR train; one hash lookup per word leaves a pattern to confirm only the few real candidates.
     */
    private static final Map<String, List<Cue>> FIRST_WORDS = new java.util.HashMap<>();
    private static final List<Cue> ANY_WORD = new java.util.ArrayList<>();

    static {
        for (var e : CUE_ALTERNATIVES.entrySet()) {
            Cue cue = CUES.get(e.getKey());
            java.util.Set<String> firsts = new java.util.LinkedHashSet<>();
            boolean readable = true;
            for (String alt : e.getValue().split("\\|", -1)) {
                List<String> variants = variants(alt);
                if (variants == null) { readable = false; break; }
                for (String v : variants) {
                    String first = v.substring(0, letterDigitRun(v, 0));
                    if (first.isEmpty()) { readable = false; break; }
                    firsts.add(first);
                }
                if (!readable) break;
            }
            if (!readable) { ANY_WORD.add(cue); continue; }
            for (String f : firsts) FIRST_WORDS.computeIfAbsent(f, k -> new java.util.ArrayList<>()).add(cue);
        }
    }

    /**
     * The strings an alternative matches when it is plain characters, escaped characters and "?" after one of them
     * ("u\\.?k\\.?", "msps?"); null for any other pattern syntax, whose country is then tried at every word start.
     */
    private static List<String> variants(String alt) {
        List<String> out = new java.util.ArrayList<>(List.of(""));
        for (int i = 0; i < alt.length(); i++) {
            char c = alt.charAt(i);
            if (c == '\\') {
                if (i + 1 >= alt.length() || Character.isLetterOrDigit(alt.charAt(i + 1))) return null;
                c = alt.charAt(++i);
            } else if ("[](){}*+?^$.|".indexOf(c) >= 0 || Character.isSurrogate(c)) return null;
            boolean optional = i + 1 < alt.length() && alt.charAt(i + 1) == '?';
            if (optional) i++;
            if (i + 1 < alt.length() && "*+{".indexOf(alt.charAt(i + 1)) >= 0) return null;
            List<String> next = new java.util.ArrayList<>();
            for (String v : out) {
                next.add(v + c);
                if (optional) next.add(v);
            }
            out = next;
        }
        return out;
    }

    /** As the patterns' {@code [\\p{L}\\p{N}]}: a letter or any number character (not only a decimal digit). */
    private static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) return true;
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** How many chars from {@code at} are letters or numbers. */
    private static int letterDigitRun(String s, int at) {
        int i = at;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!isLetterOrNumber(cp)) break;
            i += Character.charCount(cp);
        }
        return i - at;
    }

    private final Map<String, Integer> scores;

    private PartyContext(Map<String, Integer> scores) {
        this.scores = Map.copyOf(scores);
    }

    /** From what the article itself carries: its URL, its outlet's name and its text (each may be absent or blank). */
    public static PartyContext of(Optional<String> url, Optional<String> outlet, String text) {
        Map<String, Integer> s = new TreeMap<>();
        url.flatMap(PartyContext::countryOfUrl).ifPresent(c -> s.merge(c, SOURCE, Integer::sum));
        outlet.flatMap(PartyContext::countryOfOutlet).ifPresent(c -> s.merge(c, SOURCE, Integer::sum));
        cues(text == null ? "" : text).forEach((c, n) -> s.merge(c, Math.min(CAP, n), Integer::sum));
        return new PartyContext(s);
    }

    /** One more signal: a page language with a region ("en-IN", "en_AU"); a bare language says nothing. */
    public PartyContext withLanguage(String tag) {
        if (tag == null) return this;
        String[] parts = tag.strip().split("[-_]");
        if (parts.length < 2 || parts[1].length() != 2) return this;
        String c = parts[1].toUpperCase(Locale.ROOT);
        return with(c.equals("UK") ? "GB" : c, SOURCE);
    }

    /** One more signal: the countries of parties that the text names and that belong to one country only. */
    public PartyContext withParties(Collection<String> countries) {
        Map<String, Integer> n = new TreeMap<>();
        for (String c : countries) n.merge(c, 1, Integer::sum);
        PartyContext out = this;
        for (var e : n.entrySet()) out = out.with(e.getKey(), Math.min(CAP, e.getValue()));
        return out;
    }

    private PartyContext with(String country, int points) {
        Map<String, Integer> s = new TreeMap<>(scores);
        s.merge(country, points, Integer::sum);
        return new PartyContext(s);
    }

    public int score(String country) { return scores.getOrDefault(country, 0); }

    /**
     * The article's country: one that has two points more than any other, or the only one with points at all.
     * A single cue decides when nothing speaks against it ("outside Downing Street" in a story that names no
     * other country): on the cross-outlet dev set six of 47 articles have one cue only, all six of the country
     * their parties belong to.
     */
    public Optional<String> country() { return leader(scores); }

    /**
     * Which of a party word's countries it means here. The article's country decides when it is one of them. A
     * sentence that names exactly one of them ("Britain's Labour Party") decides otherwise, unless the word has an
     * ordinary reading somewhere: "Congress" next to "India" in a US story is still the US legislature, so such
     * a word is decided by the article alone. Failing the sentence, such a word follows the article's signals
     * among its own countries only: an Indian agency's report from London ("said Labour leader X") leads with
     * India, but of Labour's countries only Britain is named. A word that
     * needs no context (one country, no ordinary reading: "BJP") keeps its only country wherever it is written.
     * Empty when nothing decides: then nothing is emitted.
     */
    public Optional<String> choose(Collection<String> countries, String sentence, boolean needsContext, boolean ordinary) {
        Optional<String> article = country();
        if (article.isPresent() && countries.contains(article.get())) return article;
        if (!ordinary) {
            Map<String, Integer> local = new TreeMap<>();
            cues(sentence == null ? "" : sentence).forEach((c, n) -> { if (countries.contains(c)) local.put(c, n); });
            if (local.size() == 1) return Optional.of(local.keySet().iterator().next());
            Map<String, Integer> among = new TreeMap<>();
            scores.forEach((c, n) -> { if (countries.contains(c)) among.put(c, n); });
            Optional<String> own = leader(among);
            if (own.isPresent()) return own;
        }
        if (!needsContext && countries.size() == 1) return Optional.of(countries.iterator().next());
        return Optional.empty();
    }

    /** How many points the leading country needs over the next one, when another one has any. */
    static final int LEAD = 2;

    private static Optional<String> leader(Map<String, Integer> s) {
        String best = null;
        int top = 0, second = 0;
        for (var e : s.entrySet()) {
            if (e.getValue() > top) { second = top; top = e.getValue(); best = e.getKey(); }
            else if (e.getValue() > second) second = e.getValue();
        }
        return top > 0 && (second == 0 || top >= second + LEAD) ? Optional.of(best) : Optional.empty();
    }

    /** Cue counts per country in a text. */
    static Map<String, Integer> cues(String original) {
        // Only counts come out, so offsets into the lowered text need not be the original's.
        String text = original.toLowerCase(Locale.ROOT);
        // Every cue begins with a letter after no letter or digit, so a match can only begin where a word does, and
        // only with a cue whose first word is that word (FIRST_WORDS).
        int[] starts = wordStarts(text);
        Map<String, Integer> counts = new java.util.HashMap<>();
        // Per country, where its last match ended: as find() does, no match begins inside the previous one.
        Map<String, Integer> next = new java.util.HashMap<>();
        Map<String, Matcher> matchers = new java.util.HashMap<>();
        for (int at : starts) {
            List<Cue> byWord = FIRST_WORDS.get(text.substring(at, at + letterDigitRun(text, at)));
            if (byWord != null) for (Cue cue : byWord) count(cue, text, at, counts, next, matchers);
            for (Cue cue : ANY_WORD) count(cue, text, at, counts, next, matchers);
        }
        return new TreeMap<>(counts);
    }

    private static void count(Cue cue, String text, int at, Map<String, Integer> counts, Map<String, Integer> next,
                              Map<String, Matcher> matchers) {
        if (at < next.getOrDefault(cue.country(), 0)) return;
        Matcher m = matchers.computeIfAbsent(cue.country(),
                k -> cue.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
        m.region(at, text.length());
        if (!m.lookingAt()) return;
        next.put(cue.country(), m.end());
        // "New South Wales" is not Wales, "Northern Ireland" not the Republic, "Indian Ocean" not India.
        String hit = m.group();
        if (cue.country().equals("GB") && hit.equals("wales") && precededBy(text, m.start(), "south ")) return;
        if (cue.country().equals("US") && hit.equals("democrats")
                && NOT_US_DEMOCRATS.stream().anyMatch(w -> precededBy(text, m.start(), w))) return;
        counts.merge(cue.country(), 1, Integer::sum);
    }

    private static int[] wordStarts(String text) {
        int[] out = new int[16];
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean w = Character.isLetterOrDigit(cp);
            if (w && !inWord) {
                if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
                out[n++] = i;
            }
            inWord = w;
            i += Character.charCount(cp);
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** "Liberal Democrats", "Social Democrats", "New Democrats" are British, Irish, German, Canadian. */
    private static final List<String> NOT_US_DEMOCRATS = List.of("liberal ", "social ", "new ", "free ", "christian ");

    private static boolean precededBy(String text, int at, String words) {
        return at >= words.length() && text.regionMatches(true, at - words.length(), words, 0, words.length());
    }

    /**
     * The countries whose place or institution cues a word names ("Canadian" Canada, "US" and "UK" written in
     * capitals the US and Britain: in lower case "us" is a pronoun, so the cue lists leave them out).
     */
    static java.util.Set<String> countriesNamed(String word) {
        if (word.equals("US")) return java.util.Set.of("US");
        if (word.equals("UK")) return java.util.Set.of("GB");
        return cues(word).keySet();
    }

    /** Whether a word alone is a place or institution cue ("Westminster", "Canberra"), so never part of a name. */
    static boolean isPlaceCue(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) return false;
        // A whole-word match begins with one of the cue's first words, as in cues().
        List<Cue> byWord = FIRST_WORDS.get(lower.substring(0, letterDigitRun(lower, 0)));
        if (byWord != null) for (Cue cue : byWord) if (cue.pattern().matcher(lower).matches()) return true;
        for (Cue cue : ANY_WORD) if (cue.pattern().matcher(lower).matches()) return true;
        return false;
    }

    static Optional<String> countryOfUrl(String url) {
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host == null) return Optional.empty();
        host = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        // The Guardian files its Australian and US politics under paths of one host.
        if (host.equals("theguardian.com")) {
            String path = URI.create(url.strip()).getPath();
            if (path != null && path.startsWith("/australia-news")) return Optional.of("AU");
            if (path != null && path.startsWith("/us-news")) return Optional.of("US");
        }
        for (String h = host; h.contains("."); h = h.substring(h.indexOf('.') + 1))
            if (OUTLETS.containsKey(h)) return Optional.of(OUTLETS.get(h));
        String tld = host.substring(host.lastIndexOf('.') + 1);
        return Optional.ofNullable(TLD.get(tld));
    }

    static Optional<String> countryOfOutlet(String outlet) {
        String o = outlet.strip().toLowerCase(Locale.ROOT);
        if (o.isEmpty()) return Optional.empty();
        if (OUTLETS.containsKey(o)) return Optional.of(OUTLETS.get(o));
        if (o.contains(".")) {
            Optional<String> byHost = countryOfUrl("https://" + o.replaceFirst("^https?://", ""));
            if (byHost.isPresent()) return byHost;
        }
        // The longest known name inside the outlet's ("The Sydney Morning Herald (Online)").
        String best = null;
        for (String k : OUTLETS.keySet())
            if (k.length() >= 3 && !k.contains(".") && containsWord(o, k) && (best == null || k.length() > best.length())) best = k;
        return Optional.ofNullable(best).map(OUTLETS::get);
    }

    private static boolean containsWord(String text, String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

    @Override
    public String toString() { return "PartyContext" + scores; }
}
