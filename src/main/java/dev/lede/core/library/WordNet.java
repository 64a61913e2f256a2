// Over 300 lines, not split: every question the matcher asks of WordNet goes through the one table loaded here, and
// each answer is cached here by word; apart, each kind of question would reach for the same loading and caching.
package dev.lede.core.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What WordNet 3.1 says about an English word: whether it is one, the words that share a sense with it or are derived
 * from it or it from them (its synonyms, any part of speech: "shut" for "close", "closure" for "close") and the words
 * marked as its opposites or as the opposites of a word sharing one of its senses (antonyms: "win" for "lose" and for
 * "miss"), whether it can be a verb, and the words one step up or down its hierarchy ("choose" for "elect"). WordNet
 * is Princeton's published lexical database, read here from a compact table of the parts the matcher uses ({@link
 * WordNetTable}), which finds a word's base form as WordNet does ("won" is "win"). It is a general resource written for
 * no headline set, which is why the matcher may lean on it where it must not keep a list of its own
 * (docs/related-matching.md). The table loads on the first question (a tenth of a second or so), which comes only when
 * related headlines are matched, never on the way to the first frame; answers are kept.
 */
final class WordNet {

    /**
     * What WordNet says about one word; an unknown word has no synonyms and no antonyms. Each synonym and
     * antonym is also kept as the matcher's terms ("step down" → [step, down]), worked out once.
     */
    record Relations(
            boolean known,
            boolean verb,
            List<String> synonyms,
            List<String> antonyms,
            List<List<String>> synonymTerms,
            int[] synonymParts,
            List<List<String>> antonymTerms) {
        static final Relations UNKNOWN =
                new Relations(false, false, List.of(), List.of(), List.of(), new int[0], List.of());
    }

    /**
     * The words one step up or down WordNet's hierarchy from any sense of a word (its hypernyms and hyponyms: "choose"
     * for "elect", "elect" for "choose"), neither its synonyms nor its antonyms, also as the matcher's terms, each with
     * the parts of speech it is a neighbour in ({@link WordRoles} bits). Asked for apart from {@link Relations}: they
     * are many, and the matcher needs them for few words.
     */
    record Neighbours(List<String> words, List<List<String>> terms, int[] parts) {
        static final Neighbours NONE = new Neighbours(List.of(), List.of(), new int[0]);
    }

    private static final Map<String, Relations> ANSWERS = new ConcurrentHashMap<>();
    private static final Map<String, Neighbours> NEIGHBOURS = new ConcurrentHashMap<>();
    private static final Map<String, Neighbours> OTHER_KINDS = new ConcurrentHashMap<>();
    private static final Map<String, Neighbours> ABSTRACT_NEIGHBOURS = new ConcurrentHashMap<>();
    private static final Map<String, Neighbours> SAYINGS = new ConcurrentHashMap<>();
    private static final Map<String, Neighbours> NOUN_TIES = new ConcurrentHashMap<>();
    /** {@link #verbPhrase}'s answers by the two words, "" for none: the same pairs come back line after line. */
    private static final Map<String, String> PHRASES = new ConcurrentHashMap<>();

    /** {@link #nounCompound}'s answers by the two words, "" for none. */
    private static final Map<String, String> COMPOUNDS = new ConcurrentHashMap<>();

    private WordNet() {}

    private static final AtomicBoolean READING_AHEAD = new AtomicBoolean();

    /**
     * Starts reading the dictionary on a daemon thread of its own, once: a library that will resolve related
     * headlines calls it as they come in, so the first to resolve does not wait for it while every other
     * resolving thread waits too (about 0.1 s of a first {@code lede list}; docs/performance.md, "Where a first run goes").
     */
    static void readAhead() {
        if (READING_AHEAD.compareAndSet(false, true)) {
            Thread reading = new Thread(WordNet::available, "lede-wordnet");
            reading.setDaemon(true);
            reading.start();
        }
    }

    /** Whether the dictionary could be read: without it no word is known, which says nothing of names. */
    static boolean available() {
        return Loaded.TABLE != null;
    }

    /** WordNet's relations of a lower-case word; a word WordNet cannot read is unknown. */
    static Relations of(String word) {
        return ANSWERS.computeIfAbsent(word, WordNet::lookUp);
    }

