package dev.lede.core.library;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * What WordNet 3.1 says about an English word: whether it is one, the words that share a sense with it
 * or are derived from it or it from them (its synonyms, any part of speech: "shut" for "close", "closure"
 * for "close") and the words marked as its opposites (antonyms). WordNet is
 * Princeton's published lexical database, read here from the extjwnl data jar through extjwnl's
 * dictionary, which finds a word's base form itself ("won" is "win"). It is a general resource written
 * for no headline set, which is why the matcher may lean on it where it must not keep a list of its own
 * (README.md, Related-headline jump). The dictionary loads on the first question (a second or so), which
 * comes only when related headlines are matched, never on the way to the first frame; answers are kept.
 */
final class WordNet {

    /**
     * What WordNet says about one word; an unknown word has no synonyms and no antonyms. Each synonym and
     * antonym is also kept as the matcher's terms ("step down" → [step, down]), worked out once.
     */
    record Relations(
            boolean known,
            List<String> synonyms,
            List<String> antonyms,
            List<List<String>> synonymTerms,
            List<List<String>> antonymTerms) {
        static final Relations UNKNOWN = new Relations(false, List.of(), List.of(), List.of(), List.of());
    }

    private static final Map<String, Relations> ANSWERS = new ConcurrentHashMap<>();

    private WordNet() {}

    /** Whether the dictionary could be read: without it no word is known, which says nothing of names. */
    static boolean available() {
        return Loaded.DICTIONARY != null;
    }

    /** WordNet's relations of a lower-case word; a word WordNet cannot read is unknown. */
    static Relations of(String word) {
        return ANSWERS.computeIfAbsent(word, WordNet::lookUp);
    }

    private static Relations lookUp(String word) {
        Dictionary dictionary = Loaded.DICTIONARY;
        if (dictionary == null || word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return Relations.UNKNOWN;
        }
        Set<String> synonyms = new LinkedHashSet<>();
        Set<String> antonyms = new LinkedHashSet<>();
        boolean known = false;
        // The dictionary's caches are not made for several threads at once.
        synchronized (dictionary) {
            try {
                for (POS pos : POS.getAllPOS()) {
                    IndexWord index = dictionary.lookupIndexWord(pos, word);
                    if (index == null) {
                        continue;
                    }
                    known = true;
                    for (Synset sense : index.getSenses()) {
                        for (Word member : sense.getWords()) {
                            String lemma = member.getLemma().toLowerCase(Locale.ROOT);
                            if (!lemma.equals(word)) {
                                synonyms.add(lemma);
                            }
                            if (lemma.equals(index.getLemma())) {
                                // The same event as noun and verb: "closure" and "close", "donation" and "donate".
                                for (Pointer form : member.getPointers(PointerType.DERIVATION)) {
                                    if (form.getTarget() instanceof Word target) {
                                        synonyms.add(target.getLemma().toLowerCase(Locale.ROOT));
                                    }
                                }
                            }
                            if (lemma.equals(index.getLemma())) {
                                // Antonymy is between words ("win" and "lose"), not the whole sense.
                                for (Pointer opposite : member.getPointers(PointerType.ANTONYM)) {
                                    if (opposite.getTarget() instanceof Word target) {
                                        antonyms.add(target.getLemma().toLowerCase(Locale.ROOT));
                                    }
                                }
                            }
                        }
                    }
                }
            } catch (JWNLException | RuntimeException unreadable) {
                return Relations.UNKNOWN; // a word the dictionary cannot read says nothing
            }
        }
        synonyms.removeAll(antonyms);
        return new Relations(
                known, List.copyOf(synonyms), List.copyOf(antonyms), termsOf(synonyms, word), termsOf(antonyms, word));
    }

    /** Each phrase's terms, once each, leaving out empty ones and those holding the word's own term. */
    private static List<List<String>> termsOf(Set<String> phrases, String word) {
        String own = HeadlineTerms.term(word);
        Set<List<String>> out = new LinkedHashSet<>();
        for (String phrase : phrases) {
            List<String> terms = HeadlineTerms.terms(phrase);
            if (!terms.isEmpty() && !terms.contains(own)) {
                out.add(terms);
            }
        }
        return List.copyOf(out);
    }

    /** Loaded on first use only (the holder idiom): the reader's first frame never waits for it. */
    private static final class Loaded {
        static final Dictionary DICTIONARY = load();

        private static Dictionary load() {
            try {
                return Dictionary.getDefaultResourceInstance();
            } catch (JWNLException | RuntimeException missing) {
                return null; // without its data jar the matcher goes on with words alone
            }
        }
    }
}
