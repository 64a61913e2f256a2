package dev.lede.core.library;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The part of WordNet 3.1 the matcher uses, as compact arrays read from one resource: every lemma (sorted,
 * found by binary search, read by {@link WordNetTableFormat}), for each lemma and part of speech its senses and the lemmas its own sense derives
 * from or into, each sense's member lemmas with the lemmas each opposes in that sense, and each part of
 * speech's irregular forms. Written once by
 * WordNetTableGenerator (in the tests) from the published data; a few megabytes in memory where reading the
 * whole database took hundreds. Base forms are found as WordNet's own morphology (Morphy) finds them: the
 * word itself, then its irregular forms, then each regular ending taken off in turn.
 */
final class WordNetTable {

    /** Parts of speech: noun, verb, adjective, adverb, in the order the matcher asks about them. */
    static final int PARTS = 4;
    /** The nouns' part of speech. */
    static final int NOUN = 0;
    /** The verbs' part of speech. */
    static final int VERB = 1;
    /** The adjectives' part of speech. */
    static final int ADJECTIVE = 2;
    /** The adverbs' part of speech, the last. */
    static final int ADVERB = 3;

    /** Morphy's regular endings and what replaces them, per part of speech (nouns first), tried in this order. */
    private static final String[][] ENDINGS = {
        {"s", "", "ses", "s", "xes", "x", "zes", "z", "ches", "ch", "shes", "sh", "men", "man", "ies", "y"},
        {"s", "", "ies", "y", "es", "e", "es", "", "ed", "e", "ed", "", "ing", "e", "ing", ""},
        {"er", "", "est", "", "er", "e", "est", "e"},
        {}
    };

    private final String[] lemmas;
    /** Per lemma and part ({@code lemma * PARTS + part}): where its entry starts in {@link #pool}, or -1. */
    private final int[] entryAt;
    /** Entries one after another: sense count and senses, derived count and lemmas. */
    private final int[] pool;

    /** Where each sense's members start in {@link #senseMembers}; the last holds their count. */
    private final int[] senseStart;
    /** Each sense's member lemmas, sense after sense. */
    private final int[] senseMembers;
    /** For each member of a sense: where its opposites in that sense start in {@link #opposites}. */
    private final int[] oppositeStart;

    private final int[] opposites;
    /**
     * For each member of a sense: the parts of speech (bits, {@link WordRoles}) in which its own spelling is derived
     * from it in that sense ("lead" of "head, lead" is also the noun "lead").
     */
    private final int[] spelledParts;

    /** For each sense, the lemma of the verb or noun heading its definition (WordNetTableGenerator), or -1. */
    private final int[] heads;

    private final SenseHierarchy hierarchy;
    private final List<Map<String, String[]>> irregular;

    WordNetTable(
            String[] lemmas,
            int[] entryAt,
            int[] pool,
            int[] senseStart,
            int[] senseMembers,
            int[] oppositeStart,
            int[] opposites,
            int[] spelledParts,
            int[] heads,
            SenseHierarchy hierarchy,
            List<Map<String, String[]>> irregular) {
        this.lemmas = lemmas;
        this.entryAt = entryAt;
        this.pool = pool;
        this.senseStart = senseStart;
        this.senseMembers = senseMembers;
        this.oppositeStart = oppositeStart;
        this.opposites = opposites;
        this.spelledParts = spelledParts;
        this.heads = heads;
        this.hierarchy = hierarchy;
        this.irregular = irregular;
    }

    /**
     * The lemma WordNet files {@code word} under in this part of speech, or -1: the word itself when it is
     * one, else its first irregular base form that is one, else the first regular ending taken off (and that
     * stem's irregular forms) that gives one ("approves" → "approve", "won" → "win").
     */
    int baseForm(int part, String word) {
        int own = entry(part, word);
        if (own >= 0) {
            return own;
        }
        int irregularBase = irregularBase(part, word);
        if (irregularBase >= 0) {
            return irregularBase;
        }
        String[] endings = ENDINGS[part];
        for (int e = 0; e < endings.length; e += 2) {
            if (word.endsWith(endings[e])) {
                String stem = word.substring(0, word.length() - endings[e].length()) + endings[e + 1];
                int found = entry(part, stem);
                found = found >= 0 ? found : irregularBase(part, stem);
                if (found >= 0) {
                    return found;
                }
            }
        }
        return -1;
    }

