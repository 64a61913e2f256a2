// Over 300 lines: the table and the lists beside it are written from one Dictionary in one run; split up, each
// writer would read WordNet again and the licence naming them all would have no one home.
package dev.lede.core.library;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes the part of WordNet 3.1 the headline matcher uses ({@link WordNetTableFormat}) from extjwnl's
 * dictionary, a test-scope dependency only (and beside it the lists {@link CommonAbbreviations}, {@link MindVerbs},
 * {@link DenialVerbs} and {@link VerbDefinitions} read): for each lemma and part of speech its senses and the words
 * its own sense derives from or into; each sense's member words, with the words each is the opposite of
 * in that sense and the parts of speech its own spelling is derived into from it, and the senses one step broader
 * (its hypernyms) and for a verb sense the verb heading its definition ({@link #definitionHead}), for a noun sense the
 * noun ({@link #nounDefinitionHead}); each part of
 * speech's exception list (irregular forms, "won" → "win"). Everything else WordNet holds (the rest of the glosses,
 * frames, sense counts) stays out, which is why the table is a fraction of the data jar's size and loads in a fraction of
 * its time. Run once when WordNet or the table's layout changes (docs/related-matching.md):
 *
 * <pre>
 * ./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) dev.lede.core.library.WordNetTableGenerator
 * </pre>
 */
final class WordNetTableGenerator {

    static final Path OUTPUT = Paths.get("src/main/resources/dev/lede/core/library/" + WordNetTableFormat.RESOURCE);
    private static final Path LICENCE =
            Paths.get("src/main/resources/dev/lede/core/library/" + WordNetTableFormat.LICENCE_RESOURCE);

    /** The parts of speech in the order the matcher asks about them; a lemma's bit is 1 << index. */
    static final List<POS> PARTS = List.of(POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB);

    private WordNetTableGenerator() {}

    public static void main(String[] args) throws IOException, JWNLException {
        Files.createDirectories(OUTPUT.getParent());
        Dictionary dictionary = Dictionary.getDefaultResourceInstance();
        Map<String, Map<Integer, Entry>> entries = new HashMap<>();
        Map<String, Integer> synsetIds = new LinkedHashMap<>();
        List<List<Member>> synsetMembers = new ArrayList<>();
        List<List<String>> synsetBroader = new ArrayList<>();
        List<String> synsetHeads = new ArrayList<>();
        Set<String> lemmas = new TreeSet<>();
        List<Map<String, List<String>>> exceptions = new ArrayList<>();
        for (int part = 0; part < PARTS.size(); part++) {
            POS pos = PARTS.get(part);
            for (Iterator<IndexWord> words = dictionary.getIndexWordIterator(pos); words.hasNext(); ) {
                IndexWord index = words.next();
                String lemma = index.getLemma();
                Entry entry = new Entry();
                for (Synset sense : index.getSenses()) {
                    String key = pos.getKey() + sense.getOffset();
                    Integer id = synsetIds.get(key);
                    if (id == null) {
                        id = synsetMembers.size();
                        synsetIds.put(key, id);
                        List<Member> members = new ArrayList<>();
                        for (Word member : sense.getWords()) {
                            Member kept = new Member(
                                    lower(member.getLemma()),
                                    targets(member, PointerType.ANTONYM),
                                    sameSpellingParts(member));
                            members.add(kept);
                            lemmas.add(kept.lemma());
                            lemmas.addAll(kept.opposites());
                        }
                        synsetMembers.add(members);
                        List<String> broader = new ArrayList<>();
                        for (Pointer pointer : sense.getPointers(PointerType.HYPERNYM)) {
                            broader.add(pointer.getTargetPOS().getKey() + pointer.getTargetOffset());
                        }
                        synsetBroader.add(broader);
                        String head = pos == POS.VERB
                                ? definitionHead(dictionary, sense)
                                : pos == POS.NOUN ? nounDefinitionHead(dictionary, sense) : null;
                        synsetHeads.add(head);
                        if (head != null) {
                            lemmas.add(head);
                        }
                    }
                    entry.senses.add(id);
                    for (Word member : sense.getWords()) {
                        if (lower(member.getLemma()).equals(lemma)) {
                            entry.derived.addAll(targets(member, PointerType.DERIVATION));
                        }
                    }
                }
                lemmas.add(lemma);
                lemmas.addAll(entry.derived);
                entries.computeIfAbsent(lemma, l -> new HashMap<>()).put(part, entry);
            }
            Map<String, List<String>> irregular = new LinkedHashMap<>();
            for (Iterator<Exc> excs = dictionary.getExceptionIterator(pos); excs.hasNext(); ) {
                Exc exc = excs.next();
                irregular.put(exc.getLemma(), List.copyOf(exc.getExceptions()));
            }
            exceptions.add(irregular);
        }
        List<String> sorted = new ArrayList<>(lemmas);
        Map<String, Integer> lemmaIds = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            lemmaIds.put(sorted.get(i), i);
        }
        try (DataOutputStream out = new DataOutputStream(
                new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(OUTPUT), 1 << 16)))) {
            out.writeUTF(WordNetTableFormat.MAGIC);
            out.writeInt(sorted.size());
            for (String lemma : sorted) {
                out.writeUTF(lemma);
            }
            out.writeInt(synsetMembers.size());
            for (int sense = 0; sense < synsetMembers.size(); sense++) {
                List<Member> members = synsetMembers.get(sense);
                WordNetTableFormat.writeCount(out, members.size());
                for (Member member : members) {
                    WordNetTableFormat.writeCount(out, lemmaIds.get(member.lemma()));
                    writeIds(out, member.opposites(), lemmaIds);
                    WordNetTableFormat.writeCount(out, member.sameSpellingParts());
                }
                List<String> broader = synsetBroader.get(sense);
                WordNetTableFormat.writeCount(out, broader.size());
                for (String key : broader) {
                    WordNetTableFormat.writeCount(out, synsetIds.get(key));
                }
                String head = synsetHeads.get(sense);
                WordNetTableFormat.writeCount(out, head == null ? 0 : lemmaIds.get(head) + 1);
            }
            for (String lemma : sorted) {
                Map<Integer, Entry> byPart = entries.getOrDefault(lemma, Map.of());
                int mask = 0;
                for (int part : byPart.keySet()) {
                    mask |= 1 << part;
                }
                out.writeByte(mask);
                for (int part = 0; part < PARTS.size(); part++) {
                    Entry entry = byPart.get(part);
                    if (entry != null) {
                        WordNetTableFormat.writeCount(out, entry.senses.size());
                        for (int sense : entry.senses) {
                            WordNetTableFormat.writeCount(out, sense);
                        }
                        writeIds(out, entry.derived, lemmaIds);
                    }
                }
            }
            for (Map<String, List<String>> irregular : exceptions) {
                out.writeInt(irregular.size());
                for (Map.Entry<String, List<String>> exc : irregular.entrySet()) {
                    out.writeUTF(exc.getKey());
                    WordNetTableFormat.writeCount(out, exc.getValue().size());
                    for (String base : exc.getValue()) {
                        out.writeUTF(base);
                    }
                }
            }
        }
        writeLicence();
        writeAbbreviations(dictionary);
        writeMindVerbs(dictionary);
        writeLeavingVerbs(dictionary);
        writeDenialVerbs(dictionary);
        writeList(TalkNouns.RESOURCE, talkNouns(dictionary), "nouns");
        VerbDefinitionsWriter.write(dictionary, OUTPUT.resolveSibling(VerbDefinitions.RESOURCE));
        System.out.printf(
                "%s: %d lemmas, %d senses, %d bytes%n",
                OUTPUT, sorted.size(), synsetMembers.size(), Files.size(OUTPUT));
    }

    /**
     * The verb that heads a verb sense's definition, its genus ("praise" of "praise vociferously", the sense of
     * "hail"; "reveal" of "reveal information", a sense of "spill"), or null: the definition's first word when it is a
     * verb (its base form), with the word after it when WordNet lists the two as a verb ("take exception" of "take
     * exception to"). A dictionary definition names the kind of event first and then how this one differs (Amsler,
     * "The structure of the Merriam-Webster Pocket Dictionary", 1980; Chodorow, Byrd and Heidorn, "Extracting semantic
     * hierarchies from a large on-line dictionary", 1985), so its head is a broader verb even where WordNet's own
     * pointer names another ("hail" sits under "applaud"). Only the definition is read: the gloss up to its first
     * semicolon or quoted example, without what is in brackets.
     */
    static String definitionHead(Dictionary dictionary, Synset sense) throws JWNLException {
        String[] words = definition(sense).split("[^a-z'-]+");
        IndexWord verb = words.length == 0 ? null : verbBase(dictionary, words[0]);
        if (verb == null) {
            return null;
        }
        IndexWord phrase =
                words.length > 1 ? dictionary.getIndexWord(POS.VERB, verb.getLemma() + " " + words[1]) : null;
        return lower((phrase != null ? phrase : verb).getLemma());
    }

    /**
     * The words that end a definition's first noun phrase: prepositions, conjunctions and relative words ("a period of
     * time", "a message that tells …", "the time during which …").
     */
    private static final Set<String> PHRASE_ENDS = Set.of(
            "of",
            "for",
            "in",
            "on",
            "to",
            "that",
            "which",
            "who",
            "whom",
            "whose",
            "where",
            "when",
            "while",
            "during",
            "from",
            "with",
            "by",
            "at",
            "as",
            "into",
            "onto",
            "about",
            "than",
            "or",
            "and",
            "but",
            "between",
            "over",
            "under",
            "after",
            "before",
            "without",
            "within",
            "through",
            "against",
            "among",
            "around",
            "upon",
            "since",
            "until",
            "like",
            "especially",
            "usually",
            "often");
    /** Determiners and numbers WordNet also files as nouns ("a" the letter, "one" the number): never a head. */
    private static final Set<String> DETERMINERS =
            Set.of("a", "an", "the", "one", "any", "some", "each", "either", "another");

    /**
     * The noun that heads a noun sense's definition, its genus ("time" of "the time during which someone's life
     * continues", the sense of "days"; "inquiry" of "an inquiry into unfamiliar or questionable activities", a sense of
     * "probe"), or null: the last word WordNet knows as a noun (its base form) in the definition's first noun phrase,
     * which ends at a preposition, a conjunction, a relative word or, once a noun has been read, a participle ("a
     * connection based on kinship"); never a determiner or a number ("one of the …" has none). This is the head-finding
     * rule of Chodorow, Byrd and Heidorn (1985, above) for noun definitions: a determiner and adjectives, then the kind
     * of thing, then what sets this one apart.
     */
    static String nounDefinitionHead(Dictionary dictionary, Synset sense) throws JWNLException {
        String head = null;
        for (String word : definition(sense).split("[^a-z'-]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (PHRASE_ENDS.contains(word) || head != null && (word.endsWith("ing") || word.endsWith("ed"))) {
                break;
            }
            IndexWord noun = baseForm(dictionary, POS.NOUN, word);
            if (noun != null && !DETERMINERS.contains(word)) {
                head = lower(noun.getLemma());
            }
        }
        return head;
    }

    /** The definition of a sense: its gloss up to the first semicolon or quoted example, in lower case, brackets left out. */
    static String definition(Synset sense) {
        String gloss = sense.getGloss();
        int end = gloss.length();
        for (char stop : new char[] {';', '"'}) {
            int at = gloss.indexOf(stop);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        return gloss.substring(0, end)
                .replaceAll("\\([^)]*\\)", " ")
                .replaceAll("\\s+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    /** The verb a word is a form of, by its first base form WordNet lists as a verb (Morphy's order), or null. */
    static IndexWord verbBase(Dictionary dictionary, String word) throws JWNLException {
        return word.isEmpty() ? null : baseForm(dictionary, POS.VERB, word);
    }

    /** The word's entry in this part of speech under its first base form WordNet lists there, or null. */
    private static IndexWord baseForm(Dictionary dictionary, POS pos, String word) throws JWNLException {
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
     * The abbreviations WordNet files as common words ({@link CommonAbbreviations}): each lemma of two to five
     * capitals that shares a sense with a lower-case word ("PM" with "premier", "CEO" with "chief executive
     * officer"), one a line, lower case; not those whose every sense is a proper name ("UN", "UK") and not Roman
     * numerals ("II"), which count.
     */
    private static void writeAbbreviations(Dictionary dictionary) throws IOException, JWNLException {
        Set<String> common = new TreeSet<>();
        for (POS pos : PARTS) {
            for (Iterator<Synset> senses = dictionary.getSynsetIterator(pos); senses.hasNext(); ) {
                List<Word> members = senses.next().getWords();
                if (members.stream().noneMatch(m -> m.getLemma().equals(lower(m.getLemma())))) {
                    continue;
                }
                for (Word member : members) {
                    String lemma = member.getLemma();
                    if (lemma.matches("[A-Z]{2,5}") && !lemma.matches("[IVXLCDM]+")) {
                        common.add(lower(lemma));
                    }
                }
            }
        }
        Path file = OUTPUT.resolveSibling(CommonAbbreviations.RESOURCE);
        Files.write(file, common, StandardCharsets.UTF_8);
        System.out.printf("%s: %d abbreviations%n", file, common.size());
    }

    /**
     * The verbs of the mind ({@link MindVerbs}): each verb lemma or phrase whose senses, in WordNet's order (commonest
     * in its tagged corpus first), {@link MindVerbs#isOne} takes, one a line.
     */
    private static void writeMindVerbs(Dictionary dictionary) throws IOException, JWNLException {
        Path file = OUTPUT.resolveSibling(MindVerbs.RESOURCE);
        Set<String> verbs = mindVerbs(dictionary);
        Files.write(file, verbs, StandardCharsets.UTF_8);
        System.out.printf("%s: %d verbs%n", file, verbs.size());
    }

    /**
     * The verbs of the mind by {@link MindVerbs#isOne}, and the verbs of saying whose commonest sense lies below
     * WordNet's sense of {@link MindVerbs#JUDGING}, sorted; {@code WordNetTableTest} checks the list against it.
     */
    static Set<String> mindVerbs(Dictionary dictionary) throws JWNLException {
        long judging = dictionary
                .getIndexWord(POS.VERB, MindVerbs.JUDGING)
                .getSenses()
                .get(0)
                .getOffset();
        Set<String> mind = new TreeSet<>();
        for (Iterator<IndexWord> verbs = dictionary.getIndexWordIterator(POS.VERB); verbs.hasNext(); ) {
            IndexWord verb = verbs.next();
            List<String> files = new ArrayList<>();
            for (Synset sense : verb.getSenses()) {
                files.add(sense.getLexFileName());
            }
            Synset commonest = verb.getSenses().get(0);
            if (MindVerbs.isOne(files)
                    || MindVerbs.SAYING_FILE.equals(commonest.getLexFileName()) && below(commonest, judging)) {
                mind.add(verb.getLemma());
            }
        }
        return mind;
    }

    /** Whether {@code sense} lies below the sense at {@code offset}, through any chain of its hypernyms. */
    private static boolean below(Synset sense, long offset) throws JWNLException {
        Deque<Synset> broader = new ArrayDeque<>(List.of(sense));
        Set<Long> seen = new HashSet<>();
        while (!broader.isEmpty()) {
            Synset next = broader.poll();
            if (next.getOffset() == offset) {
                return true;
            }
            if (seen.add(next.getOffset())) {
                for (Pointer up : next.getPointers(PointerType.HYPERNYM)) {
                    broader.add(up.getTargetSynset());
                }
            }
        }
        return false;
    }

    /**
     * The verbs of leaving ({@link LeavingVerbs}): each verb lemma or phrase whose first sense is a sense of {@link
     * LeavingVerbs#ROOT} in one of {@link LeavingVerbs#LEXICOGRAPHER_FILES}, or one step below one, one a line.
     */
    private static void writeLeavingVerbs(Dictionary dictionary) throws IOException, JWNLException {
        writeVerbList(LeavingVerbs.RESOURCE, leavingVerbs(dictionary));
    }

    /** The lemmas {@link #writeLeavingVerbs} writes, for the generator and for {@code WordNetTableTest}. */
    static Set<String> leavingVerbs(Dictionary dictionary) throws JWNLException {
        Set<Long> senses = new HashSet<>();
        for (Synset sense : dictionary.getIndexWord(POS.VERB, LeavingVerbs.ROOT).getSenses()) {
            if (LeavingVerbs.LEXICOGRAPHER_FILES.contains(sense.getLexFileName())) {
                senses.add(sense.getOffset());
                for (Pointer down : sense.getPointers(PointerType.HYPONYM)) {
                    senses.add(down.getTargetSynset().getOffset());
                }
            }
        }
        Set<String> lemmas = new TreeSet<>();
        for (Iterator<IndexWord> verbs = dictionary.getIndexWordIterator(POS.VERB); verbs.hasNext(); ) {
            IndexWord verb = verbs.next();
            if (senses.contains(verb.getSenses().get(0).getOffset())) {
                lemmas.add(verb.getLemma());
            }
        }
        return lemmas;
    }

    /**
     * The verbs of denial ({@link DenialVerbs}): every lemma of every verb sense at or below (by WordNet's hyponym
     * pointers, any number of steps) a sense of one of {@link DenialVerbs#ROOTS}, one a line.
     */
    private static void writeDenialVerbs(Dictionary dictionary) throws IOException, JWNLException {
        writeVerbList(DenialVerbs.RESOURCE, denialVerbs(dictionary));
    }

    /** Writes a list of verbs beside the table, one lemma a line. */
    private static void writeVerbList(String resource, Set<String> verbs) throws IOException {
        writeList(resource, verbs, "verbs");
    }

    /** Writes a list beside the table, one lemma a line. */
    private static void writeList(String resource, Set<String> lemmas, String kind) throws IOException {
        Path file = OUTPUT.resolveSibling(resource);
        Files.write(file, lemmas, StandardCharsets.UTF_8);
        System.out.printf("%s: %d %s%n", file, lemmas.size(), kind);
    }

    /** The lemmas {@link #writeDenialVerbs} writes, for the generator and for {@code WordNetTableTest}. */
    static Set<String> denialVerbs(Dictionary dictionary) throws JWNLException {
        Set<String> lemmas = new TreeSet<>();
        for (Synset sense : atOrBelow(dictionary, POS.VERB, DenialVerbs.ROOTS).values()) {
            sense.getWords().forEach(member -> lemmas.add(member.getLemma()));
        }
        return lemmas;
    }

    /**
     * The nouns that name what was said ({@link TalkNouns}): each one-word noun lemma whose first sense is at or below a
     * sense of one of {@link TalkNouns#ROOTS}; for the generator and for {@code WordNetTableTest}.
     */
    static Set<String> talkNouns(Dictionary dictionary) throws JWNLException {
        Set<Long> below = atOrBelow(dictionary, POS.NOUN, TalkNouns.ROOTS).keySet();
        Set<String> lemmas = new TreeSet<>();
        for (Iterator<IndexWord> nouns = dictionary.getIndexWordIterator(POS.NOUN); nouns.hasNext(); ) {
            IndexWord noun = nouns.next();
            if (!noun.getLemma().contains(" ")
                    && below.contains(noun.getSenses().get(0).getOffset())) {
                lemmas.add(noun.getLemma());
            }
        }
        return lemmas;
    }

    /** Every sense at or below (by WordNet's hyponym pointers, any number of steps) a sense of one of {@code roots}. */
    private static Map<Long, Synset> atOrBelow(Dictionary dictionary, POS part, Set<String> roots)
            throws JWNLException {
        Map<Long, Synset> found = new HashMap<>();
        Deque<Synset> open = new ArrayDeque<>();
        for (String root : roots) {
            // One by one: addAll of the list extjwnl returns added nothing here.
            for (Synset sense : dictionary.getIndexWord(part, root).getSenses()) {
                open.add(sense);
            }
        }
        while (!open.isEmpty()) {
            Synset sense = open.poll();
            if (found.putIfAbsent(sense.getOffset(), sense) == null) {
                for (Pointer down : sense.getPointers(PointerType.HYPONYM)) {
                    open.add(down.getTargetSynset());
                }
            }
        }
        return found;
    }

    /** WordNet's licence asks that its notice travel with every copy: the data files' header, as written. */
    private static void writeLicence() throws IOException {
        try (InputStream data = Dictionary.class.getResourceAsStream("/net/sf/extjwnl/data/wordnet/wn31/data.noun")) {
            String text = new String(data.readNBytes(8192), StandardCharsets.ISO_8859_1);
            StringBuilder notice = new StringBuilder(
                    "The table wordnet-3.1.bin.gz and the lists wordnet-3.1-abbreviations.txt, wordnet-3.1-mind-verbs.txt,"
                            + " wordnet-3.1-leaving-verbs.txt, wordnet-3.1-denial-verbs.txt,"
                            + " wordnet-3.1-talk-nouns.txt and wordnet-3.1-verb-definitions.txt"
                            + " beside this file are derived from WordNet 3.1's\ndata files (see WordNetTableGenerator in the repository's tests). WordNet's licence:\n\n");
            for (String line : text.split("\n")) {
                if (!line.startsWith("  ")) {
                    break; // the licence lines are indented by two spaces and a line number
                }
                notice.append(line.strip().replaceFirst("^\\d+\\s?", "")).append('\n');
            }
            try (OutputStream out = Files.newOutputStream(LICENCE)) {
                out.write(notice.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void writeIds(DataOutputStream out, Set<String> words, Map<String, Integer> ids) throws IOException {
        writeIds(out, List.copyOf(words), ids);
    }

    private static void writeIds(DataOutputStream out, List<String> words, Map<String, Integer> ids)
            throws IOException {
        WordNetTableFormat.writeCount(out, words.size());
        for (String word : words) {
            WordNetTableFormat.writeCount(out, ids.get(word));
        }
    }

    private static Set<String> targets(Word member, PointerType type) {
        Set<String> out = new LinkedHashSet<>();
        for (Pointer pointer : member.getPointers(type)) {
            try {
                if (pointer.getTarget() instanceof Word target) {
                    out.add(lower(target.getLemma()));
                }
            } catch (JWNLException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }
        return out;
    }

    /**
     * The parts of speech (bits in {@link #PARTS}' order) in which WordNet derives the member's own spelling from it
     * in this sense: the verb "lead" of "head, lead" (be in charge) gives the noun "lead", that of "leave, result,
     * lead" none.
     */
    private static int sameSpellingParts(Word member) {
        int parts = 0;
        for (Pointer pointer : member.getPointers(PointerType.DERIVATION)) {
            try {
                if (pointer.getTarget() instanceof Word target
                        && lower(target.getLemma()).equals(lower(member.getLemma()))) {
                    parts |= 1 << PARTS.indexOf(target.getPOS());
                }
            } catch (JWNLException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }
        return parts;
    }

    private static String lower(String lemma) {
        return lemma.toLowerCase(Locale.ROOT);
    }

    /** One lemma in one part of speech: its senses (synset ids), and the words its own sense derives from or into. */
    private static final class Entry {
        final List<Integer> senses = new ArrayList<>();
        final Set<String> derived = new LinkedHashSet<>();
    }

    /**
     * A word of one sense, the words marked as its opposite in that sense, and the parts of speech its own spelling
     * is derived into from it ({@link #sameSpellingParts}).
     */
    private record Member(String lemma, Set<String> opposites, int sameSpellingParts) {}
}
