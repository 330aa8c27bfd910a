package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every decision point records its own rule: a researcher reading {@code nkg:sieve} can tell a signature from a
 * cue after the quote, a name and a colon from a verb and a colon, a lone paragraph taken by the previous
 * paragraph's speaker from one taken by the previous quote's. Quotes joined into one utterance keep the rule of
 * their first piece. Texts invented; {@code |} stands for a paragraph break.
 */
class SieveProvenanceTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
            "\"The ferry runs at a loss,\" Kate Ruiz said.; ferry runs; CUE_AFTER_QUOTE",
            "Ms Okafor met Mr Lund. \"The vote was rigged,\" she said.; vote was rigged; CUE_AFTER_QUOTE_PRONOUN",
            "Mayor Helen Quist said: \"The bridge will reopen in May.\"; bridge will reopen; CUE_BEFORE_QUOTE",
            "The council met.|\"The ferry is the town's lifeline.\"|- Kate Ruiz.|The vote is next week.; lifeline; SIGNATURE",
            "Rep. Tom Alcott (R-Harbor): \"I have not heard anyone cite that figure.\"; cite that figure; NAME_THEN_COLON",
            "At the meeting on Monday Mr Alcott shot back: \"Nobody here signed it.\"; Nobody here signed; VERB_THEN_COLON",
            "\"The river is rising,\" Mayor Helen Quist said on Monday. \"And the levee is old.\"; levee is old; CUE_AFTER_QUOTE",
            "Defense Secretary Omar Castel said that critics had predicted a retreat from the port.|\"They were wrong about the port.\"; wrong about the port; PREVIOUS_PARAGRAPH_SPEAKER",
            "According to Rep. Daniel Whitcombe, the tunnel project is already three years late.; tunnel project; ACCORDING_TO_CLAUSE",
    })
    void eachRuleRecordsItsOwnId(String text, String claim, Sieve expected) {
        Extracted e = Extracted.of(text.replace("|", "\n\n"));
        Attribution a = e.claimContaining(claim);
        assertEquals(expected, a.sieve(), e::describe);
    }
}