    /** Whether WordNet lists {@code word} as it is (no base form sought) in this part of speech. */
    boolean lists(int part, String word) {
        return entry(part, word) >= 0;
    }

    /** The lemma's own spelling. */
    String lemma(int id) {
        return lemmas[id];
    }

    /** Every member lemma of each of the lemma's senses in this part of speech, the lemma itself among them. */
    void addSenseMembers(int lemma, int part, List<String> into) {
        int at = entryAt[lemma * PARTS + part];
        for (int s = 1; s <= pool[at]; s++) {
            int sense = pool[at + s];
            for (int m = senseStart[sense]; m < senseStart[sense + 1]; m++) {
                into.add(lemmas[senseMembers[m]]);
            }
        }
    }

    /**
     * As {@link #addSenseMembers}, with each member's parts of speech in that sense ({@link WordRoles} bits): this part,
     * and those its own spelling is derived into from it there.
     */
    void addSenseMembers(int lemma, int part, List<String> into, List<Integer> parts) {
        int at = entryAt[lemma * PARTS + part];
        for (int s = 1; s <= pool[at]; s++) {
            int sense = pool[at + s];
            for (int m = senseStart[sense]; m < senseStart[sense + 1]; m++) {
                into.add(lemmas[senseMembers[m]]);
                parts.add(1 << part | spelledParts[m]);
            }
        }
    }

    /**
     * Every member lemma of the senses one step broader or narrower than each of the lemma's senses in this
     * part of speech ("choose" and "elect" for "pick"), and for a verb those of its narrow families ("look back" for
     * "reminisce": {@link SenseHierarchy#forNarrowFamily}).
     */
    void addNeighbourMembers(int lemma, int part, List<String> into) {
        int at = entryAt[lemma * PARTS + part];
        IntConsumer addMembers = neighbour -> {
            for (int m = senseStart[neighbour]; m < senseStart[neighbour + 1]; m++) {
                into.add(lemmas[senseMembers[m]]);
            }
        };
        for (int s = 1; s <= pool[at]; s++) {
            hierarchy.forNeighbours(pool[at + s], addMembers);
            if (part == VERB) {
                hierarchy.forNarrowFamily(pool[at + s], addMembers);
            }
        }
    }

    /**
     * The verb heading the definition of the verb lemma's commonest sense ("praise" for "hail", "praise vociferously"),
     * or null. Only the commonest: a definition's head is read from its text, not set by a lexicographer's pointer,
     * and a rarer sense's head ("stop" of "delay", "stop or halt") ties the word to what an article tells in passing.
     */
    String definitionHead(int lemma) {
        int at = entryAt[lemma * PARTS + VERB];
        return at < 0 || pool[at] == 0 || heads[pool[at + 1]] < 0 ? null : lemmas[heads[pool[at + 1]]];
    }

    /**
     * The lemmas whose commonest noun sense is another kind beside the lemma's commonest noun sense, when that names a
     * physical thing: under the same broader sense, one step down ("tin" and "silver" beside "copper", all metallic
     * elements). A word's commonest sense is its first, WordNet listing senses by how often its tagged corpus uses them.
     */
    void addOtherKinds(int lemma, List<String> into) {
        int at = entryAt[lemma * PARTS + NOUN];
        int physical = physicalEntity();
        if (at < 0 || pool[at] == 0 || physical < 0 || !hierarchy.isUnder(pool[at + 1], physical)) {
            return;
        }
        hierarchy.forSisters(pool[at + 1], sister -> {
            for (int m = senseStart[sister]; m < senseStart[sister + 1]; m++) {
                int memberAt = entryAt[senseMembers[m] * PARTS + NOUN];
                if (memberAt >= 0 && pool[memberAt] > 0 && pool[memberAt + 1] == sister) {
                    into.add(lemmas[senseMembers[m]]);
                }
            }
        });
    }

