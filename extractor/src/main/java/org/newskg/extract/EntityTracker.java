package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups an article's name mentions into entities: "Lindsey Graham", later "Graham" and "Mr Graham", are one.
 * A surname joins the full name that carries it; when two full names share it ("Bill Clinton", "Hillary
 * Clinton") the surname alone stays apart rather than be guessed, except that a plain name wins over its
 * "Jr." ("Trump" is Donald Trump, not Donald Trump Jr.).
 */
public final class EntityTracker {
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Builder> entities = new ArrayList<>();
    private Set<String> writtenInFull = Set.of();

    private static final class Builder {
        final int id;
        final Mention.Kind kind;
        String name;
        /**
         * The name's lower case, words and surname, kept with it: every mention is compared with every entity, and
         * working these out again at each comparison was most of the tracker's cost.
         */
        String lower;
        String[] words;
        String surname;
        final Set<String> variants = new LinkedHashSet<>();
        final Set<String> titles = new LinkedHashSet<>();
        Gender gender = Gender.UNKNOWN;
        final List<Integer> mentions = new ArrayList<>();

        Builder(int id, Mention.Kind kind, String name) { this.id = id; this.kind = kind; name(name); }

        void name(String n) {
            name = n;
            lower = n.toLowerCase(Locale.ROOT);
            words = words(n);
            surname = surname(n);
        }

        Entity build() { return new Entity(id, kind, name, variants, titles, gender, mentions); }
    }

    /** Assigns every name mention an entity; pronouns stay unassigned here, they are resolved per use. */
    static EntityTracker track(List<Mention> found) { return track(found, Set.of()); }

    /**
     * As {@link #track(List)}; {@code writtenInFull} holds the words the article writes right after another name
     * word ("Karl Hansen"), which are surnames of their own even where the name finder missed the full name, so
     * never a misspelling of someone else's.
     */
    static EntityTracker track(List<Mention> found, Set<String> writtenInFull) {
        EntityTracker t = new EntityTracker();
        t.writtenInFull = writtenInFull;
        for (Mention m : found) {
            if (!m.isName()) { t.mentions.add(m); continue; }
            String n = clean(m.name());
            Builder e = t.match(m, n);
            if (e == null) {
                e = new Builder(t.entities.size(), m.kind(), n);
                t.entities.add(e);
            }
            t.join(e, m, n);
        }
        t.mergeForwardSurnames();
        t.mergeOrganizationsNamedAsPersons();
        return t;
    }

    /** Joins mention {@code m}, whose cleaned name is {@code n}, to entity {@code e}. */
    private void join(Builder e, Mention m, String n) {
        // The fullest name wins; at equal length, one not in capitals ("DONALD Trump" in a lede).
        int nw = words(n).length;
        if (nw > e.words.length || nw == e.words.length && shouts(e.name) && !shouts(n)) e.name(n);
        e.variants.add(n);
        if (!m.title().isBlank()) {
            e.titles.add(m.title());
            e.variants.add((m.title() + " " + n).replaceAll("\\s+", " "));
        }
        if (m.gender() != Gender.UNKNOWN) e.gender = m.gender();
        e.mentions.add(mentions.size());
        Mention joined = m.withEntity(e.id);
        if (joined.kind() != e.kind)
            joined = new Mention(m.surfaceStart(), m.start(), m.end(), m.name(), e.kind, m.gender(), m.sentence(),
                    m.firstToken(), m.endToken(), m.inQuote(), m.title(), e.id);
        mentions.add(joined);
        if (e.gender == Gender.UNKNOWN && e.kind == Mention.Kind.PERSON) e.gender = FirstNames.gender(e.words[0]);
    }

    /** The entity that mention {@code m}, whose cleaned name is {@code n}, belongs to, or null. */
    private Builder match(Mention m, String n) {
        String[] w = words(n);
        String key = n.toLowerCase(Locale.ROOT);
        if (m.kind() == Mention.Kind.ORGANIZATION) {
            // The name finder sometimes calls a person it has already named a person an organization.
            for (Builder e : entities)
                if (e.kind == Mention.Kind.PERSON && (e.name.equalsIgnoreCase(n) || w.length == 1 && e.surname.equalsIgnoreCase(n))) return e;
        }
        for (Builder e : entities) if (e.kind == m.kind() && e.lower.equals(key)) return e;
        if (m.kind() == Mention.Kind.ORGANIZATION) {
            // "the Times" after "The New York Times": a shorter org name that ends the longer one.
            String end = " " + (key.startsWith("the ") ? key.substring(4) : key);
            for (Builder e : entities)
                if (e.kind == m.kind() && e.lower.endsWith(end)) return e;
            return null;
        }
        if (w.length == 1) return bySurname(w[0], m.gender());
        // A full name after its surname alone ("Graham ... Lindsey Graham"): upgrade that entity.
        String sur = surname(n);
        boolean suffix = hasSuffix(n);
        for (Builder e : entities) {
            if (e.kind == Mention.Kind.PERSON && e.words.length == 1 && e.name.equalsIgnoreCase(sur)) return e;
            if (e.kind == Mention.Kind.PERSON && sameFullName(e.words, e.surname, hasSuffix(e.words), w, sur, suffix)) return e;
        }
        return null;
    }

    private Builder bySurname(String word, Gender g) {
        List<Builder> cands = new ArrayList<>();
        for (Builder e : entities) {
            if (e.kind != Mention.Kind.PERSON) continue;
            if (e.surname.equalsIgnoreCase(word) && e.gender.compatible(g)) cands.add(e);
        }
        if (cands.isEmpty()) {
            // A first name used alone for someone named in full ("Hillary") joins only when unique.
            for (Builder e : entities)
                if (e.kind == Mention.Kind.PERSON && e.words.length > 1 && e.words[0].equalsIgnoreCase(word)) cands.add(e);
            return cands.size() == 1 ? cands.get(0) : null;
        }
        if (cands.size() == 1) return cands.get(0);
        List<Builder> plain = cands.stream().filter(e -> !hasSuffix(e.words)).toList();
        return plain.size() == 1 ? plain.get(0) : null;
    }

    /** Surname-only entities that a later full name resolves uniquely are folded into it. */
    private void mergeForwardSurnames() {
        Map<Integer, Integer> into = new HashMap<>();
        for (Builder e : entities) {
            if (e.kind != Mention.Kind.PERSON || e.words.length != 1) continue;
            Builder target = null;
            int n = 0;
            for (Builder f : entities) {
                if (f != e && f.kind == Mention.Kind.PERSON && f.words.length > 1 && !hasSuffix(f.words)
                        && f.surname.equalsIgnoreCase(e.name)) { target = f; n++; }
            }
            if (n == 0) {
                // "Shehbaz said" before "Shehbaz Sharif", "Bilawal" beside "Bilawal Bhutto Zardari": a given name used
                // alone, as South Asian and other news often does, joins the one full name that opens with it.
                for (Builder f : entities) {
                    if (f != e && f.kind == Mention.Kind.PERSON && f.words.length > 1 && !hasSuffix(f.words)
                            && f.words[0].equalsIgnoreCase(e.name) && f.gender.compatible(e.gender)) { target = f; n++; }
                }
            }
            if (n == 0 && !writtenInFull.contains(e.name)) {
                // "Wines believes" after "Leslie Wimes", "Arden" beside "Jacinda Ardern": a surname misspelt by one
                // letter joins the one full name whose surname it nearly is (see MisspeltNames).
                for (Builder f : entities) {
                    if (f != e && f.kind == Mention.Kind.PERSON && f.words.length > 1 && !hasSuffix(f.words)
                            && MisspeltNames.oneSlip(e.name, f.surname) && f.gender.compatible(e.gender)) { target = f; n++; }
                }
            }
            if (n == 1) into.put(e.id, target.id);
        }
        if (into.isEmpty()) return;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Integer t = m.entity() >= 0 ? into.get(m.entity()) : null;
            if (t != null) {
                Builder target = entities.get(t);
                Builder old = entities.get(m.entity());
                target.variants.addAll(old.variants);
                target.titles.addAll(old.titles);
                if (target.gender == Gender.UNKNOWN) target.gender = old.gender;
                target.mentions.add(i);
                mentions.set(i, m.withEntity(t));
            }
        }
        for (Integer dead : into.keySet()) entities.get(dead).mentions.clear();
    }

    /**
     * "JACINDA Ardern has resigned": the name finder, weakest at a text's start and on capitals, may call a person an
     * organization. An organization of two or three words that ends in the surname of a person of the article, or
     * opens with the given name the article uses alone for someone, and holds none of an organization's words, is
     * that person.
     */
    private void mergeOrganizationsNamedAsPersons() {
        for (Builder o : entities) {
            String[] w = o.words;
            if (o.kind != Mention.Kind.ORGANIZATION || w.length < 2 || w.length > 3 || o.mentions.isEmpty()) continue;
            if (MentionFinder.holdsOrganizationWord(w)) continue;
            Builder person = null;
            int n = 0;
            for (Builder p : entities)
                if (p.kind == Mention.Kind.PERSON && !p.mentions.isEmpty() && (p.surname.equalsIgnoreCase(w[w.length - 1])
                        && (p.words.length == 1 || p.words[0].equalsIgnoreCase(w[0]))
                        // "Shehbaz Sharif has said" typed a body where the article goes on with "Shehbaz added": the
                        // given name used alone is that person.
                        || p.words.length == 1 && p.name.equalsIgnoreCase(w[0]) && !FirstNames.ambiguous(w[0]))) { person = p; n++; }
            if (n != 1) continue;
            for (int i : List.copyOf(o.mentions)) {
                Mention m = mentions.get(i);
                mentions.set(i, new Mention(m.surfaceStart(), m.start(), m.end(), m.name(), Mention.Kind.PERSON, m.gender(), m.sentence(),
                        m.firstToken(), m.endToken(), m.inQuote(), m.title(), person.id));
                person.mentions.add(i);
            }
            person.variants.addAll(o.variants);
            if (w.length > person.words.length) person.name(o.name);
            o.mentions.clear();
        }
    }

    private static boolean shouts(String n) {
        for (String w : words(n)) if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && Character.isLetter(w.charAt(0))) return true;
        return false;
    }

    List<Mention> mentions() { return mentions; }

    List<Entity> entities() {
        List<Entity> out = new ArrayList<>();
        for (Builder b : entities) out.add(b.build());
        return out;
    }

    /** Records what a resolved pronoun tells: "Ms Haley ... she said" confirms a gender for later pronouns. */
    public void noteGender(int entity, Gender g) {
        Builder b = entities.get(entity);
        if (b.gender == Gender.UNKNOWN && g != Gender.UNKNOWN) b.gender = g;
    }

    public Gender genderOf(int entity) { return entities.get(entity).gender; }

    /** The titles printed before the entity's names ("Prime Minister", "Tanaiste"), in order of appearance. */
    public Set<String> titlesOf(int entity) { return java.util.Collections.unmodifiableSet(entities.get(entity).titles); }

    /** The entity's fullest name in the article. */
    public String nameOf(int entity) { return entities.get(entity).name; }

    public Mention.Kind kindOf(int entity) { return entities.get(entity).kind; }

    public boolean isLive(int entity) { return !entities.get(entity).mentions.isEmpty(); }

    // Compiled once: String.replaceAll and split compile their pattern on every call, and these run for every
    // mention against every entity (3.6 GB of garbage on PolNeAR train).
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern JUNIOR = Pattern.compile(",\\s*(?i)(jr|sr)\\.?$");
    private static final Pattern THE = Pattern.compile("^(?i)the\\s+(?=[A-Z])");
    private static final Pattern TRAILING = Pattern.compile("[,;:]+$");

    static String clean(String name) {
        String n = JUNIOR.matcher(SPACES.matcher(name.replace('\u2019', '\'')).replaceAll(" ")).replaceAll(" $1.").strip();
        n = THE.matcher(n).replaceAll("The ");
        if (n.endsWith("'s")) n = n.substring(0, n.length() - 2);
        return TRAILING.matcher(n).replaceAll("").strip();
    }

    /** {@code n.strip().split("\\s+")}, blank to none, without a regex. */
    static String[] words(String n) {
        if (n.isBlank()) return new String[0];
        String s = n.strip();
        List<String> out = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i < s.length(); i++) {
            boolean space = isRegexSpace(s.charAt(i));
            if (space && start >= 0) { out.add(s.substring(start, i)); start = -1; }
            else if (!space && start < 0) start = i;
        }
        if (start >= 0) out.add(s.substring(start));
        return out.toArray(new String[0]);
    }

    /** The characters of the regex class {@code \\s} (ASCII only without UNICODE_CHARACTER_CLASS). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static boolean hasSuffix(String n) { return hasSuffix(words(n)); }

    private static boolean hasSuffix(String[] w) {
        return w.length > 1 && Titles.NAME_SUFFIXES.contains(w[w.length - 1].toLowerCase(Locale.ROOT));
    }

    /** The last word of a name that is not a suffix: "Donald Trump Jr." has the surname "Trump". */
    static String surname(String n) {
        String[] w = words(n);
        int i = w.length - 1;
        while (i > 0 && Titles.NAME_SUFFIXES.contains(w[i].toLowerCase(Locale.ROOT))) i--;
        return i >= 0 ? w[i] : n;
    }

    /** "Steve Mnuchin" and "Steven Mnuchin", "Hillary Rodham Clinton" and "Hillary Clinton". */
    static boolean sameFullName(String a, String b) {
        String[] x = words(a), y = words(b);
        return sameFullName(x, surname(a), hasSuffix(x), y, surname(b), hasSuffix(y));
    }

    /** {@link #sameFullName(String, String)} of two names given as their words, surname and whether they end in a suffix. */
    private static boolean sameFullName(String[] x, String surnameX, boolean suffixX, String[] y, String surnameY, boolean suffixY) {
        if (suffixX != suffixY) return false;
        if (!surnameX.equalsIgnoreCase(surnameY)) return false;
        String fx = x[0].toLowerCase(Locale.ROOT), fy = y[0].toLowerCase(Locale.ROOT);
        return Nicknames.sameGivenName(fx, fy);
    }
}
