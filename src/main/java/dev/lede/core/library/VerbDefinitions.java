package dev.lede.core.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What WordNet's definitions of a verb say is so and what they say is not, for the verbs it defines as a state ("be
 * absent", a sense of "miss"; "be present at", of "attend" and "go to") or as failing or refusing to do another verb
 * ("intentionally fail to attend", a sense of "skip"): "skip" says "absent" is so and "attend" and "present" are not.
 * A related headline that skips an event, misses it, or does not attend or go to it says what an article's "will be
 * absent from" says, though WordNet ties none of those words to "absent" as a synonym; one that attends it says the
 * opposite. The list beside the WordNet table is written by {@code VerbDefinitionsWriter} from the definitions
 * (docs/related-matching.md, "Resolver version 33").
 */
final class VerbDefinitions {

    /**
     * The list beside the WordNet table: a verb, then tab-separated the states (adjectives) its definitions say are so,
     * those they say are not, and the verbs they say are not.
     */
    static final String RESOURCE = "wordnet-3.1-verb-definitions.txt";

    /**
     * What a verb's definitions say, as the matcher's terms: the states that are so and are not (adjectives, said
     * after "be": "absent"), and the verbs that are so and are not ("attend"; only a negation makes one so).
     */
    record Said(
            List<List<String>> soStates,
            List<List<String>> notStates,
            List<List<String>> soVerbs,
            List<List<String>> notVerbs) {
        static final Said NOTHING = new Said(List.of(), List.of(), List.of(), List.of());

        /** The same said of the verb under a negation ("won't attend"): what was so is not, and the other way. */
        Said negated() {
            return new Said(notStates, soStates, notVerbs, soVerbs);
        }
    }

    private VerbDefinitions() {}

    /** What the definitions of a verb or verb phrase ("go to"), in any form ("skipping"), say; nothing if none. */
    static Said of(String wordOrPhrase) {
        Said said = Loaded.VERBS.get(wordOrPhrase);
        if (said == null && wordOrPhrase.indexOf(' ') < 0) {
            String lemma = WordNet.verbBase(wordOrPhrase);
            said = lemma == null ? null : Loaded.VERBS.get(lemma);
        }
        return said == null ? Said.NOTHING : said;
    }

    private static Map<String, Said> read() {
        Map<String, Said> verbs = new HashMap<>();
        try (InputStream raw = WordNetTable.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                return verbs; // without the list no verb says anything by its definition
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split("\t", -1);
                if (fields.length == 4) {
                    verbs.put(fields[0], new Said(terms(fields[1]), terms(fields[2]), List.of(), terms(fields[3])));
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return verbs;
    }

    /** A comma-separated list of words as the matcher's terms, leaving out those that make none ("in"). */
    private static List<List<String>> terms(String words) {
        List<List<String>> terms = new ArrayList<>();
        for (String word : words.split(",")) {
            List<String> phrase = HeadlineTerms.terms(word);
            if (!word.isEmpty() && !phrase.isEmpty()) {
                terms.add(phrase);
            }
        }
        return List.copyOf(terms);
    }

    /** Read on first use only (the holder idiom). */
    private static final class Loaded {
        static final Map<String, Said> VERBS = read();
    }
}