    /**
     * Every member lemma of the senses one step broader or narrower than the lemma's commonest noun sense, when that
     * sense is abstract, no physical thing ("end" and "ending" for "finale", "inquiry" for "probe"; version 25 keeps
     * physical things apart instead, {@link #addOtherKinds}), and the noun heading that sense's definition, the broader
     * word a dictionary defines it by ("time" for "days", "the time during which someone's life continues").
     */
    void addAbstractNeighbourMembers(int lemma, List<String> into) {
        int at = entryAt[lemma * PARTS + NOUN];
        int physical = physicalEntity();
        if (at < 0 || pool[at] == 0 || physical < 0 || hierarchy.isUnder(pool[at + 1], physical)) {
            return;
        }
        hierarchy.forNeighbours(pool[at + 1], neighbour -> {
            for (int m = senseStart[neighbour]; m < senseStart[neighbour + 1]; m++) {
                into.add(lemmas[senseMembers[m]]);
            }
        });
        if (heads[pool[at + 1]] >= 0) {
            into.add(lemmas[heads[pool[at + 1]]]);
        }
    }

    /** WordNet's sense of everything that has a physical existence, or -1 in a table without it. */
    private int physicalEntity() {
        int lemma = entry(NOUN, "physical entity");
        return lemma < 0 ? -1 : pool[entryAt[lemma * PARTS + NOUN] + 1];
    }

    /** The lemmas the lemma's own sense derives from or into ("closure" for "close"). */
    void addDerived(int lemma, int part, List<String> into) {
        int at = entryAt[lemma * PARTS + part];
        at += pool[at] + 1; // past the senses
        for (int i = 1; i <= pool[at]; i++) {
            into.add(lemmas[pool[at + i]]);
        }
    }

    /**
     * The opposites of the lemma and of each word sharing one of its senses, in any sense of theirs: "lose"
     * for "win", and for "miss" (which shares a sense with "lose") "win". WordNet marks opposites on few
     * words of a sense, so a word's own marks miss most of them.
     */
    void addOpposites(int lemma, int part, List<String> into) {
        int at = entryAt[lemma * PARTS + part];
        for (int s = 1; s <= pool[at]; s++) {
            int sense = pool[at + s];
            for (int m = senseStart[sense]; m < senseStart[sense + 1]; m++) {
                addOwnOpposites(senseMembers[m], part, into);
            }
        }
    }

    /** The opposites marked on the lemma itself in each of its senses. */
    private void addOwnOpposites(int lemma, int part, List<String> into) {
        int at = entryAt[lemma * PARTS + part];
        if (at < 0) {
            return; // a member filed under its own spelling only in another part of speech
        }
        for (int s = 1; s <= pool[at]; s++) {
            int sense = pool[at + s];
            for (int m = senseStart[sense]; m < senseStart[sense + 1]; m++) {
                if (senseMembers[m] == lemma) {
                    for (int o = oppositeStart[m]; o < oppositeStart[m + 1]; o++) {
                        into.add(lemmas[opposites[o]]);
                    }
                }
            }
        }
    }

    private int irregularBase(int part, String word) {
        String[] bases = irregular.get(part).get(word);
        if (bases != null) {
            for (String base : bases) {
                int found = entry(part, base);
                if (found >= 0) {
                    return found;
                }
            }
        }
        return -1;
    }

    /** The lemma's id when WordNet lists it in this part of speech, else -1. */
    private int entry(int part, String word) {
        int id = Arrays.binarySearch(lemmas, word);
        return id >= 0 && entryAt[id * PARTS + part] >= 0 ? id : -1;
    }
}
