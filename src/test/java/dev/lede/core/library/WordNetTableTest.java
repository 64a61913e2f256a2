// Over 300 lines, not split: every check reads the same sample of words against extjwnl, WordNet's own reader, and
// the reference readings it builds serve several checks; split up, each file would gather and read them again.
package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.Test;

/**
 * The compact table answers as WordNet's own dictionary (extjwnl, test scope) does: for every word of the
 * sample library and the evaluation sets, and each with the endings WordNet's morphology takes off, the
 * same known and verb flags, synonyms, antonyms and words one step up or down the hierarchy. A table
 * written from other data, a wrong base form, a lost derivation or a lost hypernym fails here.
 */
class WordNetTableTest {

    private static final List<String> ENDINGS = List.of("", "s", "es", "ed", "ing", "er", "est");

    @Test
    void theMindVerbsAreThoseWhoseCommonestSensesWordNetFilesAsFeelingPerceivingOrThinking() throws JWNLException {
        Set<String> expected = WordNetTableGenerator.mindVerbs(Dictionary.getDefaultResourceInstance());
        assertTrue(expected.size() > 1000, "WordNet files a thousand verbs so: " + expected.size());
        assertTrue(expected.containsAll(Set.of("relish", "eye", "remember", "relive", "look back")));
        assertFalse(expected.contains("skip"), "its next sense is jumping");
        assertTrue(
                expected.containsAll(Set.of("acknowledge", "admit", "hail", "commend")), "verbs of saying that judge");
        assertFalse(expected.contains("announce") || expected.contains("sign"), "verbs of saying that judge nothing");
        assertEquals(expected, new TreeSet<>(WordNetTableFormat.readList(MindVerbs.RESOURCE)));
    }

    @Test
    void theLeavingVerbsAreThoseWhoseCommonestSenseIsOneOfLeaveOrBelowIt() throws JWNLException {
        Set<String> written = new TreeSet<>(WordNetTableFormat.readList(LeavingVerbs.RESOURCE));
        assertEquals(WordNetTableGenerator.leavingVerbs(Dictionary.getDefaultResourceInstance()), written);
        assertTrue(
                written.containsAll(Set.of("leave", "exit", "depart", "step down", "walk away")), written.toString());
        // "Quit" is first to stop doing something, "return" to come back: neither is a leaving by its commonest sense.
        assertFalse(written.contains("quit") || written.contains("return"), written.toString());
    }

    @Test
    void theDenialVerbsAreThoseAtOrBelowASenseOfDenyOrReject() throws JWNLException {
        Set<String> written = new TreeSet<>(WordNetTableFormat.readList(DenialVerbs.RESOURCE));
        assertEquals(WordNetTableGenerator.denialVerbs(Dictionary.getDefaultResourceInstance()), written);
        assertTrue(written.containsAll(Set.of("deny", "reject", "dismiss", "disown", "refute", "shoot down")), "below");
        assertFalse(written.contains("confirm") || written.contains("admit"), "the opposite is no denial");
    }

    @Test
    void theTalkNounsAreThoseWhoseCommonestSenseIsAThingSaid() throws JWNLException {
        Set<String> written = new TreeSet<>(WordNetTableFormat.readList(TalkNouns.RESOURCE));
        assertEquals(WordNetTableGenerator.talkNouns(Dictionary.getDefaultResourceInstance()), written);
        assertTrue(written.containsAll(Set.of("claim", "rumour", "talk", "remark", "comment", "story")), "below");
        // A report is first a written document, a film a show and a song or a finale music: things made, not said.
        assertFalse(written.contains("report") || written.contains("film") || written.contains("title"), "made");
        assertFalse(written.contains("song") || written.contains("finale"), "music is heard, not said");
    }

    @Test
    void answersAsTheDictionaryDoes() throws IOException, JWNLException {
        Dictionary dictionary = Dictionary.getDefaultResourceInstance();
        Set<String> words = sampleWords();
        List<String> differences = new ArrayList<>();
        for (String word : words) {
            WordNet.Relations table = WordNet.of(word);
            WordNet.Relations reference = fromDictionary(dictionary, word);
            if (table.known() != reference.known()
                    || table.verb() != reference.verb()
                    || !Set.copyOf(table.synonyms()).equals(Set.copyOf(reference.synonyms()))
                    || !Set.copyOf(WordNet.neighbours(word).words()).equals(neighbours(dictionary, word, reference))
                    || !Set.copyOf(table.antonyms()).equals(Set.copyOf(reference.antonyms()))
                    || !Set.copyOf(WordNet.otherKinds(word).words())
                            .equals(otherKinds(dictionary, word, reference, neighbours(dictionary, word, reference)))) {
                differences.add(word);
            }
        }
        assertEquals(
                List.of(),
                differences.subList(0, Math.min(20, differences.size())),
                differences.size() + " words differ");
    }

