package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.Test;

class SayingVerbsTest {

    /** The committed list, as lines of "verb TAB tied,tied". */
    private static List<String> committed() throws Exception {
        try (InputStream raw = SayingVerbs.class.getResourceAsStream(SayingVerbs.RESOURCE)) {
            String text = new String(raw.readAllBytes(), StandardCharsets.UTF_8);
            return List.of(text.split("\n"));
        }
    }

    @Test
    void everyVerbAndEveryTieIsAVerbOfSayingOrThinkingInWordNet() throws Exception {
        Dictionary dictionary = Dictionary.getDefaultResourceInstance();
        Set<String> saying = SayingVerbLinksWriter.sayingVerbs(dictionary);
        List<String> lines = committed();
        assertTrue(lines.size() > 1000, "the list has " + lines.size() + " verbs");
        for (String line : lines) {
            String[] parts = line.split("\t");
            assertTrue(saying.contains(parts[0]), parts[0] + " is a verb of saying or thinking");
            for (String tied : parts[1].split(",")) {
                IndexWord verb = dictionary.getIndexWord(POS.VERB, tied);
                assertTrue(
                        verb != null && SayingVerbLinksWriter.saysOrThinks(verb),
                        tied + " (tied to " + parts[0] + ") is a verb of saying or thinking");
            }
        }
    }

    @Test
    void everyTieIsListedBothWays() throws Exception {
        Map<String, Set<String>> ties = new HashMap<>();
        for (String line : committed()) {
            String[] parts = line.split("\t");
            ties.put(parts[0], Set.of(parts[1].split(",")));
        }
        ties.forEach((verb, tied) -> tied.forEach(other ->
                assertTrue(ties.getOrDefault(other, Set.of()).contains(verb), other + " lists " + verb + " in turn")));
    }

    @Test
    void aVerbIsLookedUpAsWrittenOrAsItsWordNetBase() {
        assertTrue(SayingVerbs.tiedTo("signals").contains("hint"));
        assertTrue(SayingVerbs.tiedTo("justified").contains("defend"));
        assertTrue(SayingVerbs.tiedTo("bawl out").contains("tell off"), "a WordNet verb phrase is its own entry");
        assertEquals(List.of(), SayingVerbs.tiedTo("opened"), "open is first a verb of moving");
        assertTrue(SayingVerbs.tiedTo("look back").contains("reflect"), "both are first seeing and next thinking");
        assertEquals(List.of(), SayingVerbs.tiedTo("slams"), "slam is first a verb of touching");
        assertEquals(List.of(), SayingVerbs.tiedTo("Harbour"));
    }

    /**
     * The list is what the writer makes of the thesaurus and WordNet; the thesaurus is not a build dependency, so this
     * runs when {@code -Dmoby.words=PATH} names its {@code words.txt} (the writer's comment says where it comes from).
     */
    @Test
    void theListIsWhatTheWriterMakesOfTheThesaurus() throws Exception {
        List<String> made = SayingVerbLinksWriter.lines(
                SayingVerbLinksWriter.readThesaurus(givenThesaurus()),
                SayingVerbLinksWriter.sayingVerbs(Dictionary.getDefaultResourceInstance()));
        assertEquals(made, new ArrayList<>(committed()));
    }

    /** The thesaurus's {@code words.txt} that {@code -Dmoby.words=PATH} names; the calling test is skipped without it. */
    static Path givenThesaurus() {
        String words = System.getProperty("moby.words", "");
        assumeTrue(
                !words.isEmpty() && Files.isRegularFile(Paths.get(words)),
                "the Moby Thesaurus's words.txt is not given (-Dmoby.words=PATH): the list is not regenerated");
        return Path.of(words);
    }
}
