package org.newskg.extract;

import java.util.Locale;

/**
 * Common given names whose gender is clear in English-language news, so that "she said" after "Hillary Clinton"
 * and "Tim Kaine" picks Clinton. A name not listed tells nothing; pronouns and honorifics still can.
 */
final class FirstNames {
    private FirstNames() {}

    private static final java.util.Set<String> FEMALE = Words.of("mary", "patricia", "jennifer", "linda", "elizabeth",
            "barbara", "susan", "jessica", "sarah", "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley",
            "kimberly", "emily", "donna", "michelle", "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie",
            "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda",
            "pamela", "nicole", "emma", "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn",
            "janet", "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly",
            "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline",
            "frances", "gloria", "ann", "teresa", "kathryn", "sara", "janice", "jean", "alice", "madison", "doris",
            "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn", "beverly", "danielle", "theresa", "sophia",
            "marie", "diana", "brittany", "natalie", "isabella", "charlotte", "rose", "alexis", "kayla", "hillary",
            "nikki", "kellyanne", "sarah", "ivanka", "melania", "chelsea", "huma", "nancy", "elena", "kamala", "michele",
            "condoleezza", "madeleine", "theresa", "angela", "marine", "jill", "tulsi", "elise", "kirsten", "tammy",
            "dianne", "kate", "katie", "kathy", "susana", "loretta", "sonia", "ruth", "hope", "omarosa", "stormy", "robin",
            "nadia", "joanne", "lydia", "sofia", "nina", "mira", "luisa", "svetlana", "natalia", "ana", "alexandria",
            "ilhan", "rashida", "liz", "lisa", "marsha", "kristi", "kyrsten", "betsy", "gina", "janet", "hope", "jen",
            "karine", "dana", "phyllis", "helen", "karen", "ellen", "ada", "hilda", "irene", "joy", "meghan", "haley", "maxine", "sheila", "shelley", "yvette", "debbie", "wendy", "jeanne");
    private static final java.util.Set<String> MALE = Words.of("james", "robert", "john", "michael", "william", "david",
            "richard", "joseph", "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald",
            "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward",
            "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin",
            "scott", "brandon", "benjamin", "samuel", "gregory", "frank", "alexander", "raymond", "patrick", "jack",
            "dennis", "jerry", "tyler", "aaron", "jose", "adam", "henry", "nathan", "douglas", "zachary", "peter", "kyle",
            "walter", "ethan", "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald", "carl", "terry", "sean",
            "austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "joe", "jordan", "billy", "bruce", "albert",
            "willie", "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell",
            "elijah", "louis", "bobby", "philip", "johnny", "barack", "mitt", "mike", "bernie", "ted", "marco", "jeb",
            "chris", "rand", "ben", "newt", "rudy", "reince", "sean", "steve", "tim", "bill", "vladimir", "sergey",
            "rex", "jared", "lindsey", "mitch", "chuck", "harry", "rick", "hank", "ashton", "ash", "joe", "jim", "tom",
            "bob", "dick", "al", "corey", "jon", "kellan", "reid", "xi", "recep", "benjamin", "bashar", "kim", "emmanuel",
            "boris", "justin", "narendra", "volodymyr", "dmitry", "sergei", "ali", "mohammed", "muhammad", "abdul",
            "marcus", "glenn", "dale", "curtis", "andre", "owen", "ezra", "ben", "hank", "paul", "lyndon", "franklin",
            "dwight", "gerald", "jimmy", "gregory", "walter", "peter", "herbert", "calvin", "woodrow", "ulysses", "abraham", "elon", "rupert", "tucker");

    /** Given names that are also everyday words, which open sentences: "Will Congress act?", "Hope Street". */
    private static final java.util.Set<String> AMBIGUOUS = Words.of("will", "hope", "grace", "rose", "joy", "bill", "mark",
            "may", "june", "april", "august", "faith", "chase", "frank", "jack", "sue", "pat", "rich", "dick", "art", "hank",
            "robin", "kim", "dana", "jordan", "austin", "logan", "christian", "star", "ali", "al", "chuck", "rudy", "ted",
            "harry", "joe", "jimmy", "marine", "rand", "sean", "ray", "victoria", "virginia", "madison", "charlotte", "carolina");

    static boolean ambiguous(String given) { return AMBIGUOUS.contains(given.toLowerCase(Locale.ROOT)); }

    /** Listed at all (some names are both: "Robin", "Kim"). */
    static boolean known(String given) {
        String g = given.toLowerCase(Locale.ROOT).replace(".", "");
        return FEMALE.contains(g) || MALE.contains(g);
    }

    static Gender gender(String given) {
        String g = given.toLowerCase(Locale.ROOT).replace(".", "");
        boolean f = FEMALE.contains(g), m = MALE.contains(g);
        if (f == m) return Gender.UNKNOWN;
        return f ? Gender.FEMALE : Gender.MALE;
    }
}