    /**
     * Whether a lower-case word is an adverb of manner: WordNet knows it as an adverb and as nothing else, and it is an
     * adjective it knows with -ly added ("frankly", "finally", "happily", "gently", "basically"). Such a word says how a
     * thing was told or done, not what; "before", "again" or "abroad", adverbs of no adjective, may be the story's.
     */
    static boolean isMannerAdverb(String word) {
        WordNetTable table = Loaded.TABLE;
        if (table == null
                || word.length() < 5
                || !word.endsWith("ly")
                || table.baseForm(WordNetTable.ADVERB, word) < 0) {
            return false;
        }
        for (int part = 0; part < WordNetTable.ADVERB; part++) {
            if (table.baseForm(part, word) >= 0) {
                return false;
            }
        }
        String stem = word.substring(0, word.length() - 2);
        for (String adjective : List.of(
                stem, // frank-ly
                stem + "e", // true → tru-ly
                word.substring(0, word.length() - 1) + "e", // gentle → gent-ly
                stem.endsWith("i") ? stem.substring(0, stem.length() - 1) + "y" : stem, // happy → happi-ly
                stem.endsWith("ical") ? stem.substring(0, stem.length() - 2) : stem)) { // basic → basical-ly
            if (table.lists(WordNetTable.ADJECTIVE, adjective)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verb phrase two headline words make when WordNet lists it ("turned down" → "turn down", "called
     * off" → "call off"), else null: such a phrase means what neither word does alone ("reject", "cancel").
     */
    static String verbPhrase(String first, String second) {
        String phrase = PHRASES.computeIfAbsent(first + ' ' + second, key -> lookUpVerbPhrase(first, second));
        return phrase.isEmpty() ? null : phrase;
    }

    private static String lookUpVerbPhrase(String first, String second) {
        WordNetTable table = Loaded.TABLE;
        int verb = table == null ? -1 : table.baseForm(WordNetTable.VERB, first);
        if (verb < 0) {
            return "";
        }
        String phrase = table.lemma(verb) + ' ' + second;
        return table.lists(WordNetTable.VERB, phrase) ? phrase : "";
    }

    /**
     * The noun two headline words make when WordNet lists it as one ("public eye", "red carpet"), the second in its
     * base form, else null: such a noun names what neither word does alone ("public eye" is the "spotlight").
     */
    static String nounCompound(String first, String second) {
        String compound = COMPOUNDS.computeIfAbsent(first + ' ' + second, key -> lookUpNounCompound(first, second));
        return compound.isEmpty() ? null : compound;
    }

    private static String lookUpNounCompound(String first, String second) {
        if (HeadlineTerms.isCount(first)) {
            return ""; // a count before a noun counts it: "by one shot" is no "one shot", a round of ammunition
        }
        String base = nounBase(second);
        String compound = base == null ? null : first + ' ' + base;
        return compound != null && Loaded.TABLE.lists(WordNetTable.NOUN, compound) ? compound : "";
    }

    /** The verb heading the definition of a lower-case verb's commonest sense ("drop" of "hinted"), or null. */
    static String definitionHead(String word) {
        WordNetTable table = Loaded.TABLE;
        int lemma = table == null ? -1 : table.baseForm(WordNetTable.VERB, word);
        return lemma < 0 ? null : table.definitionHead(lemma);
    }

    /** Whether WordNet lists a lower-case word as the part of speech ({@link WordNetTable#ADVERB}: "away", "home"). */
    static boolean lists(int part, String word) {
        return Loaded.TABLE != null && Loaded.TABLE.lists(part, word);
    }

    /** The verb lemma WordNet files a lower-case word under ("relished" → "relish"), or null when it is no verb. */
    static String verbBase(String word) {
        return base(WordNetTable.VERB, word);
    }

    /** The noun lemma WordNet files a lower-case word under ("claims" → "claim"), or null when it is no noun. */
    static String nounBase(String word) {
        return base(WordNetTable.NOUN, word);
    }

    /** The lemma WordNet files a lower-case word under as the part of speech, or null when it is none. */
    private static String base(int part, String word) {
        WordNetTable table = Loaded.TABLE;
        int lemma = table == null ? -1 : table.baseForm(part, word);
        return lemma < 0 ? null : table.lemma(lemma);
    }

    /** The words one step up or down WordNet's hierarchy from a lower-case word, and its verb's definition head. */
    static Neighbours neighbours(String word) {
        return NEIGHBOURS.computeIfAbsent(word, WordNet::lookUpNeighbours);
    }

    /**
     * The nouns naming another physical kind beside the one a lower-case word names in its commonest sense ("tin" and
     * "silver" for "copper", {@link WordNetTable#addOtherKinds}), as the matcher's terms; never its synonyms or
     * neighbours.
     */
    static Neighbours otherKinds(String word) {
        return OTHER_KINDS.computeIfAbsent(word, WordNet::lookUpOtherKinds);
    }

    /**
     * The words one step up or down WordNet's hierarchy from the abstract thing a lower-case word names in its commonest
     * sense ("end" for "finale", "inquiry" for "probe"; {@link WordNetTable#addAbstractNeighbourMembers}), as the
     * matcher's terms; never its synonyms.
     */
    static Neighbours abstractNeighbours(String word) {
        return ABSTRACT_NEIGHBOURS.computeIfAbsent(word, WordNet::lookUpAbstractNeighbours);
    }

    /** The verbs of saying the thesaurus ties to a verb or verb phrase ({@link SayingVerbs}), as matcher terms. */
    static Neighbours sayings(String word) {
        return SAYINGS.computeIfAbsent(word, WordNet::lookUpSayings);
    }

    private static Neighbours lookUpSayings(String word) {
        List<String> tied = SayingVerbs.tiedTo(word);
        if (tied.isEmpty()) {
            return Neighbours.NONE;
        }
        Map<String, Integer> verbs = new LinkedHashMap<>();
        for (String verb : tied) {
            // A phrase the matcher would read without its particle is another verb: "back out" read as "back" would
            // find the "back" of an article's "looked back on". Such a phrase ties only as a line's own word.
            if (HeadlineTerms.terms(verb).size() == verb.split(" ").length) {
                verbs.put(verb, WordRoles.VERB);
            }
        }
        Parted terms = termsOf(verbs, word);
        return new Neighbours(List.copyOf(verbs.keySet()), terms.terms(), terms.parts());
    }

    /**
     * The abstract nouns the thesaurus ties to the abstract thing a lower-case word names ({@link ThesaurusNouns}: "time"
     * for "stint"), or, for an adjective no such noun, to the noun WordNet derives it from ("spotlight" for "famous",
     * through "fame"), as the matcher's terms; never its WordNet synonyms.
     */
    static Neighbours thesaurusNouns(String word) {
        return NOUN_TIES.computeIfAbsent(word, WordNet::lookUpThesaurusNouns);
    }

    private static Neighbours lookUpThesaurusNouns(String word) {
        WordNetTable table = Loaded.TABLE;
        String lemma = nounBase(word);
        List<String> tied = lemma == null ? List.of() : ThesaurusNouns.tiedTo(lemma);
        int adjective = table == null || !tied.isEmpty() ? -1 : table.baseForm(WordNetTable.ADJECTIVE, word);
        if (adjective >= 0) {
            // An adjective names its thing through the noun WordNet derives it from: "famous" is of "fame".
            List<String> nouns = new ArrayList<>();
            table.addDerived(adjective, WordNetTable.ADJECTIVE, nouns);
            List<String> throughNouns = new ArrayList<>();
            for (String noun : nouns) {
                throughNouns.addAll(ThesaurusNouns.tiedTo(noun));
            }
            tied = throughNouns;
        }
        return asNouns(word, tied, false);
    }

    private static Neighbours lookUpAbstractNeighbours(String word) {
        return nounsBeside(word, WordNetTable::addAbstractNeighbourMembers, false);
    }

    private static Neighbours lookUpOtherKinds(String word) {
        return nounsBeside(word, WordNetTable::addOtherKinds, true);
    }

    /** How a table finds the nouns related one way to a noun lemma. */
    private interface NounFinder {
        void addTo(WordNetTable table, int lemma, List<String> into);
    }

    /**
     * The nouns {@code finder} finds for a lower-case word's noun lemma, as the matcher's terms: never the word itself
     * or its synonyms, nor its neighbours when {@code notNeighbours}.
     */
    private static Neighbours nounsBeside(String word, NounFinder finder, boolean notNeighbours) {
        WordNetTable table = Loaded.TABLE;
        int lemma = table == null ? -1 : table.baseForm(WordNetTable.NOUN, word);
        if (lemma < 0) {
            return Neighbours.NONE;
        }
        List<String> found = new ArrayList<>();
        finder.addTo(table, lemma, found);
        return asNouns(word, found, notNeighbours);
    }

    /**
     * Nouns found for a lower-case word, as the matcher's terms: never the word itself or its synonyms, nor its
     * neighbours when {@code notNeighbours}.
     */
    private static Neighbours asNouns(String word, List<String> found, boolean notNeighbours) {
        if (found.isEmpty()) {
            return Neighbours.NONE;
        }
        Map<String, Integer> nouns = new LinkedHashMap<>();
        addAll(nouns, found, WordRoles.NOUN);
        nouns.keySet().removeAll(of(word).synonyms());
        if (notNeighbours) {
            nouns.keySet().removeAll(neighbours(word).words());
        }
        nouns.remove(word);
        Parted terms = termsOf(nouns, word);
        return new Neighbours(List.copyOf(nouns.keySet()), terms.terms(), terms.parts());
    }

    private static Neighbours lookUpNeighbours(String word) {
        WordNetTable table = Loaded.TABLE;
        Relations relations = of(word);
        if (table == null || !relations.known()) {
            return Neighbours.NONE;
        }
        Map<String, Integer> neighbours = new LinkedHashMap<>();
        List<String> found = new ArrayList<>();
        for (int part = 0; part < WordNetTable.PARTS; part++) {
            int lemma = table.baseForm(part, word);
            if (lemma >= 0) {
                found.clear();
                table.addNeighbourMembers(lemma, part, found);
                addAll(neighbours, found, 1 << part);
            }
        }
        // The verb heading the definition of the word's commonest verb sense is a broader verb too.
        int verb = table.baseForm(WordNetTable.VERB, word);
        String head = verb < 0 ? null : table.definitionHead(verb);
        if (head != null) {
            neighbours.merge(head, 1 << WordNetTable.VERB, (a, b) -> a | b);
        }
        neighbours.keySet().removeAll(relations.synonyms());
        neighbours.keySet().removeAll(relations.antonyms());
        neighbours.remove(word);
        Parted terms = termsOf(neighbours, word);
        return new Neighbours(List.copyOf(neighbours.keySet()), terms.terms(), terms.parts());
    }

    /** Adds each word with the part of speech it was found in, a word found in several keeping each. */
    private static void addAll(Map<String, Integer> into, List<String> words, int parts) {
        for (String word : words) {
            into.merge(word, parts, (a, b) -> a | b);
        }
    }

    private static Relations lookUp(String word) {
        WordNetTable table = Loaded.TABLE;
        if (table == null || word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return Relations.UNKNOWN;
        }
        Map<String, Integer> synonyms = new LinkedHashMap<>();
        Set<String> antonyms = new LinkedHashSet<>();
        boolean known = false;
        boolean verb = false;
        List<String> found = new ArrayList<>();
        for (int part = 0; part < WordNetTable.PARTS; part++) {
            int lemma = table.baseForm(part, word);
            if (lemma < 0) {
                continue;
            }
            known = true;
            verb |= part == WordNetTable.VERB;
            found.clear();
            List<Integer> parts = new ArrayList<>();
            table.addSenseMembers(lemma, part, found, parts);
            // A sense's member is a synonym in that sense's part of speech, and in those its own spelling is
            // derived into there: "lead" of "leaves" (produce as a result) only as a verb, of "heads" (be in
            // charge) as the noun too.
            for (int m = 0; m < found.size(); m++) {
                if (!found.get(m).equals(word)) {
                    synonyms.merge(found.get(m), parts.get(m), (a, b) -> a | b);
                }
            }
            // The same event as noun and verb: "closure" and "close", "donation" and "donate"; in any part.
            found.clear();
            table.addDerived(lemma, part, found);
            addAll(synonyms, found, WordRoles.ANY);
            // Antonymy is marked between words ("win" and "lose"), and on few words of a sense: the opposites
            // of the words sharing a sense with this one count too ("miss" shares one with "lose").
            found.clear();
            table.addOpposites(lemma, part, found);
            antonyms.addAll(found);
        }
        synonyms.keySet().removeAll(antonyms);
        Parted synonymTerms = termsOf(synonyms, word);
        Map<String, Integer> opposites = new LinkedHashMap<>();
        addAll(opposites, new ArrayList<>(antonyms), WordRoles.ANY);
        return new Relations(
                known,
                verb,
                List.copyOf(synonyms.keySet()),
                List.copyOf(antonyms),
                synonymTerms.terms(),
                synonymTerms.parts(),
                termsOf(opposites, word).terms());
    }

    /** Phrases as the matcher's terms, each with the parts of speech it holds in ({@link WordRoles} bits). */
    private record Parted(List<List<String>> terms, int[] parts) {}

    /** Each phrase's terms, once each (with every giving phrase's parts of speech), but empty ones and the word's own. */
    private static Parted termsOf(Map<String, Integer> phrases, String word) {
        String own = HeadlineTerms.term(word);
        Map<List<String>, Integer> out = new LinkedHashMap<>();
        phrases.forEach((phrase, parts) -> {
            List<String> terms = HeadlineTerms.terms(phrase);
            if (!terms.isEmpty() && !terms.contains(own)) {
                out.merge(terms, parts, (a, b) -> a | b);
            }
        });
        return new Parted(
                List.copyOf(out.keySet()),
                out.values().stream().mapToInt(Integer::intValue).toArray());
    }

    /** Loaded on first use only (the holder idiom): the reader's first frame never waits for it. */
    private static final class Loaded {
        static final WordNetTable TABLE = WordNetTableFormat.load();
    }
}
