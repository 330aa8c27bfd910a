package org.newskg.derive;

import org.newskg.derive.units.UnitRules;

/**
 * Every threshold that decides store-wide identity: which surname-only mention is which person, and which claims
 * of one speaker are one utterance. One record, so that the rules can be read, compared and documented in one
 * place ({@code docs/identity.md} shows this table); {@link #CURRENT} is what the derivation uses.
 * <p>
 * Changing a value changes the derived layer: bump {@link DerivedLayer#VERSION} with it (a test holds the two
 * together), so that every store derived by the old rules is rebuilt on its next load.
 * <p>
 * The utterance rules are a record of their own ({@link UnitRules}, beside the rules they set in
 * {@code org.newskg.derive.units}), with the measurements that set them; the person rule is measured on the derive
 * corpus (one invented story told by five outlets, {@code src/test/resources/org/newskg/derive/corpus},
 * {@code StoreWideIdentityTest}, {@code PersonResolutionTest}).
 *
 * @param utterances which claims of one speaker are one utterance: sentence units, partial quotes, variants
 * @param sameStoryDays days within which a full-name person printed supports a surname-only mention when no
 *     co-mention decides (derive corpus), and within which two spellings of one name must be printed
 * @param variantMinLetters letters a given name needs for a spelling with one vowel changed to be the same name
 *     ({@link SpellingVariants}; 0 turns the rule off): "Shehbaz" / "Shahbaz" (7) are one name, while shorter names
 *     one vowel apart are often different names ("Jon" / "Jan", "Alan" / "Alen", "Marian" / "Marion")
 */
public record IdentityRules(UnitRules utterances, int sameStoryDays, int variantMinLetters) {

    /** The rules of {@link DerivedLayer#VERSION}. */
    public static final IdentityRules CURRENT = new IdentityRules(UnitRules.DEFAULT, 3, 7);
}
