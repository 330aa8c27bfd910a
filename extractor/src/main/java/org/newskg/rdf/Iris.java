package org.newskg.rdf;

import java.nio.charset.StandardCharsets;

import org.newskg.resolve.Names;
import org.newskg.vocab.NKG;

/**
 * Where the article graphs' IRIs are minted. Every IRI is a function of normalized names and texts, never of load
 * order, so reloading any article lands on the same nodes. The derived layer's graphs and nodes (utterances,
 * coverage and pair nodes, days) are minted by {@code org.newskg.derive.DerivedIris}, from these.
 */
public final class Iris {
    private Iris() {}

    public static String article(String id) { return NKG.ID + "article/" + encode(id); }

    public static String outlet(String name) { return NKG.ID + "outlet/" + Names.slug(Names.orgKey(name)); }

    /** A resolved agent or claim key such as {@code person/lindsey-graham}. */
    public static String key(String key) { return NKG.ID + key; }

    /** Whether an IRI names a person, store-wide or article-local ({@code person/scott/in/{article}}). */
    public static boolean isPerson(String iri) { return iri.startsWith(PERSON); }

    private static final String PERSON = NKG.ID + "person/";

    public static String place(String name) { return NKG.ID + "place/" + Names.slug(Names.orgKey(name)); }

    public static String attribution(String articleId, int start, int end) {
        return NKG.ID + "attribution/" + encode(articleId) + "/" + start + "-" + end;
    }

    /** The {@code n}-th piece (from 1) of a quotation that its attribution interrupts. */
    public static String piece(String attributionIri, int n) { return attributionIri + "/piece/" + n; }

    public static String topicAssignment(String attributionIri, String topicIri) {
        return attributionIri + "/topic/" + topicIri.substring(topicIri.lastIndexOf('/') + 1);
    }

    public static String membership(String articleId, int start, int end, String partyIri) {
        return NKG.ID + "membership/" + encode(articleId) + "/" + start + "-" + end + "/" + partyIri.substring(partyIri.lastIndexOf('/') + 1);
    }

    /** Article ids are whatever the source used; keep the unreserved characters and percent-encode the rest. */
    static String encode(String s) {
        StringBuilder b = new StringBuilder();
        for (byte by : s.getBytes(StandardCharsets.UTF_8)) {
            int c = by & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') b.append((char) c);
            else b.append('%').append(String.format("%02X", c));
        }
        return b.toString();
    }
}
