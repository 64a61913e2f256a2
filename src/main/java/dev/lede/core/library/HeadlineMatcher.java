// Over 300 lines: the matcher's two passes share its index, its lock and its ranking; apart, each would reach into
// the other's state.
package dev.lede.core.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Finds the entry a related headline names: first an exact match of normalised headlines, then a ranked
 * match of the headline's words against every entry's headline and lede. Each word weighs by how rare it
 * is in the library (inverse document frequency), so names, titles, numbers and rare nouns carry a match
 * and common words count little. Precision comes first: every name, number and ordinal of the headline
 * must be in the entry (another name, number or quoted title is another story); an entry holding a
 * WordNet antonym of a headline word, or in place of a headline noun another physical kind of the same sort ("tin"
 * for "copper"), or whose headline denies what the related headline reports, is
 * not the one; and the ranked match answers only when the best entry covers most of the headline's
 * weight (a WordNet synonym counting in part; a verb the entry does not explain, as itself, a synonym or
 * a word one step up or down WordNet's hierarchy, counting extra against it unless it is a verb of feeling,
 * perceiving or thinking, {@link MindVerbs}; a verb phrase WordNet ties to the entry as a phrase weighing as one
 * word), clearly beats the runner-up, and agrees with the line on one of its common words at least (as itself, a
 * related form, a synonym, a learned partner or a word one step up or down): a line whose names are an entry's but
 * whose every other word tells something the entry does not say ("X quits SHOW" against "SHOW returns with X in the
 * lead") is another story of the same people. Shared by all snapshots; each asks about its first {@code limit}
 * entries only.
 */
final class HeadlineMatcher {

    /**
     * The least score the best entry must reach (score: its share of the headline's word weight, a
     * missing word counting {@link #MISSING_PENALTY} times; 0.665 is about 85 % of the weight present). Chosen
     * with the weight of a word no entry uses (Query), docs/related-matching.md, "Resolver version 15", and moved
     * from 0.66 with {@link #NEIGHBOUR_CREDIT} ("Resolver version 16").
     */
    static final double MIN_SCORE = 0.665;
    /** How far ahead of the runner-up the best entry must be. */
    static final double MIN_MARGIN = 0.12;
    /**
     * Below this score a candidate is neither a likely best ({@link LearnedWording#LIKELY_SCORE}) nor within
     * {@link #MIN_MARGIN} of one, so what it counts ({@link Quantities}) cannot change an answer and is not read.
     */
    private static final double COUNTS_FLOOR = LearnedWording.LIKELY_SCORE - MIN_MARGIN;
    /** How much more a headline word the entry lacks weighs than one it has. */
    private static final double MISSING_PENALTY = 3.0;
    /** Candidates come from the postings of this many of the headline's rarest words. */
    private static final int SEED_TERMS = 3;
    /** Credit for a word the entry has only in a longer or shorter form ("mayoral" for "mayor"). */
    private static final double RELATED_FORM_CREDIT = 0.6;
    /**
     * Credit for a word the entry has only as a WordNet synonym ("shut" for "close", "appoint" for "name",
     * "closure" for "close"): partial, since WordNet lists every sense of a word and the entry may use
     * another. 0.8 rather than 0.6 or 1.0 on the curve over every evaluation set (docs/related-matching.md).
     */
    static final double SYNONYM_CREDIT = 0.8;
    /**
     * Below this score, even with every lacking word counted a synonym, a candidate can be neither the
     * answer nor within {@link #MIN_MARGIN} of it, so WordNet is not asked about it.
     */
    private static final double WORDNET_FLOOR = MIN_SCORE - MIN_MARGIN;

    /**
     * How much more a headline word that can be a verb weighs as missing when the entry explains it in no
     * way WordNet knows (not as itself, a related form, a synonym, or a word one step up or down its
     * hierarchy): a decoy's other event ("withdraws", "sacked", "opens") is such a word, a rewrite's verb
     * mostly is not. 1.1 on the curve over every evaluation set (docs/related-matching.md): more takes the
     * hand-written set's recall below 0.9 at {@link #MIN_SCORE}, and a lower least score to make up for
     * it lets decoys through that never jumped before.
     */
    static final double EVENT_PENALTY = 1.1;

    /**
     * Credit for a verb the entry has only as a word one step up or down WordNet's hierarchy in a verb sense
     * ("revisits" for "returned to", "stands by" for "defended"): the event told more generally or more particularly.
     * 0.4 with {@link #MIN_SCORE} 0.665, chosen together on the curve over every evaluation set (resolver version 16,
     * docs/related-matching.md): no set jumps wrongly more often, save one line of the first fresh set.
     */
    static final double NEIGHBOUR_CREDIT = 0.4;

    private final ExactHeadlines exact = new ExactHeadlines();
    private final TermIndex index = new TermIndex();
    /** WordNet's answers narrowed to the terms in use; forgotten whenever an entry is added. */
    private final WordNetInUse wordNet = new WordNetInUse(index);
    /** Each entry's terms (ids), by position: the words {@link LearnedWording} pairs with a line's. */
    private final List<int[]> entryTerms = new ArrayList<>();
    /** Each entry's headline and lede as added (the library's own strings), read again for {@link #entryRoles}. */
    private final List<String[]> entryTexts = new ArrayList<>();
    /**
     * Each entry's terms whose part of speech its own words settle ({@link WordRoles}), as {@code id << 4 | parts},
     * ascending: a WordNet sense of another part of speech says nothing of them. Read when WordNet is first asked
     * about the entry, which most entries never are: reading every entry as it is added cost a sixth of building
     * the matcher.
     */
    private final Map<Integer, int[]> entryRoles = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * Each entry's headline words that complete a name ({@link NamedThings}), as term ids, ascending; read when a line
     * that agrees with the entry on a word first meets it.
     */
    private final Map<Integer, int[]> entryNamedThings = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each entry's counts ({@link Quantities}), read when a line that counts something first meets it. */
    private final Map<Integer, Quantities> entryQuantities = new java.util.concurrent.ConcurrentHashMap<>();
    /** The entries whose terms hold two numbers or more: only they may count the line's number otherwise. */
    private final BitSet twoNumbers = new BitSet();
    /** The entries whose headline denies something ({@link Negation}). */
    private final BitSet denying = new BitSet();
    /** Adding takes the write lock; resolving only reads, so the resolutions of a finished load run in parallel. */
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    /** Indexes entry {@code position} (the next one); positions must arrive in order. */
    void add(int position, String headline, String lede) {
        lock.writeLock().lock();
        try {
            addLocked(headline, lede, position);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void addLocked(String labelledHeadline, String writtenLede, int position) {
        // "PM", "CEO", "TV" are words, not names, on both sides of a comparison (CommonAbbreviations).
        String headline = CommonAbbreviations.lowered(LineForms.withoutWireLabel(labelledHeadline));
        String lede = CommonAbbreviations.lowered(writtenLede);
        exact.add(headline);
        wordNet.clear(); // a new term may be in use now
        // The headline says what the story is; a lede's "vote of no confidence" or "would never walk again"
        // tells what happened in it.
        denying.set(position, Negation.denies(headline));
        Set<String> stems = termsOf(headline, lede);
        twoNumbers.set(
                position,
                stems.stream().filter(HeadlineTerms::isNumber).limit(2).count() == 2);
        index.add(position, stems);
        entryTerms.add(stems.stream().mapToInt(index::id).toArray());
        entryTexts.add(new String[] {labelledHeadline, writtenLede});
    }

    /**
     * The terms an entry is indexed under: its headline's and lede's words, names and initials
     * ({@code headline} and {@code lede} as {@link #add} lowers their abbreviations).
     */
    private static Set<String> termsOf(String headline, String lede) {
        Set<String> stems = new LinkedHashSet<>();
        stems.addAll(HeadlineTerms.terms(headline));
        stems.addAll(HeadlineTerms.terms(lede));
        stems.addAll(HeadlineNames.namePairs(headline, false));
        stems.addAll(HeadlineNames.namePairs(lede, false));
        stems.addAll(HeadlineNames.namesInside(headline));
        stems.addAll(HeadlineNames.namesInside(lede));
        // A line's "EW" or "RHOBH" names what the article writes out ("Entertainment Weekly"), as a name.
        // A lede that opens with the headline (a plain-text article's is its headline) holds all its names.
        if (!lede.startsWith(headline)) {
            stems.addAll(NameInitials.of(headline));
        }
        stems.addAll(NameInitials.of(lede));
        stems.addAll(HeadlineTerms.countsOfOrdinals(stems));
        return stems;
    }

    /**
     * The terms an article of this headline and lede would be indexed under, were it added ({@link #add}), and its
     * headline's {@link #exactKey}.
     */
    static Set<String> termsOfArticle(String labelledHeadline, String writtenLede) {
        String headline = CommonAbbreviations.lowered(LineForms.withoutWireLabel(labelledHeadline));
        Set<String> terms = termsOf(headline, CommonAbbreviations.lowered(writtenLede == null ? "" : writtenLede));
        terms.add(exactKey(WordForms.normalise(headline)));
        return terms;
    }

    /** A seed standing for an exact hit on a headline, normalised: no word of any text is one. */
    private static String exactKey(String normalised) {
        return "\u0000exact " + normalised;
    }

    /**
     * The terms each entry at the positions in {@code added} is indexed under, and its headline's {@link #exactKey},
     * in ascending position.
     */
    List<Set<String>> termsOfEach(BitSet added) {
        lock.readLock().lock();
        try {
            List<Set<String>> out = new ArrayList<>();
            for (int position = added.nextSetBit(0); position >= 0; position = added.nextSetBit(position + 1)) {
                Set<String> terms = new java.util.HashSet<>();
                for (int id : entryTerms.get(position)) {
                    terms.add(index.term(id));
                }
                terms.add(exactKey(exact.normalisedAt(position)));
                out.add(terms);
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The wording a resolution learned, as its pairs were kept ({@link LearnedWording#pairs}), read against this index. */
    LearnedWording learnedFrom(java.util.Collection<String> pairs) {
        lock.readLock().lock();
        try {
            return LearnedWording.of(pairs, index);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The entry's counts ({@link #entryQuantities}), from its headline and lede. */
    private Quantities quantitiesOf(int position) {
        return entryQuantities.computeIfAbsent(position, p -> Quantities.of(entryText(p)));
    }

    /** The entry's settled terms ({@link #entryRoles}), read from its text. */
    private int[] rolesOf(int position) {
        String[] text = entryTexts.get(position);
        String headline = CommonAbbreviations.lowered(LineForms.withoutWireLabel(text[0]));
        return WordRoles.of(headline + " . " + CommonAbbreviations.lowered(text[1])).entrySet().stream()
                .filter(role -> index.id(role.getKey()) >= 0)
                .mapToInt(role -> index.id(role.getKey()) << 4 | role.getValue())
                .sorted()
                .toArray();
    }

    /** The parts of speech entry {@code position}'s own words allow its term {@code id} ({@link WordRoles} bits). */
    private int partsIn(int position, int id) {
        int[] roles = entryRoles.computeIfAbsent(position, this::rolesOf);
        if (roles.length == 0) {
            return WordRoles.ANY;
        }
        int at = -Arrays.binarySearch(roles, id << 4) - 1; // never found: every role has a part's bit
        return at < roles.length && roles[at] >>> 4 == id ? roles[at] & WordRoles.ANY : WordRoles.ANY;
    }

    /**
     * Whether the entry holds one of the related phrases in a part of speech that fits the line's use of its word
     * ({@code lineParts}) and the entry's use of the phrase's word ({@link #partsIn}); a phrase of several words is
     * not read so. Nor does a phrase made only of the line's own names and numbers ({@code names}, ascending): those
     * words already counted as themselves, and WordNet's sense of them is not the line's ("sign" shares a zodiac sense
     * with the "Houses" of "Glass Houses", "opening" is one step from "exits" and the "Open" of "Open Water" the
     * show's).
     */
    private boolean holdsFitting(WordNetInUse.Related related, int lineParts, int[] names, int position, int limit) {
        for (int p = 0; p < related.phrases().length; p++) {
            int[] phrase = related.phrases()[p];
            if (holdsAll(phrase, position, limit)
                    && !onlyNames(phrase, names)
                    && fits(related.parts()[p] & lineParts, phrase, position)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the entry uses as a noun one of the other kinds ({@link WordNet#otherKinds}) that the line does not use
     * itself ({@code lineIds}, ascending): a line naming both ("heart and lung") replaces neither.
     */
    private boolean holdsOtherKind(WordNetInUse.Related kinds, int[] lineIds, int position, int limit) {
        for (int[] phrase : kinds.phrases()) {
            if (phrase.length == 1
                    && Arrays.binarySearch(lineIds, phrase[0]) < 0
                    && index.holds(phrase[0], position, limit)
                    && (partsIn(position, phrase[0]) & WordRoles.NOUN) != 0) {
                return true;
            }
        }
        return false;
    }

    /** What {@link #weigh} reads and adds to, for every candidate of one line. */
    private record Tally(
            int[] names,
            int[] lineIds,
            int limit,
            LearnedWording learned,
            double[] scores,
            boolean[] opposed,
            double[] unexplained,
            boolean[] agrees) {}

    /**
     * Whether the verb phrase the word makes ({@link QueryTerm#lexicalWord}) ties to the entry itself, as a synonym, a
     * neighbour, a verb of the mind or a verb of saying the thesaurus ties to it ("breaks silence" for "spoke out"): not
     * only the word alone, whose own senses are not the phrase's ("turns" may "direct", "turns down" does not).
     */
    private boolean phraseTies(QueryTerm term, int[] names, int position, int limit) {
        String phrase = term.lexicalWord();
        if (term.compound()) {
            // A noun two words make ties through its synonyms only: one step up from "copper mine" is the other word's
            // "mine".
            return holdsFitting(wordNet.lexical(phrase, limit).synonyms(), term.parts(), names, position, limit);
        }
        return holdsFitting(wordNet.lexical(phrase, limit).synonyms(), term.parts(), names, position, limit)
                || holdsFitting(wordNet.neighbours(phrase, limit), term.parts(), names, position, limit)
                || MindVerbs.tells(phrase)
                || holdsFitting(wordNet.sayings(phrase, limit), term.parts(), names, position, limit);
    }

    /**
     * For each lacking word of the line that is the lighter of a verb phrase WordNet lists whose other word the entry
     * lacks too ("back" of "goes back"), that other word's index; else -1. A phrase is one event, and told in other
     * words ("returned") it should weigh as one word, not two.
     */
    private static int[] phrasePartners(List<QueryTerm> terms, boolean[][] lacking, int c) {
        int[] partner = new int[terms.size()];
        Arrays.fill(partner, -1);
        for (int t = 0; t < terms.size(); t++) {
            QueryTerm term = terms.get(t);
            if (!lacking[t][c]
                    || term.surface() == null
                    || partner[t] >= 0
                    || term.lexicalWord().indexOf(' ') < 0) {
                continue;
            }
            for (int u = t + 1; u < terms.size(); u++) {
                QueryTerm other = terms.get(u);
                if (lacking[u][c]
                        && other.surface() != null
                        && other.lexicalWord().equals(term.lexicalWord())) {
                    if (other.weight() <= term.weight()) {
                        partner[u] = t;
                    } else {
                        partner[t] = u;
                    }
                    break;
                }
            }
        }
        return partner;
    }

    /**
     * Whether the line's word {@code t} is a support verb of a word the entry uses as its verb: the verb that heads
     * WordNet's definition of that word, written before it as its object ("drops hints" where the article "hinted",
     * "hint" being "drop a hint"): the line says the entry's event with a verb and its noun.
     */
    private boolean supportsArticleVerb(List<QueryTerm> terms, int t, boolean[][] lacking, int c, int position) {
        QueryTerm term = terms.get(t);
        String after = term.wordAfter();
        if (after == null) {
            return false;
        }
        for (int u = 0; u < terms.size(); u++) {
            QueryTerm object = terms.get(u);
            if (u != t
                    && !lacking[u][c]
                    && after.equals(object.surface())
                    && object.id() >= 0
                    && (partsIn(position, object.id()) & WordRoles.VERB) != 0) {
                // Looked up only for a word written before one the entry holds as a verb: few lines have one.
                String verb = WordNet.verbBase(term.surface());
                return verb != null && verb.equals(WordNet.definitionHead(after));
            }
        }
        return false;
    }

    /** Whether every word of the phrase is one of {@code names} (ascending). */
    private static boolean onlyNames(int[] phrase, int[] names) {
        for (int id : phrase) {
            if (Arrays.binarySearch(names, id) < 0) {
                return false;
            }
        }
        return true;
    }

    private boolean fits(int parts, int[] phrase, int position) {
        return phrase.length == 1 ? (parts & partsIn(position, phrase[0])) != 0 : parts != 0;
    }

    private boolean holdsAll(int[] phrase, int position, int limit) {
        for (int id : phrase) {
            if (!index.holds(id, position, limit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The position of the entry {@code line} names among the first {@code limit}, if sure; a line that names none
     * as written is asked again in its shorter forms ({@link LineForms}).
     */
    Optional<Integer> resolve(String line, int limit) {
        return firstFound(line, limit, form -> resolveLocked(form, limit));
    }

    /** What {@code ask} finds for the first of the line's forms ({@link LineForms}) that finds anything. */
    private Optional<Integer> firstFound(String line, int limit, Function<String, Optional<Integer>> ask) {
        lock.readLock().lock();
        try {
            for (String form : forms(line, limit)) {
                Optional<Integer> found = ask.apply(form);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * As {@link #resolve}, then, for a line that finds nothing so, once more with the wording the library taught
     * ({@link LearnedWording}) counted as WordNet's synonyms are ({@link #secondPass}).
     */
    Optional<Integer> resolve(String line, int limit, LearnedWording learned) {
        return resolve(line, limit).or(() -> secondPass(line, limit, learned));
    }

    /**
     * The second pass of a library's resolution, for a line the first left unresolved: ranked again with the
     * wording the library taught; nothing when none of the line's words has a learned partner.
     */
    Optional<Integer> secondPass(String line, int limit, LearnedWording learned) {
        if (learned.isEmpty() || !learned.speaksOfAny(HeadlineTerms.terms(line))) {
            return Optional.empty();
        }
        return firstFound(
                line,
                limit,
                form -> rankLocked(form, limit, WORDNET_FLOOR, learned)
                        .filter(HeadlineMatcher::sure)
                        .map(Match::position));
    }

    /**
     * The first pass over one related line, as {@link #resolve} reads it, with what {@link LearnedWording} learns
     * from it: the line's article when it is sure of one, and the reading of a line whose best article is likely
     * its own (sure or not).
     */
    FirstPass firstPass(String line, int limit) {
        return firstPass(line, limit, null);
    }

    /**
     * As {@link #firstPass(String, int)}, telling {@code seeds} (unless null) the terms an article must hold to be a
     * candidate of each form the pass asks ({@link #seedsOf}): what a later change must touch to change the answer.
     */
    FirstPass firstPass(String line, int limit, Consumer<String> seeds) {
        lock.readLock().lock();
        try {
            LearnedWording.Reading reading = null;
            for (String form : forms(line, limit)) {
                Optional<Integer> exactHit = exactLocked(form, limit);
                String headline = CommonAbbreviations.lowered(form);
                if (exactHit.isPresent()) {
                    if (seeds != null) {
                        // Only an article whose headline is the form's too can change an exact hit: asking the form
                        // as a query for its seeds doubled the cost of a library whose lines copy headlines.
                        seeds.accept(LineSignatures.NAMES_END);
                        seeds.accept(exactKey(WordForms.normalise(form)));
                        seeds.accept(LineSignatures.GROUP_END);
                    }
                    return new FirstPass(exactHit, reading);
                }
                Optional<Query> asked = Query.of(form, headline, index, limit);
                if (seeds != null) {
                    seedsOf(headline, asked, limit, seeds);
                }
                if (asked.isEmpty()) {
                    continue;
                }
                Optional<Match> ranked = rankAsked(headline, asked.get(), limit, WORDNET_FLOOR, LearnedWording.NONE);
                if (reading == null && ranked.isPresent() && isLikely(ranked.get())) {
                    reading = readingOf(asked.get(), ranked.get().position(), sure(ranked.get()), limit);
                }
                if (ranked.filter(HeadlineMatcher::sure).isPresent()) {
                    return new FirstPass(ranked.map(Match::position), reading);
                }
            }
            return new FirstPass(Optional.empty(), reading);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The terms of one form of a line that an article must hold to be among its candidates, or that made it none's,
     * as one group: the names it requires (a candidate holds all), then its {@link #SEED_TERMS} rarest words (a
     * candidate holds one of them, {@link CandidateMerge}); for a form no entry can answer ({@code asked} empty: a
     * name no entry holds), the names it requires twice, or, naming none, no name and its words.
     * An article added or removed that holds none of a line's seeds leaves its answer as it was, but for the drift of
     * word weights (docs/performance.md, "Resolving only what changed").
     */
    private void seedsOf(String headline, Optional<Query> asked, int limit, Consumer<String> seeds) {
        if (asked.isPresent()) {
            for (int name : asked.get().names()) {
                seeds.accept(index.term(name));
            }
            seeds.accept(LineSignatures.NAMES_END);
            int[] ids = asked.get().terms().stream()
                    .filter(t -> t.id() >= 0)
                    .mapToInt(QueryTerm::id)
                    .toArray();
            Integer[] byRarity = Arrays.stream(ids).boxed().toArray(Integer[]::new);
            Arrays.sort(byRarity, (a, b) -> Integer.compare(index.count(a, limit), index.count(b, limit)));
            for (int i = 0; i < Math.min(SEED_TERMS, byRarity.length); i++) {
                seeds.accept(index.term(byRarity[i]));
            }
        } else {
            Map<String, String> words = HeadlineTerms.firstSurfaces(headline);
            Set<String> required = HeadlineNames.required(headline, words.keySet());
            required.forEach(seeds);
            seeds.accept(LineSignatures.NAMES_END);
            (required.isEmpty() ? words.keySet() : required).forEach(seeds);
        }
        seeds.accept(LineSignatures.GROUP_END);
    }

    /** The index's terms, to name what was learned ({@link LearnedWording#pairs}). */
    TermIndex terms() {
        return index;
    }

    /** The wording {@code lines} teach, from their first pass: for tools and tests ({@link LibraryResolutions} learns a library's). */
    LearnedWording learn(List<String> lines, int limit) {
        List<LearnedWording.Reading> readings = new ArrayList<>();
        for (String line : lines) {
            LearnedWording.Reading reading = firstPass(line, limit).reading();
            if (reading != null) {
                readings.add(reading);
            }
        }
        return learnFrom(readings, limit);
    }

    /** A line's article when the first pass is sure of one, and what it teaches ({@code reading}, or null). */
    record FirstPass(Optional<Integer> article, LearnedWording.Reading reading) {}

    private static boolean isLikely(Match match) {
        return match.best() >= LearnedWording.LIKELY_SCORE && match.best() - match.runnerUp() >= MIN_MARGIN;
    }

    /**
     * The line's lexical words the article lacks, and its terms the library uses; null when it lacks none. Of a line
     * the first pass found, also the lacking words WordNet does not tie to the article: a word it does was read in
     * WordNet's sense ("cancels" for a lede's "recalled", remembered; "rejoins" for "returned"), which says nothing of
     * how other lines use it.
     */
    private LearnedWording.Reading readingOf(Query asked, int article, boolean found, int limit) {
        List<String> lacking = new ArrayList<>();
        List<String> foundUnexplained = new ArrayList<>();
        int[] names = found ? ownNames(asked.terms()) : null;
        int[] lineTerms = new int[asked.terms().size()];
        int used = 0;
        for (QueryTerm term : asked.terms()) {
            if (term.id() >= 0) {
                lineTerms[used++] = term.id();
            }
            if (term.surface() != null && (term.id() < 0 || !index.holds(term.id(), article, limit))) {
                lacking.add(term.term());
                if (found && !wordNetTies(term, names, lineIds(asked.terms()), article, limit)) {
                    foundUnexplained.add(term.term());
                }
            }
        }
        return lacking.isEmpty()
                ? null
                : new LearnedWording.Reading(article, lacking, Arrays.copyOf(lineTerms, used), foundUnexplained);
    }

    /**
     * Whether the entry holds a WordNet synonym of the term or one of its neighbours (a word one step up or down, or of
     * a narrow family), in a part of speech that fits, or an abstract noun the thesaurus ties to it.
     */
    private boolean wordNetTies(QueryTerm term, int[] names, int[] lineIds, int position, int limit) {
        return holdsFitting(term.lexical(wordNet, limit).synonyms(), term.parts(), names, position, limit)
                || holdsFitting(term.neighbours(wordNet, limit), term.parts(), names, position, limit)
                || thesaurusNounHeld(term, names, lineIds, position, limit);
    }

    /** What {@code readings} teach, each article's partner words read from its own terms ({@link #isPlainWord}). */
    LearnedWording learnFrom(List<LearnedWording.Reading> readings, int limit) {
        lock.readLock().lock();
        try {
            Map<Integer, Boolean> plain = new HashMap<>();
            return LearnedWording.learn(
                    readings,
                    article -> Arrays.stream(entryTerms.get(article))
                            .filter(id -> plain.computeIfAbsent(id, word -> isPlainWord(index.term(word), limit)))
                            .toArray());
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * A word of an entry that may be learned as a partner: one WordNet knows that the library writes as no name,
     * neither a number nor a name pair ("#…"); a name belongs to its story, not to a way of writing.
     */
    private boolean isPlainWord(String term, int limit) {
        if (term.startsWith("#") || HeadlineTerms.isNumber(term) || HeadlineTerms.isOrdinal(term)) {
            return false;
        }
        int name = index.id(HeadlineNames.asName(term));
        return (name < 0 || index.count(name, limit) == 0) && WordNet.of(term).known();
    }

    private List<String> forms(String line, int limit) {
        return LineForms.of(line, word -> isPageWord(word, limit));
    }

    /**
     * Whether a word of a label or a bracketed note is one a page uses of itself ("read more", "photos", "video"): a
     * word WordNet knows that the library writes as no name ("UK" or "Reuters" would be).
     */
    private boolean isPageWord(String word, int limit) {
        if (!WordNet.available() || !WordNet.of(word.toLowerCase(Locale.ROOT)).known()) {
            return false;
        }
        int name = index.id(HeadlineNames.asName(HeadlineTerms.term(word.toLowerCase(Locale.ROOT))));
        return name < 0 || index.count(name, limit) == 0;
    }

    private Optional<Integer> resolveLocked(String headline, int limit) {
        Optional<Integer> exactHit = exactLocked(headline, limit);
        if (exactHit.isPresent()) {
            return exactHit;
        }
        return rankLocked(headline, limit, WORDNET_FLOOR, LearnedWording.NONE)
                .filter(HeadlineMatcher::sure)
                .map(Match::position);
    }

    private static boolean sure(Match match) {
        return match.best() >= MIN_SCORE && match.best() - match.runnerUp() >= MIN_MARGIN && match.agrees();
    }

    /** The entry among the first {@code limit} whose headline is {@code line} once normalised, as {@link #resolve} reads it. */
    Optional<Integer> exact(String line, int limit) {
        return firstFound(line, limit, form -> exactLocked(form, limit));
    }

    private Optional<Integer> exactLocked(String headline, int limit) {
        int hit = exact.find(WordForms.normalise(headline));
        return hit >= 0 && hit < limit ? Optional.of(hit) : Optional.empty();
    }

    /**
     * The best ranked match and its score, whatever the thresholds; for tuning and tests. WordNet is asked
     * about every candidate, so the scores are those any threshold would see. As {@link #resolve} does, a line
     * the matcher's own thresholds find nothing for is ranked again in its shorter forms.
     */
    Optional<Match> rank(String line, int limit) {
        return rank(line, limit, LearnedWording.NONE);
    }

    /** As {@link #rank(String, int)}, with the wording the library taught counted as synonyms. */
    Optional<Match> rank(String line, int limit, LearnedWording learned) {
        lock.readLock().lock();
        try {
            Optional<Match> first = Optional.empty();
            for (String form : forms(line, limit)) {
                Optional<Match> ranked = rankLocked(form, limit, 0, learned);
                if (ranked.filter(HeadlineMatcher::sure).isPresent()) {
                    return ranked;
                }
                first = first.or(() -> ranked);
            }
            return first;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The ranked match; WordNet is asked only about candidates that may reach {@code lexicalFloor}. */
    private Optional<Match> rankLocked(String line, int limit, double lexicalFloor, LearnedWording learned) {
        String headline = CommonAbbreviations.lowered(line);
        Optional<Query> asked = Query.of(line, headline, index, limit);
        return asked.isEmpty() ? Optional.empty() : rankAsked(headline, asked.get(), limit, lexicalFloor, learned);
    }

    private Optional<Match> rankAsked(
            String headline, Query asked, int limit, double lexicalFloor, LearnedWording learned) {
        List<QueryTerm> terms = asked.terms();
        int[] names = asked.names();
        int[] opening = asked.opening();
        double total = asked.total();
        int[] seedIds =
                terms.stream().filter(t -> t.id() >= 0).mapToInt(QueryTerm::id).toArray();
        CandidateMerge.Candidates found = CandidateMerge.collect(index, seedIds, SEED_TERMS, names, limit);
        int[] candidates = found.positions();
        int[] seeds = found.seeds();
        int count = found.count();
        // Term by term, each candidate's score adds up in the same order as an entry-by-entry sum would.
        double[] scores = new double[count];
        boolean[][] lacking = new boolean[terms.size()][];
        for (int t = 0; t < terms.size(); t++) {
            lacking[t] = index.addCredits(terms.get(t), RELATED_FORM_CREDIT, candidates, count, limit, scores);
        }
        boolean[] opposed = new boolean[count];
        double[] unexplained = new double[count];
        boolean[] holds = agreesOnAWord(terms, lacking, count);
        boolean[] agrees = new boolean[count]; // through WordNet or a learned partner, set by addLexicalCredits
        addLexicalCredits(
                terms,
                ownNames(terms),
                lacking,
                candidates,
                count,
                limit,
                total,
                lexicalFloor,
                learned,
                scores,
                opposed,
                unexplained,
                agrees);
        Boolean carriesDenial = null; // asked only of a line with a denying candidate: few are
        // Only a line with a number counts anything, and only an entry with two numbers may give the line's to
        // another thing: most lines and entries are never read for counts.
        List<String> numbers = numbersOf(terms);
        Quantities counted = null;
        List<String> placed = EventTiming.placedAt(headline); // most often none
        List<RoleHolders.Role> roles = RoleHolders.given(headline); // most often none
        Ranking ranking = new Ranking();
        for (int c = 0; c < count; c++) {
            // An entry holding the opposite of a headline word, or whose headline denies what the related
            // headline reports ("will not raise" against "raises", "confirms" against "denied"), is another story,
            // however many words agree. Not the other way round: a related "was not shelved" restates an article's
            // "reports it was shelved were false" (docs/related-matching.md).
            if (opposed[c]) {
                continue;
            }
            if (denying.get(candidates[c])) {
                carriesDenial = carriesDenial != null ? carriesDenial : Negation.carriesDenial(headline);
                if (!carriesDenial) {
                    continue;
                }
            }
            if (opening != null && !OpeningName.allows(opening, index, candidates[c], limit)) {
                continue; // "Tom Bianchi" against "Tom Hale" and "Bianchi": another person
            }
            double score = share(scores[c], total + unexplained[c]);
            if (!numbers.isEmpty()
                    && score >= COUNTS_FLOOR
                    && twoNumbers.get(candidates[c])
                    && quantitiesOf(candidates[c]).counts(numbers)) {
                counted = counted != null ? counted : Quantities.of(headline);
                if (counted.disagreeWith(quantitiesOf(candidates[c]))) {
                    continue; // "after 11 seasons" against "after 8 seasons … after 11 years": another count
                }
            }
            if (!placed.isEmpty() && EventTiming.onlyDatedBy(entryText(candidates[c]), placed)) {
                continue; // "performs … at the Tony Awards" against "… ahead of the Tony Awards": another story
            }
            if (!roles.isEmpty() && RoleHolders.givenToAnother(entryText(candidates[c]), roles)) {
                continue; // "with Dev Young in the lead" against "Rachel Zhou in the lead and Dev Young joining …"
            }
            // A word that only completes a name agrees on the thing named (NamedThings); asked only of a candidate that
            // may be the answer or within the margin of it.
            boolean agreesOnTheStory = agrees[c]
                    || holds[c] && (score < WORDNET_FLOOR || agreesBeyondNames(terms, lacking, c, candidates[c]));
            ranking.offer(candidates[c], seeds[c], score, agreesOnTheStory);
        }
        return ranking.match();
    }

    /** The entry's headline and lede as written, as one text. */
    private String entryText(int position) {
        String[] text = entryTexts.get(position);
        return text[0] + " . " + text[1];
    }

    /** The line's numbers among its terms ("11", "2029"), most often none. */
    private static List<String> numbersOf(List<QueryTerm> terms) {
        List<String> numbers = new ArrayList<>(0);
        for (QueryTerm term : terms) {
            if (HeadlineTerms.isNumber(term.term())) {
                numbers.add(term.term());
            }
        }
        return numbers;
    }

    /** A candidate's score from the weight it holds: a missing word counts three times, a rewrite keeps what the story is about. */
    private static double share(double held, double total) {
        return held / (held + MISSING_PENALTY * (total - held));
    }

    /**
     * WordNet's part, for the headline words a candidate lacks: credit for a synonym it holds, the candidate
     * ruled out when it holds an antonym, and a verb it explains in no way counted against it
     * ({@link #EVENT_PENALTY}, added to {@code unexplained}). Only for candidates whose score, with every
     * lacking word a synonym, reaches {@code floor}: resolving passes {@link #WORDNET_FLOOR}, below which a
     * candidate can change nothing, so most related lines ask WordNet nothing.
     */
    private void addLexicalCredits(
            List<QueryTerm> terms,
            int[] names,
            boolean[][] lacking,
            int[] candidates,
            int count,
            int limit,
            double total,
            double floor,
            LearnedWording learned,
            double[] scores,
            boolean[] opposed,
            double[] unexplained,
            boolean[] agrees) {
        int[] lineIds = lineIds(terms);
        Tally tally = new Tally(names, lineIds, limit, learned, scores, opposed, unexplained, agrees);
        int[] talkAnswering = null; // the same for every candidate; read for the first one weighed, most lines none
        for (int c = 0; c < count; c++) {
            double open = 0;
            for (int t = 0; t < terms.size(); t++) {
                if (lacking[t][c] && terms.get(t).surface() != null) {
                    open += terms.get(t).weight();
                }
            }
            if (open == 0 || share(scores[c] + SYNONYM_CREDIT * open, total) < floor) {
                continue;
            }
            talkAnswering = talkAnswering != null ? talkAnswering : talkAnswering(terms, names);
            // The lighter word of a verb phrase WordNet lists ("goes back", "sounds off") is weighed after the other.
            int[] phrasePartner = phrasePartners(terms, lacking, c);
            boolean[] leaving = leavingAdverbs(terms, lacking, names, c, candidates[c]);
            for (int t = 0; t < terms.size(); t++) {
                if (leaving[t]) {
                    // "Out" of "pulls out of": part of the verb phrase, weighed with its verb.
                    unexplained[c] -= terms.get(t).weight();
                    if (phrasePartner[t] < 0) {
                        for (int u = 0; u < terms.size(); u++) {
                            phrasePartner[u] = phrasePartner[u] == t ? -1 : phrasePartner[u];
                        }
                    }
                }
            }
            boolean[] explained = new boolean[terms.size()];
            for (int t = 0; t < terms.size() && !opposed[c]; t++) {
                if (leaving[t]) {
                    continue;
                }
                if (lacking[t][c] && terms.get(t).surface() != null && phrasePartner[t] < 0) {
                    if (supportsArticleVerb(terms, t, lacking, c, candidates[c])) {
                        // "drops hints" where the article "hinted": the verb and its noun are one event, the noun's.
                        unexplained[c] -= terms.get(t).weight();
                        explained[t] = true;
                    } else {
                        int verb = talkAnswering[t];
                        // Talk the line's verb answers, where the candidate tells that verb.
                        boolean answered = verb >= 0 && (!lacking[verb][c] || explained[verb]);
                        explained[t] = weigh(tally, terms.get(t), c, candidates[c], answered);
                    }
                }
            }
            for (int t = 0; t < terms.size() && !opposed[c]; t++) {
                int partner = phrasePartner[t];
                if (partner < 0 || leaving[t]) {
                    continue;
                }
                if (explained[partner] && phraseTies(terms.get(partner), names, candidates[c], limit)) {
                    // The phrase is one event the article tells: its second word is no more of the line's weight.
                    unexplained[c] -= terms.get(t).weight();
                } else {
                    weigh(tally, terms.get(t), c, candidates[c], false);
                }
            }
        }
    }

    /**
     * WordNet's part for one line word candidate {@code c} (at {@code position}) lacks: credit when it holds a synonym,
     * a learned partner or a neighbour (true: the word is explained), ruled out on an antonym or another kind of the
     * same sort, and an extra count against it for a verb explained in no way. {@code answered}: the word names talk the
     * line's verb answers and the candidate tells that verb ({@link #talkAnswering}).
     */
    private boolean weigh(Tally tally, QueryTerm term, int c, int position, boolean answered) {
        int[] names = tally.names();
        int limit = tally.limit();
        double[] scores = tally.scores();
        boolean[] opposed = tally.opposed();
        boolean[] agrees = tally.agrees();
        WordNetInUse.Lexical lexical = term.lexical(wordNet, limit);
        // Under a negation ("won't attend") the word's synonyms say the opposite of the line and its antonyms the same.
        boolean negated = term.negated();
        // A verb of denying says what the article's denial says ("rejects feud" for "denied a feud").
        if (!negated && holdsFitting(lexical.synonyms(), term.parts(), names, position, limit)
                || tally.learned().explains(term.term(), position, index, limit)
                || (denying.get(position) && term.denies())
                || negated && index.holdsAny(lexical.antonyms(), position, limit)
                || lexical.verb() && says(term.defined(wordNet, limit), true, position, limit)) {
            scores[c] += term.weight() * SYNONYM_CREDIT;
            agrees[c] = true;
            return true;
        } else if (!negated && index.holdsAny(lexical.antonyms(), position, limit)
                || lexical.verb() && says(term.defined(wordNet, limit), false, position, limit)) {
            opposed[c] = true;
        } else if (lexical.verb() && (term.parts() & WordRoles.VERB) != 0 && twoNamesTogether(term, names)) {
            // "Harry Ellison and Paul Brooks end their feud" where the article's Harry Ellison "celebrated a feud
            // with Paul Brooks": two names as one subject tell of something they did together, which one person's
            // words about the other are not. Only the article's own verb or a synonym tells that event.
            opposed[c] = true;
        } else if (lexical.verb()
                && holdsFitting(term.neighbours(wordNet, limit), term.parts(), names, position, limit)) {
            agrees[c] = true;
            // A neighbour in a verb sense tells the same event more generally or particularly, and earns part
            // of the word; one in a noun sense only explains it ("stage" the verb says nothing of "the stage"),
            // unless the line's noun names an abstract thing in its commonest sense (abstractNeighbourHeld).
            if (holdsFitting(term.neighbours(wordNet, limit), term.parts() & WordRoles.VERB, names, position, limit)
                    || abstractNeighbourHeld(term, names, position, limit)) {
                scores[c] += term.weight() * NEIGHBOUR_CREDIT;
            }
            return true;
        } else if (!lexical.verb() && abstractNeighbourHeld(term, names, position, limit)) {
            agrees[c] = true;
            scores[c] += term.weight() * NEIGHBOUR_CREDIT;
            return true;
        } else if (thesaurusNounHeld(term, names, tally.lineIds(), position, limit)) {
            // "Stint" where the article tells of "her time on" the show: the thing itself in a word a writer reaches
            // for instead, which earns what a neighbour in WordNet's hierarchy does.
            agrees[c] = true;
            scores[c] += term.weight() * NEIGHBOUR_CREDIT;
            return true;
        } else if (answered) {
            // "Claims" of "denies … claims" where the article's person "denied" the thing: what was said of it, which
            // the article's verb answers. It earns what a neighbour in WordNet's hierarchy does.
            scores[c] += term.weight() * NEIGHBOUR_CREDIT;
            return true;
        } else if (lexical.verb() && term.mind() && (!term.gerundLike() || standsAsVerb(term, names))) {
            // A verb of feeling, perceiving or thinking ("cheers", "relishes", "remembers") tells how the person took
            // the story, not another event of it: the article's own verb told otherwise, as a neighbour in a verb
            // sense is. An "-ing" form tells it only as the verb of the line's names ("Ben Yilmaz loving life after
            // …", a headline's dropped "is"); elsewhere it is a thing done, another event ("to sit out training").
            agrees[c] = true;
            scores[c] += term.weight() * NEIGHBOUR_CREDIT;
            return true;
        } else if ((term.parts() & WordRoles.NOUN) != 0
                && holdsOtherKind(wordNet.otherKinds(term.surface(), limit), tally.lineIds(), position, limit)) {
            // "Copper mine" against the article's "tin mine": another thing of the same kind, so another story.
            opposed[c] = true;
        } else if (lexical.verb() && awayFromTheSameThing(term, names, position)) {
            // "Pulls out of the Oscars" where the article's person "will be absent from this year's Oscars": the line's
            // verb leaves the thing the article says the person is away from, the same state in other words, which
            // earns what a definition saying it does.
            agrees[c] = true;
            scores[c] += term.weight() * SYNONYM_CREDIT;
            return true;
        } else if (lexical.verb()
                && holdsFitting(wordNet.sayings(term.lexicalWord(), limit), term.parts(), names, position, limit)) {
            // "Signals" where the article's person "hinted": a verb of saying the thesaurus ties to the article's own
            // tells what was said in another word, and earns what a neighbour in WordNet's hierarchy does.
            agrees[c] = true;
            scores[c] += term.weight() * NEIGHBOUR_CREDIT;
            return true;
        } else if (lexical.verb()
                && (term.parts() & WordRoles.VERB) != 0
                && leavesWhatTheEntryKeeps(term, names, position)) {
            // "Carmen Larsen exits The Crown Street" where the article has her in the lead of its new season: the
            // leaving is the line's own event, and the article tells none.
            opposed[c] = true;
        } else if (lexical.verb() && (term.parts() & WordRoles.VERB) != 0) {
            // Explained in no way: another event, most likely; unless the line uses it where it can be no
            // verb ("the stint", "a team-up"), where it names a thing, as any noun the article lacks does.
            tally.unexplained()[c] += term.weight() * (EVENT_PENALTY - 1);
        }
        return false;
    }

    /**
     * Whether the entry holds, as a noun, an abstract noun the thesaurus ties to the line's ({@link ThesaurusNouns}):
     * "time" for "stint", "rumour" for "talk", "spotlight" for "famous" (version 46: an adjective through the noun
     * WordNet derives it from, "fame"). Only for a word the line uses as a noun or adjective where it cannot be the
     * line's verb (every word before it one of the line's names: "Nikita Petrov cast in …" is casting, not a cast), and
     * never through one of the line's own words ({@code lineIds}, ascending), which counted as themselves ("winter
     * weekends" against "summer weekends": the thesaurus ties "winter" to "weekend" as things one spends). Nor through
     * a word the entry writes only as the first of a noun WordNet lists as one ("talk" of "a morning talk show"
     * names the show, not talk).
     */
    private boolean thesaurusNounHeld(QueryTerm term, int[] names, int[] lineIds, int position, int limit) {
        if ((term.parts() & (WordRoles.NOUN | WordRoles.ADJECTIVE)) == 0 || standsAsVerb(term, names)) {
            return false;
        }
        WordNetInUse.Related tied = wordNet.thesaurusNouns(term.surface(), limit);
        return holdsFitting(tied, WordRoles.NOUN, lineIds, position, limit) && heldOutsideCompound(term, position);
    }

    /**
     * For each line word that names what was said ({@link TalkNouns}: "claims", "talk", "story") after the line's verb,
     * the index of that verb; -1 for every other word. "Tom Xu denies … claims": where the article's Tom Xu "denied" the
     * thing, the person answered what was said of it, which is the article's own report in other words; the word counts
     * so for a candidate that tells the verb (as itself or explained). The line's verb is the first word that can be one
     * with only the line's names before it. Never a word standing as that verb itself ("Ana Gil talks …"), and nothing
     * in a line without such a verb, where nothing ties the talk to the article's account.
     */
    private int[] talkAnswering(List<QueryTerm> terms, int[] names) {
        int[] verbs = new int[terms.size()];
        Arrays.fill(verbs, -1);
        int verb = -1;
        for (int t = 0; t < terms.size(); t++) {
            QueryTerm term = terms.get(t);
            if (verb < 0) {
                if ((term.parts() & WordRoles.VERB) != 0 && standsAsVerb(term, names)) {
                    verb = t;
                }
            } else if (term.surface() != null
                    && (term.parts() & WordRoles.NOUN) != 0
                    && TalkNouns.names(term.surface())
                    && !standsAsVerb(term, names)) {
                verbs[t] = verb;
            }
        }
        return verbs;
    }

    /** Whether every word the line writes before this one is one of its names: the word stands as their verb. */
    private boolean standsAsVerb(QueryTerm term, int[] names) {
        List<String> before = term.termsAllBefore();
        if (before.isEmpty()) {
            return false;
        }
        Set<String> named = namedTerms(names);
        return named.containsAll(before);
    }

    /**
     * Whether the line writes before this word two of its names joined by "and" and nothing else ("Harry Ellison and
     * Paul Brooks end …"): the word is the verb of a subject of two. Not "&", which joins the words of one name more
     * often than two ("Barnes &amp; Noble").
     */
    private boolean twoNamesTogether(QueryTerm term, int[] names) {
        List<String> before = term.wordsBefore();
        int and = before.indexOf("and");
        if (and < 1 || and == before.size() - 1) {
            return false;
        }
        Set<String> named = namedTerms(names);
        for (int w = 0; w < before.size(); w++) {
            List<String> terms = HeadlineTerms.terms(before.get(w));
            if (w != and && (terms.isEmpty() || !named.containsAll(terms))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the entry's text writes a noun the thesaurus ties to the line's word other than as the first word of a
     * noun WordNet lists ("talk show", "time bomb").
     */
    private boolean heldOutsideCompound(QueryTerm term, int position) {
        Set<String> tied = new HashSet<>();
        WordNet.thesaurusNouns(term.surface()).terms().forEach(tied::addAll);
        List<String> words = HeadlineTerms.foldedTokens(entryText(position));
        for (int i = 0; i < words.size(); i++) {
            if (tied.contains(HeadlineTerms.term(words.get(i)))
                    && (i + 1 == words.size()
                            || !WordNet.lists(WordNetTable.NOUN, words.get(i) + ' ' + words.get(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The terms of the given ids (the line's names), as the index spells them. */
    private Set<String> namedTerms(int[] ids) {
        Set<String> terms = new HashSet<>();
        for (int id : ids) {
            terms.add(index.term(id));
        }
        return terms;
    }

    /** The line's terms the library uses, ascending. */
    private static int[] lineIds(List<QueryTerm> terms) {
        return terms.stream()
                .mapToInt(QueryTerm::id)
                .filter(id -> id >= 0)
                .sorted()
                .toArray();
    }

    /**
     * Whether the line says that one of its named someones leaves one of its named things with a verb of leaving
     * ({@link LeavingVerbs}: a name's word just before the verb, one within {@link SourceRole#THING_WORDS} after it)
     * that the entry explains in no way, while the entry, which holds both names, tells of no leaving at all: no verb
     * of leaving in any form, and the thing never after "from" ("signed Marcus Vale from Harbour Athletic" tells his
     * leaving it). The name stands right before the verb, so neither a negation ("won't leave" says the person stays)
     * nor an unnamed subject ("late frost leaves the valley with …", the other sense of "leave", a result) is read so.
     */
    private boolean leavesWhatTheEntryKeeps(QueryTerm term, int[] names, int position) {
        if (!LeavingVerbs.leaves(term.lexicalWord(), term.surface())) {
            return false;
        }
        Set<String> named = namedTerms(names);
        Set<String> left = new HashSet<>(term.termsAfter(SourceRole.THING_WORDS));
        left.retainAll(named);
        if (left.isEmpty() || term.termsBefore().stream().noneMatch(named::contains)) {
            return false;
        }
        String entry = entryText(position);
        return !LeavingVerbs.toldIn(entry) && !SourceRole.namesAsSource(entry, left);
    }

    /**
     * Whether the entry holds, as a noun, a word one step up or down WordNet's hierarchy from the abstract thing the line
     * noun names in its commonest sense: "finale" where the article tells "the end", "probe" where it tells "an inquiry".
     * Abstract nouns are where a rewrite picks a looser or narrower word for the same thing; a physical thing's sister
     * is another thing (version 25), and a rarer sense is seldom what a headline means ("stint" is first a period, not
     * a job).
     */
    private boolean abstractNeighbourHeld(QueryTerm term, int[] names, int position, int limit) {
        return (term.parts() & WordRoles.NOUN) != 0
                && holdsFitting(
                        wordNet.abstractNeighbours(term.surface(), limit), WordRoles.NOUN, names, position, limit);
    }

    /**
     * Per line term, whether it is an adverb the entry lacks between a line verb and the source that verb leaves, when
     * the entry says its person is away from that source ({@link #awayFromTheSameThing}): "out" of "pulls out of".
     */
    private boolean[] leavingAdverbs(List<QueryTerm> terms, boolean[][] lacking, int[] names, int c, int position) {
        boolean[] leaving = new boolean[terms.size()];
        for (QueryTerm verb : terms) {
            if (verb.surface() == null
                    || verb.source().adverbs().isEmpty()
                    || !awayFromTheSameThing(verb, names, position)) {
                continue;
            }
            for (int t = 0; t < terms.size(); t++) {
                leaving[t] |= lacking[t][c]
                        && verb.source().adverbs().contains(terms.get(t).term());
            }
        }
        return leaving;
    }

    /**
     * Whether the line's verb takes one of the line's names as its source ({@link SourceRole}: "pulls out of the
     * Oscars") and the entry says with an adjective that its person is away from that name ("absent from the Oscars").
     */
    private boolean awayFromTheSameThing(QueryTerm term, int[] names, int position) {
        Set<String> source = term.source().things();
        if (source.isEmpty()) {
            return false;
        }
        Set<String> named = new HashSet<>();
        for (int id : names) {
            if (source.contains(index.term(id))) {
                named.add(index.term(id));
            }
        }
        return !named.isEmpty() && SourceRole.awayFrom(entryText(position), named);
    }

    /**
     * Whether the entry says what a line verb's definitions say is so ({@code so}) or is not ({@link VerbDefinitions}):
     * one of those states after "be" ({@link StatedAfterBe}), or one of those verbs.
     */
    private boolean says(WordNetInUse.Defined defined, boolean so, int position, int limit) {
        int[][] states = so ? defined.soStates() : defined.notStates();
        if (index.holdsAny(so ? defined.soVerbs() : defined.notVerbs(), position, limit)) {
            return true;
        }
        if (!index.holdsAny(states, position, limit)) {
            return false;
        }
        Set<String> terms = new HashSet<>();
        for (int[] state : states) {
            if (state.length == 1) {
                terms.add(index.term(state[0]));
            }
        }
        return StatedAfterBe.says(entryText(position), terms);
    }

    /**
     * Per candidate, whether it holds one of the line's common words (a word WordNet may be asked about) as itself or
     * a related form, or the line has none; synonyms are added by {@link #addLexicalCredits}.
     */
    private static boolean[] agreesOnAWord(List<QueryTerm> terms, boolean[][] lacking, int count) {
        boolean[] agrees = new boolean[count];
        boolean anyWord = false;
        for (int t = 0; t < terms.size(); t++) {
            if (terms.get(t).surface() == null) {
                continue;
            }
            anyWord = true;
            for (int c = 0; c < count; c++) {
                agrees[c] |= !lacking[t][c];
            }
        }
        if (!anyWord) {
            Arrays.fill(agrees, true);
        }
        return agrees;
    }

    /**
     * Whether candidate {@code c} holds one of the line's common words that does not only complete a name in its
     * headline ({@link NamedThings}: "reboot" of "a The Quiet Hour reboot" says which thing, as the names do), or the
     * line has no common word.
     */
    private boolean agreesBeyondNames(List<QueryTerm> terms, boolean[][] lacking, int c, int position) {
        boolean anyWord = false;
        for (int t = 0; t < terms.size(); t++) {
            if (terms.get(t).surface() == null) {
                continue;
            }
            anyWord = true;
            if (!lacking[t][c] && !completesName(position, terms.get(t).id())) {
                return true;
            }
        }
        return !anyWord;
    }

    /** Whether term {@code id} only completes a name in the entry's headline ({@link #entryNamedThings}). */
    private boolean completesName(int position, int id) {
        int[] completing = entryNamedThings.computeIfAbsent(
                position,
                p -> NamedThings.completingTerms(
                                LineForms.withoutWireLabel(entryTexts.get(p)[0]))
                        .stream()
                        .mapToInt(index::id)
                        .filter(known -> known >= 0)
                        .sorted()
                        .distinct()
                        .toArray());
        return completing.length > 0 && Arrays.binarySearch(completing, id) >= 0;
    }

    /** The ids of the line's names and numbers that entries use, ascending: the words WordNet is not asked about. */
    private static int[] ownNames(List<QueryTerm> terms) {
        return terms.stream()
                .filter(t -> t.surface() == null)
                .mapToInt(QueryTerm::id)
                .filter(id -> id >= 0)
                .sorted()
                .toArray();
    }

    /**
     * A ranked match: the best entry's position, its score and the runner-up's score (0–1), and whether the best
     * entry agrees with the line on a common word ({@link #agreesOnAWord}); an entry that does not can be no answer,
     * but still stands as another's runner-up, and may still teach {@link LearnedWording} ("to skip" for "will be
     * absent from", where a habit's line shares nothing with its article but the names).
     */
    record Match(int position, double best, double runnerUp, boolean agrees) {}
}