    @Test
    void theNounHeadingAnAbstractSensesDefinitionIsItsNeighbour() throws IOException, JWNLException {
        assertTrue(WordNet.abstractNeighbours("days").words().contains("time"), "the time during which …");
        assertTrue(WordNet.abstractNeighbours("probe").words().contains("inquiry"), "an inquiry into …");
        assertFalse(WordNet.abstractNeighbours("copper").words().contains("element"), "a physical thing's is not");
        Dictionary dictionary = Dictionary.getDefaultResourceInstance();
        List<String> differences = new ArrayList<>();
        for (String word : sampleWords()) {
            IndexWord noun = baseForm(dictionary, net.sf.extjwnl.data.POS.NOUN, word);
            if (noun == null || isPhysical(noun.getSenses().get(0))) {
                continue;
            }
            String head = WordNetTableGenerator.nounDefinitionHead(
                    dictionary, noun.getSenses().get(0));
            if (head != null
                    && !head.equals(noun.getLemma())
                    && !WordNet.of(word).synonyms().contains(head)
                    && !WordNet.abstractNeighbours(word).words().contains(head)) {
                differences.add(word + " → " + head);
            }
        }
        assertEquals(
                List.of(),
                differences.subList(0, Math.min(20, differences.size())),
                differences.size() + " words lack their head");
    }

    /** Every word of the sample library and the evaluation sets, with the endings WordNet's morphology takes off. */
    private static Set<String> sampleWords() throws IOException {
        Set<String> words = new TreeSet<>();
        for (Path folder : List.of(Paths.get("feeds"), Paths.get("src/test/resources/related"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    for (String token : WordForms.tokens(Files.readString(file))) {
                        if (!isAscii(token)) {
                            continue; // extjwnl cuts words at letters beyond ASCII ("bjørn" → "rn"); the table does not
                        }
                        if (token.chars().anyMatch(Character::isDigit)) {
                            continue; // extjwnl looks "fresh2" up as "fresh"; the table knows no word with a digit
                        }
                        for (String ending : ENDINGS) {
                            words.add(token + ending);
                        }
                    }
                }
            }
        }
        assertTrue(words.size() > 20_000, "a real sample of words: " + words.size());
        return words;
    }

    private static boolean isAscii(String token) {
        return token.chars().allMatch(c -> c < 0x80);
    }

