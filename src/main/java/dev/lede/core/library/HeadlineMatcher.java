// Over 300 lines: the matcher's postings, scoring and margins are tuned together, and read best in one place.
package dev.lede.core.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Finds the entry a related headline names: first an exact match of normalised headlines, then a ranked
 * match of the headline's words against every entry's headline and lede. Each word weighs by how rare it
 * is in the library (inverse document frequency), so names, titles, numbers and rare nouns carry a match
 * and common words count little. Precision comes first: every name, number and ordinal of the headline
 * must be in the entry (another name, number or quoted title is another story); an entry holding a
 * WordNet antonym of a headline word, or whose headline denies what the related headline reports, is
 * not the one; and the ranked match answers only when the best entry covers most of the headline's
 * weight (a WordNet synonym counting in part; a verb the entry does not explain, as itself, a synonym or
 * a word one step up or down WordNet's hierarchy, counting extra against it) and clearly beats the
 * runner-up. Shared by all snapshots; each asks about its first {@code limit} entries only.
 */
final class HeadlineMatcher {

    /**
     * The least score the best entry must reach (score: its share of the headline's word weight, a
     * missing word counting {@link #MISSING_PENALTY} times; 0.62 is about 83 % of the weight present).
     */
    static final double MIN_SCORE = 0.62;
    /** How far ahead of the runner-up the best entry must be. */
    static final double MIN_MARGIN = 0.12;
    /**
     * The weight of a lower-case word no entry uses, against a word one entry uses: such a word is most
     * often the rewrite's own wording ("hands back" for "returned"), a capitalised one a name.
     */
    private static final double UNSEEN_WORD = 0.7;
    /** How much more a headline word the entry lacks weighs than one it has. */
    private static final double MISSING_PENALTY = 3.0;
    /** Candidates come from the postings of this many of the headline's rarest words. */
    private static final int SEED_TERMS = 3;
    /** Credit for a word the entry has only in a longer or shorter form ("mayoral" for "mayor"). */
    private static final double RELATED_FORM_CREDIT = 0.6;
    /** The shorter of two related forms must be this long, and the longer at most this much longer. */
    private static final int RELATED_FORM_MIN = 5;

    private static final int RELATED_FORM_EXTRA = 4;
    /**
     * Credit for a word the entry has only as a WordNet synonym ("shut" for "close", "appoint" for "name",
     * "closure" for "close"): partial, since WordNet lists every sense of a word and the entry may use
     * another. 0.8 rather than 0.6 or 1.0 on the curve over every evaluation set (README.md, Figures).
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
     * mostly is not. 1.1 on the curve over every evaluation set (README.md, Figures): more takes the
     * hand-written set's recall below 0.9 at {@link #MIN_SCORE}, and a lower least score to make up for
     * it lets decoys through that never jumped before.
     */
    static final double EVENT_PENALTY = 1.1;

    private final ExactHeadlines exact = new ExactHeadlines();
    private final Map<String, Integer> termIds = new HashMap<>();
    private final NavigableSet<String> vocabulary = new TreeSet<>();
    private final List<IntList> postings = new ArrayList<>();
    /**
     * Each word's WordNet synonyms and antonyms in use among the first {@code limit} entries, by word and
     * limit: the same words come back line after line. Emptied whenever an entry is added.
     */
    private final Map<String, Lexical> lexicalInUse = new ConcurrentHashMap<>();
    /** Each word's WordNet neighbours in use, as {@link #lexicalInUse}; asked for far fewer words. */
    private final Map<String, int[][]> neighboursInUse = new ConcurrentHashMap<>();
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

    private void addLocked(String headline, String lede, int position) {
        exact.add(headline);
        if (!lexicalInUse.isEmpty() || !neighboursInUse.isEmpty()) {
            lexicalInUse.clear(); // a new term may be in use now
            neighboursInUse.clear();
        }
        // The headline says what the story is; a lede's "vote of no confidence" or "would never walk again"
        // tells what happened in it.
        denying.set(position, Negation.denies(headline));
        Set<String> stems = new LinkedHashSet<>();
        stems.addAll(HeadlineTerms.terms(headline));
        stems.addAll(HeadlineTerms.terms(lede));
        stems.addAll(HeadlineNames.namePairs(headline, false));
        stems.addAll(HeadlineNames.namePairs(lede, false));
        for (String stem : stems) {
            Integer id = termIds.get(stem);
            if (id == null) {
                id = postings.size();
                termIds.put(stem, id);
                vocabulary.add(stem);
                postings.add(new IntList());
            }
            postings.get(id).add(position);
        }
    }

    /** The position of the entry {@code headline} names among the first {@code limit}, if sure. */
    Optional<Integer> resolve(String headline, int limit) {
        lock.readLock().lock();
        try {
            Optional<Integer> exactHit = exactLocked(headline, limit);
            if (exactHit.isPresent()) {
                return exactHit;
            }
            return rankLocked(headline, limit, WORDNET_FLOOR)
                    .filter(m -> m.best() >= MIN_SCORE && m.best() - m.runnerUp() >= MIN_MARGIN)
                    .map(Match::position);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The entry among the first {@code limit} whose headline is {@code headline} once normalised. */
    Optional<Integer> exact(String headline, int limit) {
        lock.readLock().lock();
        try {
            return exactLocked(headline, limit);
        } finally {
            lock.readLock().unlock();
        }
    }

    private Optional<Integer> exactLocked(String headline, int limit) {
        int hit = exact.find(WordForms.normalise(headline));
        return hit >= 0 && hit < limit ? Optional.of(hit) : Optional.empty();
    }

    /**
     * The best ranked match and its score, whatever the thresholds; for tuning and tests. WordNet is asked
     * about every candidate, so the scores are those any threshold would see.
     */
    Optional<Match> rank(String headline, int limit) {
        lock.readLock().lock();
        try {
            return rankLocked(headline, limit, 0);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The ranked match; WordNet is asked only about candidates that may reach {@code lexicalFloor}. */
    private Optional<Match> rankLocked(String headline, int limit, double lexicalFloor) {
        Set<String> required = new LinkedHashSet<>(HeadlineNames.namePairs(headline, true));
        required.addAll(HeadlineNames.quotedTitles(headline));
        required.addAll(HeadlineNames.unknownOpeningName(headline));
        Map<String, String> words = queryWords(headline);
        // A rewrite keeps the story's numbers and counts: "£25m" is another plan than "£40m", a "second"
        // concerto another than the "third".
        for (String word : words.keySet()) {
            if (HeadlineTerms.isNumber(word) || HeadlineTerms.isOrdinal(word)) {
                required.add(word);
            }
        }
        int[] names = new int[required.size()];
        int nameCount = 0;
        for (String name : required) {
            Integer id = termIds.get(name);
            if (id == null || postings.get(id).countBelow(limit) == 0) {
                return Optional.empty(); // a name or number no entry has: not in the library
            }
            names[nameCount++] = id;
        }
        Set<String> capitalised = HeadlineNames.capitalisedTerms(headline);
        double total = 0;
        List<QueryTerm> terms = new ArrayList<>();
        for (Map.Entry<String, String> entry : words.entrySet()) {
            String word = entry.getKey();
            Integer id = termIds.get(word);
            int df = id == null ? 0 : postings.get(id).countBelow(limit);
            // A word no entry uses counts as the rarest kind; a lower-case one less, since it is most likely
            // the rewrite's own wording ("hands back"), not a name.
            double weight = Math.log(1.0 + (limit + 1.0) / (df + 1.0));
            if (df == 0 && !capitalised.contains(word)) {
                weight *= UNSEEN_WORD;
            }
            total += weight;
            int[] related = relatedForms(word, limit);
            // Names have no synonyms; WordNet's entries for "Moss" or "Hawks" are other words.
            boolean lexical =
                    !capitalised.contains(word) && !HeadlineTerms.isNumber(word) && !HeadlineTerms.isOrdinal(word);
            if (df > 0 || related.length > 0 || lexical) {
                terms.add(new QueryTerm(df > 0 ? id : -1, related, weight, word, lexical ? entry.getValue() : null));
            }
        }
        if (terms.isEmpty() || total == 0) {
            return Optional.empty();
        }
        CandidateMerge merge = new CandidateMerge(seeds(terms, limit), rarestName(names, limit), limit);
        int[] candidates = new int[16];
        int[] seeds = new int[16];
        int count = 0;
        for (int position = merge.next(); position >= 0; position = merge.next()) {
            if (count == candidates.length) {
                candidates = Arrays.copyOf(candidates, count * 2);
                seeds = Arrays.copyOf(seeds, count * 2);
            }
            candidates[count] = position;
            seeds[count++] = merge.seed();
        }
        // A rewrite keeps every name; another person's story is another story.
        for (int name : names) {
            IntList list = postings.get(name);
            int end = list.countBelow(limit);
            int at = 0;
            int kept = 0;
            for (int c = 0; c < count; c++) {
                at = list.seek(at, end, candidates[c]);
                if (at < end && list.get(at) == candidates[c]) {
                    candidates[kept] = candidates[c];
                    seeds[kept++] = seeds[c];
                }
            }
            count = kept;
        }
        // Term by term, each candidate's score adds up in the same order as an entry-by-entry sum would.
        double[] scores = new double[count];
        boolean[][] lacking = new boolean[terms.size()][];
        for (int t = 0; t < terms.size(); t++) {
            lacking[t] = addCredits(terms.get(t), candidates, count, limit, scores);
        }
        boolean[] opposed = new boolean[count];
        double[] unexplained = new double[count];
        addLexicalCredits(terms, lacking, candidates, count, limit, total, lexicalFloor, scores, opposed, unexplained);
        boolean denies = Negation.denies(headline);
        Ranking ranking = new Ranking();
        for (int c = 0; c < count; c++) {
            // An entry holding the opposite of a headline word, or whose headline denies what the related
            // headline reports ("will not raise" against "raises"), is another story, however many words
            // agree. Not the other way round: a related "was not shelved" restates an article's "denied
            // reports it was shelved", a denial written as a verb (README.md, Related-headline jump).
            if (opposed[c] || denying.get(candidates[c]) && !denies) {
                continue;
            }
            ranking.offer(candidates[c], seeds[c], share(scores[c], total + unexplained[c]));
        }
        return ranking.match();
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
            boolean[][] lacking,
            int[] candidates,
            int count,
            int limit,
            double total,
            double floor,
            double[] scores,
            boolean[] opposed,
            double[] unexplained) {
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
            for (int t = 0; t < terms.size() && !opposed[c]; t++) {
                QueryTerm term = terms.get(t);
                if (!lacking[t][c] || term.surface() == null) {
                    continue;
                }
                Lexical lexical = lexical(term, limit);
                if (holdsAny(lexical.synonyms(), candidates[c], limit)) {
                    scores[c] += term.weight() * SYNONYM_CREDIT;
                } else if (holdsAny(lexical.antonyms(), candidates[c], limit)) {
                    opposed[c] = true;
                } else if (lexical.verb() && !holdsAny(neighbours(term, limit), candidates[c], limit)) {
                    // A word one step up or down ("chooses" for "elected") explains the verb but earns no
                    // credit: as credit it gave the hand-written set wrong jumps.
                    unexplained[c] += term.weight() * (EVENT_PENALTY - 1);
                }
            }
        }
    }

    /** The term's WordNet synonyms and antonyms that entries use, looked up once per query. */
    private Lexical lexical(QueryTerm term, int limit) {
        if (term.lexical == null) {
            term.lexical = lexicalInUse.computeIfAbsent(term.surface() + ' ' + limit, key -> {
                WordNet.Relations relations = WordNet.of(term.surface());
                return new Lexical(
                        inUse(relations.synonymTerms(), limit),
                        inUse(relations.antonymTerms(), limit),
                        relations.verb());
            });
        }
        return term.lexical;
    }

    /** The term's WordNet neighbours that entries use, looked up only for a verb no entry's own words explain. */
    private int[][] neighbours(QueryTerm term, int limit) {
        return neighboursInUse.computeIfAbsent(
                term.surface() + ' ' + limit,
                key -> inUse(WordNet.neighbours(term.surface()).terms(), limit));
    }

    /**
     * Adds the term's weight times its credit to each candidate's score: 1 when the entry has the term,
     * partial credit for a related form only, else 0. Candidates ascend, so each posting list is walked once.
     */
    private boolean[] addCredits(QueryTerm term, int[] candidates, int count, int limit, double[] scores) {
        boolean[] lacking = new boolean[count];
        IntList own = term.id() >= 0 ? postings.get(term.id()) : null;
        int ownEnd = own == null ? 0 : own.countBelow(limit);
        int ownAt = 0;
        int[] related = term.related();
        int[] relatedEnd = new int[related.length];
        int[] relatedAt = new int[related.length];
        for (int r = 0; r < related.length; r++) {
            relatedEnd[r] = postings.get(related[r]).countBelow(limit);
        }
        for (int c = 0; c < count; c++) {
            int position = candidates[c];
            double credit = 0;
            if (own != null) {
                ownAt = own.seek(ownAt, ownEnd, position);
                credit = ownAt < ownEnd && own.get(ownAt) == position ? 1 : 0;
            }
            for (int r = 0; r < related.length && credit == 0; r++) {
                IntList form = postings.get(related[r]);
                relatedAt[r] = form.seek(relatedAt[r], relatedEnd[r], position);
                credit = relatedAt[r] < relatedEnd[r] && form.get(relatedAt[r]) == position ? RELATED_FORM_CREDIT : 0;
            }
            lacking[c] = credit == 0;
            scores[c] += term.weight() * credit;
        }
        return lacking;
    }

    /** Whether the entry at {@code position} holds every term of one of the phrases (term ids). */
    private boolean holdsAny(int[][] phrases, int position, int limit) {
        for (int[] phrase : phrases) {
            boolean all = true;
            for (int id = 0; id < phrase.length && all; id++) {
                IntList list = postings.get(phrase[id]);
                int end = list.countBelow(limit);
                int at = list.seek(0, end, position);
                all = at < end && list.get(at) == position;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * WordNet's words for a headline word as phrases of term ids ("step down" is two terms), those whose
     * every term some entry uses; none that is the word's own term.
     */
    private int[][] inUse(List<List<String>> phrasesOfTerms, int limit) {
        List<int[]> phrases = new ArrayList<>();
        for (List<String> phraseTerms : phrasesOfTerms) {
            int[] ids = new int[phraseTerms.size()];
            boolean used = true;
            for (int i = 0; i < ids.length && used; i++) {
                Integer id = termIds.get(phraseTerms.get(i));
                used = id != null && postings.get(id).countBelow(limit) > 0;
                ids[i] = used ? id : -1;
            }
            if (used) {
                phrases.add(ids);
            }
        }
        return phrases.toArray(new int[0][]);
    }

    /** Terms in use that are {@code term} with a short ending added or taken off ("short", "shortfall"). */
    private int[] relatedForms(String term, int limit) {
        if (term.startsWith("#") || term.length() < RELATED_FORM_MIN) {
            return new int[0];
        }
        List<String> forms = new ArrayList<>();
        for (String longer : vocabulary.subSet(term, false, term + Character.MAX_VALUE, false)) {
            if (longer.length() <= term.length() + RELATED_FORM_EXTRA) {
                forms.add(longer);
            }
        }
        for (int end = Math.max(RELATED_FORM_MIN, term.length() - RELATED_FORM_EXTRA); end < term.length(); end++) {
            forms.add(term.substring(0, end));
        }
        return forms.stream()
                .map(termIds::get)
                .filter(id -> id != null && postings.get(id).countBelow(limit) > 0)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** The postings of the rarest query words, rarest first: a true match holds most of the weight. */
    private IntList[] seeds(List<QueryTerm> terms, int limit) {
        Integer[] byRarity =
                terms.stream().filter(t -> t.id() >= 0).map(QueryTerm::id).toArray(Integer[]::new);
        Arrays.sort(
                byRarity,
                (a, b) -> Integer.compare(
                        postings.get(a).countBelow(limit), postings.get(b).countBelow(limit)));
        IntList[] seeds = new IntList[Math.min(SEED_TERMS, byRarity.length)];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = postings.get(byRarity[i]);
        }
        return seeds;
    }

    /** The postings of the required name fewest entries hold, or null when the headline names no one. */
    private IntList rarestName(int[] names, int limit) {
        IntList rarest = null;
        for (int name : names) {
            IntList list = postings.get(name);
            if (rarest == null || list.countBelow(limit) < rarest.countBelow(limit)) {
                rarest = list;
            }
        }
        return rarest;
    }

    /** Each distinct term of the headline, with the word it was first written as. */
    private static Map<String, String> queryWords(String headline) {
        Map<String, String> words = new LinkedHashMap<>();
        for (HeadlineTerms.Word word : HeadlineTerms.words(headline)) {
            words.putIfAbsent(word.term(), word.surface());
        }
        return words;
    }

    /**
     * A query term: its own id (or -1 when no entry uses it), the ids of its related forms, its weight, the
     * term, and the word as written when WordNet may be asked about it (null for names and numbers).
     */
    private static final class QueryTerm {
        private final int id;
        private final int[] related;
        private final double weight;
        private final String term;
        private final String surface;
        /** Its WordNet relations in use, once asked for. */
        private Lexical lexical;

        QueryTerm(int id, int[] related, double weight, String term, String surface) {
            this.id = id;
            this.related = related;
            this.weight = weight;
            this.term = term;
            this.surface = surface;
        }

        int id() {
            return id;
        }

        int[] related() {
            return related;
        }

        double weight() {
            return weight;
        }

        String term() {
            return term;
        }

        String surface() {
            return surface;
        }
    }

    /** A word's WordNet synonyms and antonyms that entries use (phrases of term ids); whether it can be a verb. */
    private record Lexical(int[][] synonyms, int[][] antonyms, boolean verb) {}

    /** A ranked match: the best entry's position, its score and the runner-up's score (0–1). */
    record Match(int position, double best, double runnerUp) {}
}
