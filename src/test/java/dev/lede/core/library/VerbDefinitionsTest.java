package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.Test;

/** What WordNet's definitions of a verb say is so and is not, as the list beside the table keeps it. */
class VerbDefinitionsTest {

    @Test
    void theListIsWhatTheWriterReadsInWordNet() throws IOException, JWNLException {
        Map<String, String> written = new LinkedHashMap<>();
        try (InputStream list = WordNetTable.class.getResourceAsStream(VerbDefinitions.RESOURCE)) {
            for (String line : new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                written.put(line.substring(0, line.indexOf('\t')), line.substring(line.indexOf('\t') + 1));
            }
        }
        assertEquals(VerbDefinitionsWriter.lines(Dictionary.getDefaultResourceInstance()), written);
    }

    @Test
    void aVerbDefinedAsFailingToAttendSaysAbsentAndNotPresent() {
        // "skip": "intentionally fail to attend"; "attend": "be present at", whose antonym is "absent".
        VerbDefinitions.Said skipping = VerbDefinitions.of("skipping");
        assertEquals(List.of(List.of("absent")), skipping.soStates());
        assertTrue(skipping.notStates().contains(List.of("present")));
        assertTrue(skipping.notVerbs().contains(List.of("attend")));
        // "miss" says both ("be absent"; "fail to attend"); "go to" shares "attend"'s definition.
        assertTrue(VerbDefinitions.of("misses").soStates().contains(List.of("absent")));
        assertEquals(List.of(List.of("present")), VerbDefinitions.of("go to").soStates());
        assertEquals(List.of(List.of("absent")), VerbDefinitions.of("go to").notStates());
    }

    @Test
    void aNegationTurnsWhatIsSoIntoWhatIsNot() {
        VerbDefinitions.Said attend = VerbDefinitions.of("attend");
        assertEquals(attend.notStates(), attend.negated().soStates());
        assertEquals(attend.soStates(), attend.negated().notStates());
        assertEquals(
                VerbDefinitions.of("skip").notVerbs(),
                VerbDefinitions.of("skip").negated().soVerbs());
    }

    @Test
    void onlyAStateAfterBeCountsAndNotThePassive() {
        // "lead": "be ahead of others"; the temporal "present" before a noun is no state, nor "be found" of "come".
        assertTrue(VerbDefinitions.of("lead").soStates().contains(List.of("ahead")));
        assertFalse(VerbDefinitions.of("attend").notStates().contains(List.of("past")), "present as a time is not");
        assertEquals(VerbDefinitions.Said.NOTHING, VerbDefinitions.of("play"), "play: be received; a passive");
        assertEquals(VerbDefinitions.Said.NOTHING, VerbDefinitions.of("announce"), "no such definition");
        assertTrue(StatedAfterBe.says("Noor Hale will be absent from the Lakeside Festival.", Set.of("absent")));
        assertFalse(
                StatedAfterBe.says("Noor Hale hinted at her plans ahead of the Lakeside Festival.", Set.of("ahead")));
    }
}
