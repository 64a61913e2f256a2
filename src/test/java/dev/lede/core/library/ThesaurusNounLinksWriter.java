package dev.lede.core.library;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes the list {@link ThesaurusNouns} reads, from the Moby Thesaurus and WordNet 3.1: for each one-word noun lemma
 * whose commonest sense WordNet files under no physical entity, the other such nouns the thesaurus lists as near in
 * meaning and that list it in turn, leaving out a noun whose commonest sense is a sister of its own (one broader sense
 * over both). The thesaurus is read as {@link SayingVerbLinksWriter} reads it. Run from the project root:
 *
 * <pre>
 * npm pack moby@1.1.2 &amp;&amp; tar xzf moby-1.1.2.tgz package/words.txt
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *     dev.lede.core.library.ThesaurusNounLinksWriter package/words.txt
 * </pre>
 */
final class ThesaurusNounLinksWriter {

    static final Path OUTPUT = Paths.get("src/main/resources/dev/lede/core/library", ThesaurusNouns.RESOURCE);

    private ThesaurusNounLinksWriter() {}

    public static void main(String[] args) throws Exception {
        Map<String, Set<String>> thesaurus = SayingVerbLinksWriter.readThesaurus(Paths.get(args[0]));
        List<String> out = lines(thesaurus, new Senses(Dictionary.getDefaultResourceInstance()));
        try (OutputStream file = Files.newOutputStream(OUTPUT);
                Writer writer = new OutputStreamWriter(new GZIPOutputStream(file), StandardCharsets.UTF_8)) {
            for (String line : out) {
                writer.write(line);
                writer.write('\n');
            }
        }
        System.out.printf("%s: %d nouns%n", OUTPUT, out.size());
    }

    /** The list's lines: a noun, a tab, the nouns tied to it both ways, comma-separated; nouns tied to none left out. */
    static List<String> lines(Map<String, Set<String>> thesaurus, Senses senses) throws JWNLException {
        Map<String, Set<String>> links = new TreeMap<>();
        for (String noun : thesaurus.keySet()) {
            if (!senses.abstractOneWord(noun)) {
                continue;
            }
            for (String other : thesaurus.get(noun)) {
                if (!other.equals(noun)
                        && senses.abstractOneWord(other)
                        && thesaurus.getOrDefault(other, Set.of()).contains(noun)
                        && !senses.sisters(noun, other)) {
                    links.computeIfAbsent(noun, n -> new TreeSet<>()).add(other);
                }
            }
        }
        List<String> out = new ArrayList<>();
        links.forEach((noun, tied) -> out.add(noun + '\t' + String.join(",", tied)));
        return out;
    }

    /** WordNet's answers the list is written from, each noun's asked once. */
    static final class Senses {
        private final Dictionary dictionary;
        private final Synset physical;
        private final Map<String, Boolean> abstractNouns = new HashMap<>();

        Senses(Dictionary dictionary) throws JWNLException {
            this.dictionary = dictionary;
            this.physical = dictionary
                    .getIndexWord(POS.NOUN, "physical entity")
                    .getSenses()
                    .get(0);
        }

        /** Whether the word is a one-word WordNet noun lemma whose commonest sense is under no physical entity. */
        boolean abstractOneWord(String word) throws JWNLException {
            Boolean known = abstractNouns.get(word);
            if (known == null) {
                IndexWord noun = word.indexOf(' ') < 0 ? dictionary.getIndexWord(POS.NOUN, word) : null;
                known = noun != null
                        && noun.getLemma().equals(word)
                        && !under(noun.getSenses().get(0), new HashSet<>());
                abstractNouns.put(word, known);
            }
            return known;
        }

        /** Whether the two nouns' commonest senses share a broader sense one step up. */
        boolean sisters(String one, String other) throws JWNLException {
            Set<Synset> broader =
                    broader(dictionary.getIndexWord(POS.NOUN, one).getSenses().get(0));
            broader.retainAll(
                    broader(dictionary.getIndexWord(POS.NOUN, other).getSenses().get(0)));
            return !broader.isEmpty();
        }

        private static Set<Synset> broader(Synset sense) throws JWNLException {
            Set<Synset> broader = new HashSet<>();
            for (Pointer pointer : sense.getPointers(PointerType.HYPERNYM)) {
                broader.add(pointer.getTargetSynset());
            }
            return broader;
        }

        private boolean under(Synset sense, Set<Synset> seen) throws JWNLException {
            if (sense.equals(physical)) {
                return true;
            }
            if (!seen.add(sense)) {
                return false;
            }
            List<Pointer> up = new ArrayList<>(sense.getPointers(PointerType.HYPERNYM));
            up.addAll(sense.getPointers(PointerType.INSTANCE_HYPERNYM));
            for (Pointer pointer : up) {
                if (under(pointer.getTargetSynset(), seen)) {
                    return true;
                }
            }
            return false;
        }
    }
}
