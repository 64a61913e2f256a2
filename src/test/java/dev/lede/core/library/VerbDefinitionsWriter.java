package dev.lede.core.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Adjective;
import net.sf.extjwnl.data.AdjectivePosition;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes the list {@link VerbDefinitions} reads: for each verb WordNet defines as a state ("be absent", a sense of
 * "miss") or as the failure or refusal to do another verb ("intentionally fail to attend", a sense of "skip"), what
 * its definitions say is so and what they say is not. A definition "be ADJECTIVE" says the adjective is so and its
 * antonyms are not ("attend": "be present at", so "present", not "absent"). One "fail to VERB", "not VERB", "refuse to
 * VERB", "refrain from VERB", "neglect to VERB" or "decline to VERB" (an adverb before it allowed) says the other way
 * round of that verb and its states ("skip": not "attend", not "present", so "absent"). After "be" an adjective is
 * predicative, so only its senses WordNet does not mark attributive-only count ("present" as "being in a specified
 * place", whose antonym is "absent", not the temporal "present" before a noun, whose antonyms are "past" and
 * "future"). Only the definition is read (the gloss up to its first semicolon or quoted example, without what is in
 * brackets), as {@link WordNetTableGenerator#definitionHead} reads it; "be" before a form of another verb is the passive
 * ("come": "be found"), not a state. One verb a line: the verb, then tab-separated the states that are so, the states
 * that are not and the verbs that are not, each list comma-separated and possibly empty; a word said both ways by
 * different senses ("miss": "be absent", "fail to attend") is kept on both sides.
 */
final class VerbDefinitionsWriter {

    private static final Pattern STATE = Pattern.compile("^be ([a-z-]+)\\b");
    private static final Pattern FAILURE =
            Pattern.compile("^(?:[a-z]+ly )?(?:fail to|not|refuse to|refrain from|neglect to|decline to) ([a-z-]+)\\b");

    private VerbDefinitionsWriter() {}

    static void write(Dictionary dictionary, Path file) throws IOException, JWNLException {
        Map<String, String> lines = lines(dictionary);
        List<String> out = new ArrayList<>();
        lines.forEach((verb, says) -> out.add(verb + '\t' + says));
        Files.write(file, out, StandardCharsets.UTF_8);
        System.out.printf("%s: %d verbs%n", file, out.size());
    }

    /** Each defined verb's line after the verb: the states that are so, those that are not, the verbs that are not. */
    static Map<String, String> lines(Dictionary dictionary) throws JWNLException {
        Map<String, String> lines = new TreeMap<>();
        for (Iterator<IndexWord> verbs = dictionary.getIndexWordIterator(POS.VERB); verbs.hasNext(); ) {
            IndexWord verb = verbs.next();
            Set<String> so = new TreeSet<>();
            Set<String> not = new TreeSet<>();
            Set<String> notVerbs = new TreeSet<>();
            for (Synset sense : verb.getSenses()) {
                String definition = WordNetTableGenerator.definition(sense);
                addState(dictionary, definition, so, not);
                Matcher failure = FAILURE.matcher(definition);
                IndexWord failed = failure.find() ? WordNetTableGenerator.verbBase(dictionary, failure.group(1)) : null;
                if (failed != null && !failed.getLemma().equals("be")) {
                    notVerbs.add(failed.getLemma());
                    for (Synset failedSense : failed.getSenses()) {
                        addState(
                                dictionary,
                                WordNetTableGenerator.definition(failedSense),
                                not,
                                so); // the other way round
                    }
                }
            }
            String lemma = verb.getLemma().toLowerCase(Locale.ROOT);
            notVerbs.remove(lemma);
            if (!so.isEmpty() || !not.isEmpty() || !notVerbs.isEmpty()) {
                lines.put(
                        lemma, String.join(",", so) + '\t' + String.join(",", not) + '\t' + String.join(",", notVerbs));
            }
        }
        return lines;
    }

    /**
     * For a definition "be ADJECTIVE", the adjective into {@code so} and its antonyms, in its senses that may follow
     * "be", into {@code not}; nothing for "be a", "be in" or any word that is no adjective.
     */
    private static void addState(Dictionary dictionary, String definition, Set<String> so, Set<String> not)
            throws JWNLException {
        Matcher state = STATE.matcher(definition);
        IndexWord adjective = state.find() ? dictionary.getIndexWord(POS.ADJECTIVE, state.group(1)) : null;
        if (adjective == null || isParticiple(dictionary, adjective.getLemma())) {
            return;
        }
        so.add(adjective.getLemma());
        for (Synset sense : adjective.getSenses()) {
            for (Word member : sense.getWords()) {
                if (member.getLemma().equals(adjective.getLemma())
                        && !(member instanceof Adjective written
                                && written.getAdjectivePosition() == AdjectivePosition.ATTRIBUTIVE)) {
                    for (Pointer opposite : member.getPointers(PointerType.ANTONYM)) {
                        if (opposite.getTarget() instanceof Word target) {
                            not.add(target.getLemma().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
    }

    /**
     * Whether a word is a form of another verb ("found" of "find", "received"): after "be" it makes the passive, an
     * event done to the subject ("come": "be found"), not a state.
     */
    private static boolean isParticiple(Dictionary dictionary, String word) throws JWNLException {
        for (String base : dictionary.getMorphologicalProcessor().lookupAllBaseForms(POS.VERB, word)) {
            if (!base.equals(word)) {
                return true;
            }
        }
        return false;
    }
}
