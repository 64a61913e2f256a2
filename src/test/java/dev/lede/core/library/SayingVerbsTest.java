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
    void everyVerbAndEveryTieIsAVerbOfSayingOrThinkingInWordNetOrAPhraseOnlySuchVerbsList() throws Exception {
        Dictionary dictionary = Dictionary.getDefaultResourceInstance();
        Set<String> saying = SayingVerbLinksWriter.sayingVerbs(dictionary);
        List<String> lines = committed();
        assertTrue(lines.size() > 1000, "the list has " + lines.size() + " verbs");
        Map<String, Set<String>> ties = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split("\t");
            ties.put(parts[0], Set.of(parts[1].split(",")));
        }
        ties.forEach((verb, tied) -> {
            if (!saying.contains(verb)) {
                // A phrase of the thesaurus's own ("break silence"): WordNet has no verb of that name, and only verbs
                // of saying or thinking, two or more, list it.
                assertTrue(verb.contains(" "), verb + " is a verb of saying or thinking, or a phrase");
                assertTrue(tied.size() >= 2 && saying.containsAll(tied), verb + " is tied to verbs of saying only");
            }
            for (String other : tied) {
                assertTrue(
                        saying.contains(other) || !saying.contains(verb) || ties.containsKey(other),
                        other + " (tied to " + verb + ") is a verb of saying or thinking");
            }
        });
        assertEquals(
                Set.of("pipe up", "say", "speak", "speak out", "speak up"),
                ties.get("break silence"),
                "the verbs the thesaurus lists the phrase under");
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
        Map<String, Set<String>> thesaurus = SayingVerbLinksWriter.readThesaurus(givenThesaurus());
        Dictionary dictionary = Dictionary.getDefaultResourceInstance();
        List<String> made = SayingVerbLinksWriter.lines(
                thesaurus,
                SayingVerbLinksWriter.sayingVerbs(dictionary),
                SayingVerbLinksWriter.phrasesOfSaying(thesaurus, dictionary));
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
