package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.Test;

class ThesaurusNounsTest {

    /** The committed list, as lines of "noun TAB tied,tied". */
    private static List<String> committed() throws Exception {
        try (InputStream raw = ThesaurusNouns.class.getResourceAsStream(ThesaurusNouns.RESOURCE)) {
            String text = new String(new GZIPInputStream(raw).readAllBytes(), StandardCharsets.UTF_8);
            return List.of(text.split("\n"));
        }
    }

    private static Map<String, Set<String>> ties() throws Exception {
        Map<String, Set<String>> ties = new HashMap<>();
        for (String line : committed()) {
            String[] parts = line.split("\t");
            ties.put(parts[0], Set.of(parts[1].split(",")));
        }
        return ties;
    }

    @Test
    void everyTieIsListedBothWays() throws Exception {
        Map<String, Set<String>> ties = ties();
        assertTrue(ties.size() > 7000, "the list has " + ties.size() + " nouns");
        ties.forEach((noun, tied) -> tied.forEach(other ->
                assertTrue(ties.getOrDefault(other, Set.of()).contains(noun), other + " lists " + noun + " in turn")));
    }

    /** Every twentieth noun of the list with all its ties, read back from WordNet (all of them take a minute). */
    @Test
    void everyNounIsFirstAbstractAndNoneIsASisterOfItsTies() throws Exception {
        ThesaurusNounLinksWriter.Senses senses =
                new ThesaurusNounLinksWriter.Senses(Dictionary.getDefaultResourceInstance());
        List<String> lines = committed();
        for (int i = 0; i < lines.size(); i += 20) {
            String[] parts = lines.get(i).split("\t");
            assertTrue(senses.abstractOneWord(parts[0]), parts[0] + " is first an abstract thing");
            for (String tied : parts[1].split(",")) {
                assertTrue(senses.abstractOneWord(tied), tied + " (tied to " + parts[0] + ") is first abstract");
                assertFalse(senses.sisters(parts[0], tied), tied + " and " + parts[0] + " are no sisters");
            }
        }
    }

    @Test
    void theCasesTheMatcherReadsAreTiedAndTheOthersAreNot() throws Exception {
        Map<String, Set<String>> ties = ties();
        assertTrue(ties.get("stint").contains("time"));
        assertTrue(ties.get("talk").contains("rumor"));
        assertFalse(ties.containsKey("bond"), "a bond is first a force between atoms, a physical thing");
        assertFalse(ties.get("winter").contains("summer"), "two seasons: sisters");
        assertFalse(ties.containsKey("cottage"), "a building is a physical thing");
        assertEquals(List.of(), ThesaurusNouns.tiedTo("Harbour"));
        assertTrue(ThesaurusNouns.tiedTo("rumor").contains("talk"));
    }

    /**
     * The list is what the writer makes of the thesaurus and WordNet; the thesaurus is not a build dependency, so this
     * runs when {@code -Dmoby.words=PATH} names its {@code words.txt} (the writer's comment says where it comes from).
     */
    @Test
    void theListIsWhatTheWriterMakesOfTheThesaurus() throws Exception {
        List<String> made = ThesaurusNounLinksWriter.lines(
                SayingVerbLinksWriter.readThesaurus(SayingVerbsTest.givenThesaurus()),
                new ThesaurusNounLinksWriter.Senses(Dictionary.getDefaultResourceInstance()));
        assertEquals(made, committed());
    }
}
