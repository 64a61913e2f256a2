package dev.lede.core.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes the list {@link SayingVerbs} reads, from the Moby Thesaurus and WordNet 3.1: for each verb lemma (or verb
 * phrase) of saying or thinking ({@link #saysOrThinks}), the other such verbs it lists as near in meaning and that list
 * it in turn; and the thesaurus's own verb phrases of saying ({@link #phrasesOfSaying}: "break silence"), tied to the
 * verbs that list them. The thesaurus is its plain-text release (one root word a line, then its related words, comma-separated),
 * as the npm package {@code moby} 1.1.2 ships it ({@code words.txt}; 30,260 root words). Run from the project root:
 *
 * <pre>
 * npm pack moby@1.1.2 &amp;&amp; tar xzf moby-1.1.2.tgz package/words.txt
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *     dev.lede.core.library.SayingVerbLinksWriter package/words.txt
 * </pre>
 */
final class SayingVerbLinksWriter {

    static final Path OUTPUT = Paths.get("src/main/resources/dev/lede/core/library", SayingVerbs.RESOURCE);

    private SayingVerbLinksWriter() {}

    public static void main(String[] args) throws Exception {
        Map<String, Set<String>> thesaurus = readThesaurus(Paths.get(args[0]));
        Dictionary dictionary = Dictionary.getDefaultResourceInstance();
        List<String> out = lines(thesaurus, sayingVerbs(dictionary), phrasesOfSaying(thesaurus, dictionary));
        Files.write(OUTPUT, out, StandardCharsets.UTF_8);
        System.out.printf("%s: %d verbs%n", OUTPUT, out.size());
    }

    /** Each root word's related words, lower-cased (the thesaurus capitalises names and some roots). */
    static Map<String, Set<String>> readThesaurus(Path words) throws IOException {
        Map<String, Set<String>> thesaurus = new HashMap<>();
        try (BufferedReader lines = Files.newBufferedReader(words, StandardCharsets.ISO_8859_1)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] parts = line.toLowerCase(Locale.ROOT).split(",");
                Set<String> related = thesaurus.computeIfAbsent(parts[0], root -> new HashSet<>());
                for (int i = 1; i < parts.length; i++) {
                    related.add(parts[i]);
                }
            }
        }
        return thesaurus;
    }

    /** The verb lemmas and phrases of saying or thinking ({@link #saysOrThinks}). */
    static Set<String> sayingVerbs(Dictionary dictionary) throws JWNLException {
        Set<String> saying = new HashSet<>();
        for (Iterator<IndexWord> verbs = dictionary.getIndexWordIterator(POS.VERB); verbs.hasNext(); ) {
            IndexWord verb = verbs.next();
            if (saysOrThinks(verb)) {
                saying.add(verb.getLemma());
            }
        }
        return saying;
    }

    /**
     * Whether WordNet files the verb's first (commonest) sense among the verbs of saying or thinking, or its first
     * among the verbs of perceiving and its second among those of saying or thinking: English says seeing for
     * thinking ("looks back on", "reflects on"), and WordNet files those phrases first as the eyes' (version 47).
     */
    static boolean saysOrThinks(IndexWord verb) {
        List<Synset> senses = verb.getSenses();
        return SayingVerbs.LEXICOGRAPHER_FILES.contains(senses.get(0).getLexFileName())
                || senses.size() > 1
                        && SayingVerbs.SEEING_FILE.equals(senses.get(0).getLexFileName())
                        && SayingVerbs.LEXICOGRAPHER_FILES.contains(
                                senses.get(1).getLexFileName());
    }

    /**
     * The thesaurus's verb phrases of saying that WordNet lacks ("break silence"), each with the verbs that list it. Such
     * a phrase has no entry of its own, so it cannot list a verb back as {@link #lines} asks; what it is, the entries
     * that list it say. It is one when two or more list it and each of them is a verb of saying or thinking, its first
     * word is a verb in WordNet ("break"; the thesaurus lists nouns under words that are both: "monstrous lie" under
     * "libel"), and WordNet has no verb of that name.
     */
    static Map<String, Set<String>> phrasesOfSaying(Map<String, Set<String>> thesaurus, Dictionary dictionary)
            throws JWNLException {
        Set<String> saying = sayingVerbs(dictionary);
        Map<String, Set<String>> listedBy = new TreeMap<>();
        thesaurus.forEach((root, related) -> related.forEach(
                other -> listedBy.computeIfAbsent(other, o -> new TreeSet<>()).add(root)));
        Map<String, Set<String>> phrases = new TreeMap<>();
        for (Map.Entry<String, Set<String>> listed : listedBy.entrySet()) {
            String phrase = listed.getKey();
            int space = phrase.indexOf(' ');
            if (space > 0
                    && !thesaurus.containsKey(phrase)
                    && listed.getValue().size() >= 2
                    && saying.containsAll(listed.getValue())
                    && dictionary.getIndexWord(POS.VERB, phrase) == null
                    && dictionary.lookupIndexWord(POS.VERB, phrase.substring(0, space)) != null) {
                phrases.put(phrase, listed.getValue());
            }
        }
        return phrases;
    }

    /**
     * The list's lines: a verb, a tab, the verbs tied to it both ways, comma-separated, and the thesaurus's phrases of
     * saying tied to the verbs that list them and those verbs to them; verbs tied to none left out.
     */
    static List<String> lines(
            Map<String, Set<String>> thesaurus, Set<String> saying, Map<String, Set<String>> phrases) {
        Map<String, Set<String>> links = new TreeMap<>();
        for (String verb : saying) {
            for (String other : thesaurus.getOrDefault(verb, Set.of())) {
                if (!other.equals(verb)
                        && saying.contains(other)
                        && thesaurus.getOrDefault(other, Set.of()).contains(verb)) {
                    links.computeIfAbsent(verb, v -> new TreeSet<>()).add(other);
                }
            }
        }
        phrases.forEach((phrase, listing) -> {
            links.computeIfAbsent(phrase, p -> new TreeSet<>()).addAll(listing);
            listing.forEach(
                    verb -> links.computeIfAbsent(verb, v -> new TreeSet<>()).add(phrase));
        });
        List<String> out = new ArrayList<>();
        links.forEach((verb, tied) -> out.add(verb + '\t' + String.join(",", tied)));
        return out;
    }
}