    /**
     * The word's entry under its first base form WordNet lists in this part of speech, as Morphy defines it.
     * Not extjwnl's own {@code lookupIndexWord}: that stops at the first candidate form even when this part
     * of speech lacks it (so "backer", a noun, never reaches the adjective "back", and "is" never the noun
     * "i").
     */
    private static IndexWord baseForm(Dictionary dictionary, net.sf.extjwnl.data.POS pos, String word)
            throws JWNLException {
        IndexWord own = dictionary.getIndexWord(pos, word);
        if (own != null) {
            return own;
        }
        for (String form : dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, word)) {
            IndexWord found = dictionary.getIndexWord(pos, form);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * The relations read straight from the dictionary: every part of speech; the members of each sense, the
     * derived forms of the word's own sense, and the opposites of every member of each sense in any of that
     * member's senses.
     */
    private static WordNet.Relations fromDictionary(Dictionary dictionary, String word) throws JWNLException {
        Set<String> synonyms = new LinkedHashSet<>();
        Set<String> antonyms = new LinkedHashSet<>();
        boolean known = false;
        boolean verb = false;
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return WordNet.Relations.UNKNOWN;
        }
        for (net.sf.extjwnl.data.POS pos : net.sf.extjwnl.data.POS.getAllPOS()) {
            IndexWord index = baseForm(dictionary, pos, word);
            if (index == null) {
                continue;
            }
            known = true;
            verb |= pos == net.sf.extjwnl.data.POS.VERB;
            for (Synset sense : index.getSenses()) {
                for (Word member : sense.getWords()) {
                    String lemma = member.getLemma().toLowerCase(Locale.ROOT);
                    if (!lemma.equals(word)) {
                        synonyms.add(lemma);
                    }
                    if (lemma.equals(index.getLemma())) {
                        for (Pointer form : member.getPointers(PointerType.DERIVATION)) {
                            if (form.getTarget() instanceof Word target) {
                                synonyms.add(target.getLemma().toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                    IndexWord memberEntry = dictionary.getIndexWord(pos, lemma);
                    for (Synset memberSense : memberEntry == null ? List.<Synset>of() : memberEntry.getSenses()) {
                        for (Word same : memberSense.getWords()) {
                            if (same.getLemma().toLowerCase(Locale.ROOT).equals(lemma)) {
                                for (Pointer opposite : same.getPointers(PointerType.ANTONYM)) {
                                    if (opposite.getTarget() instanceof Word target) {
                                        antonyms.add(target.getLemma().toLowerCase(Locale.ROOT));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        synonyms.removeAll(antonyms);
        return new WordNet.Relations(
                known, verb, List.copyOf(synonyms), List.copyOf(antonyms), List.of(), new int[0], List.of());
    }

    /**
     * The members of the senses one step up or down from each of the word's senses, and of a verb's narrow families (a
     * broader sense with at most {@link SenseHierarchy#NARROW_FAMILY} senses under it, itself included), and the verb
     * heading the definition of its commonest verb sense; neither synonyms nor antonyms.
     */
    private static Set<String> neighbours(Dictionary dictionary, String word, WordNet.Relations relations)
            throws JWNLException {
        Set<String> neighbours = new LinkedHashSet<>();
        if (!relations.known()) {
            return neighbours;
        }
        for (net.sf.extjwnl.data.POS pos : net.sf.extjwnl.data.POS.getAllPOS()) {
            IndexWord index = baseForm(dictionary, pos, word);
            for (Synset sense : index == null ? List.<Synset>of() : index.getSenses()) {
                for (PointerType step : List.of(PointerType.HYPERNYM, PointerType.HYPONYM)) {
                    for (Pointer pointer : sense.getPointers(step)) {
                        for (Word member : pointer.getTargetSynset().getWords()) {
                            neighbours.add(member.getLemma().toLowerCase(Locale.ROOT));
                        }
                    }
                }
                if (pos == net.sf.extjwnl.data.POS.VERB) {
                    for (Pointer up : sense.getPointers(PointerType.HYPERNYM)) {
                        Set<Synset> family = new LinkedHashSet<>();
                        addWithAllBelow(up.getTargetSynset(), family);
                        if (family.size() <= SenseHierarchy.NARROW_FAMILY) {
                            for (Synset member : family) {
                                for (Word kin : member.getWords()) {
                                    neighbours.add(kin.getLemma().toLowerCase(Locale.ROOT));
                                }
                            }
                        }
                    }
                }
            }
        }
        IndexWord verb = baseForm(dictionary, net.sf.extjwnl.data.POS.VERB, word);
        String head = verb == null
                ? null
                : WordNetTableGenerator.definitionHead(
                        dictionary, verb.getSenses().get(0));
        if (head != null) {
            neighbours.add(head);
        }
        neighbours.removeAll(relations.synonyms());
        neighbours.removeAll(relations.antonyms());
        neighbours.remove(word);
        return neighbours;
    }

    /**
     * The members whose commonest noun sense sits beside the word's commonest noun sense, under one of its broader
     * senses, when that sense is a physical entity's; neither synonyms nor neighbours.
     */
    private static Set<String> otherKinds(
            Dictionary dictionary, String word, WordNet.Relations relations, Set<String> neighbours)
            throws JWNLException {
        Set<String> kinds = new LinkedHashSet<>();
        IndexWord index = relations.known() ? baseForm(dictionary, net.sf.extjwnl.data.POS.NOUN, word) : null;
        if (index == null || !isPhysical(index.getSenses().get(0))) {
            return kinds;
        }
        Synset own = index.getSenses().get(0);
        for (Pointer up : own.getPointers(PointerType.HYPERNYM)) {
            for (Pointer down : up.getTargetSynset().getPointers(PointerType.HYPONYM)) {
                Synset sister = down.getTargetSynset();
                if (sister.equals(own)) {
                    continue;
                }
                for (Word member : sister.getWords()) {
                    String lemma = member.getLemma().toLowerCase(Locale.ROOT);
                    IndexWord entry = dictionary.getIndexWord(net.sf.extjwnl.data.POS.NOUN, lemma);
                    if (entry != null && entry.getSenses().get(0).equals(sister)) {
                        kinds.add(lemma);
                    }
                }
            }
        }
        kinds.removeAll(relations.synonyms());
        kinds.removeAll(neighbours);
        kinds.remove(word);
        return kinds;
    }

    private static boolean isPhysical(Synset sense) throws JWNLException {
        if (sense.getWords().stream().anyMatch(w -> w.getLemma().equals("physical entity"))) {
            return true;
        }
        for (Pointer up : sense.getPointers(PointerType.HYPERNYM)) {
            if (isPhysical(up.getTargetSynset())) {
                return true;
            }
        }
        return false;
    }

    private static void addWithAllBelow(Synset sense, Set<Synset> into) throws JWNLException {
        if (into.add(sense)) {
            for (Pointer down : sense.getPointers(PointerType.HYPONYM)) {
                addWithAllBelow(down.getTargetSynset(), into);
            }
        }
    }
}
