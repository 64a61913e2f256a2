package dev.lede.core.library;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Wording a library teaches about itself: a word its related headlines use where the articles they single out use
 * another ("sit out" where the lede says "absent", "renewed" where it says "returns"). Where the related headlines
 * come from one outlet's or one writer's habits, the same rewording recurs from story to story, and WordNet knows
 * none of it. A pair is learned from the lines whose best article is likely theirs anyway (the first pass scores
 * it at least {@link #LIKELY_SCORE} and clear of the runner-up by the matcher's margin; every name and number of
 * the line is in it, or the line would have no candidate at all): the line's word the article lacks, and the
 * article's word the line lacks. It counts when it recurs with at least {@link #LEAST_ARTICLES} different articles
 * and a line the first pass found in spite of the word (its article lacks it, and WordNet ties it to none of the
 * article's words: a line found through WordNet was read in WordNet's sense) holds it, or with
 * {@link #LEAST_ARTICLES_UNFOUND} when none does (a decoy written to a template is likely its article's by the names
 * alone, and recurs),
 * and when the two go together at least as often as not (Dice's coefficient, over the lines whose lacking word
 * recurs at all, at least {@link #LEAST_DICE}), so a word that sits beside everything (a lede's "said") is no one's partner. A learned
 * partner then counts as a WordNet synonym does ({@link HeadlineMatcher#SYNONYM_CREDIT}), in a second pass over the
 * lines the first left unresolved. Nothing is learned from one story told again, nor from a decoy whose names
 * single out no article, and a library whose related headlines are all written differently learns nothing
 * (docs/related-matching.md, "Wording the library teaches").
 */
final class LearnedWording {

    static final LearnedWording NONE = new LearnedWording(Map.of());

    /** The least first-pass score of a line counted as likely its best article's (the least score is 0.66). */
    static final double LIKELY_SCORE = 0.3;
    /** How many different articles a pair must be seen with, when a line the first pass found holds its word. */
    static final int LEAST_ARTICLES = 3;
    /**
     * How many, when no found line holds it: a habit no line is ever found with ("to sit out" where every lede says
     * "will be absent from") recurs with every story of its kind, a decoy writer's template a few times in a hundred
     * lines (on the generated sets, 6 or 8 articles still learned one: docs/related-matching.md, "Resolver version
     * 18").
     */
    static final int LEAST_ARTICLES_UNFOUND = 10;
    /** How often the two words must go together: 2 × lines with both / (lines with the one + lines with the other). */
    static final double LEAST_DICE = 0.5;

    /** For a term of related lines, the term ids of the articles' words learned to mean the same, ascending. */
    private final Map<String, int[]> partners;

    private LearnedWording(Map<String, int[]> partners) {
        this.partners = partners;
    }

    /**
     * One related line as the first pass read it, when it is likely its best article's and lacks some of its words:
     * that article's position, the line's lexical terms the article lacks, the ids of the line's terms the library
     * uses, and when the first pass found the article (was sure of it) without learning anything, the lacking terms
     * WordNet does not tie to the article (else none): a word used so was found for what the line says besides it.
     */
    record Reading(int article, List<String> lacking, int[] lineTerms, List<String> foundUnexplained) {}

    /**
     * What {@code readings} teach; {@code plainWords} gives an article's words that may be a partner (neither names
     * nor numbers). Only a lacking term seen with {@link #LEAST_ARTICLES} articles is paired at all, so most
     * readings cost a count.
     */
    static LearnedWording learn(List<Reading> readings, IntFunction<int[]> plainWords) {
        Map<String, Set<Integer>> articlesOfTerm = new HashMap<>();
        Set<String> usedInFound = new HashSet<>();
        for (Reading reading : readings) {
            for (String term : reading.lacking()) {
                articlesOfTerm.computeIfAbsent(term, t -> new HashSet<>()).add(reading.article());
            }
            usedInFound.addAll(reading.foundUnexplained());
        }
        // Decoys written to a template recur as a habit does ("cancels N-date world tour" for articles on plans for
        // one, "cast in … reboot" for rumours of one), each likely its article's by the names alone: a word no found
        // line uses may be such a line's other event, and is learned only when it recurs as an outlet's habit does.
        articlesOfTerm
                .entrySet()
                .removeIf(term -> term.getValue().size()
                        < (usedInFound.contains(term.getKey()) ? LEAST_ARTICLES : LEAST_ARTICLES_UNFOUND));
        if (articlesOfTerm.isEmpty()) {
            return NONE;
        }
        Map<String, Integer> lineCount = new HashMap<>();
        Map<Integer, Integer> wordCount = new HashMap<>();
        Map<String, Map<Integer, Integer>> together = new HashMap<>();
        Map<String, Map<Integer, Set<Integer>>> articles = new HashMap<>();
        for (Reading reading : readings) {
            List<String> recurring = reading.lacking().stream()
                    .filter(articlesOfTerm::containsKey)
                    .toList();
            if (recurring.isEmpty()) {
                continue;
            }
            Set<Integer> own = new HashSet<>();
            for (int id : reading.lineTerms()) {
                own.add(id);
            }
            int[] besides = Arrays.stream(plainWords.apply(reading.article()))
                    .filter(id -> !own.contains(id))
                    .toArray();
            for (int word : besides) {
                wordCount.merge(word, 1, Integer::sum);
            }
            for (String term : recurring) {
                lineCount.merge(term, 1, Integer::sum);
                Map<Integer, Integer> counts = together.computeIfAbsent(term, t -> new HashMap<>());
                Map<Integer, Set<Integer>> seen = articles.computeIfAbsent(term, t -> new HashMap<>());
                for (int word : besides) {
                    counts.merge(word, 1, Integer::sum);
                    seen.computeIfAbsent(word, w -> new HashSet<>()).add(reading.article());
                }
            }
        }
        Map<String, int[]> partners = new HashMap<>();
        together.forEach((term, counts) -> {
            int[] kept = counts.entrySet().stream()
                    .filter(pair -> articles.get(term).get(pair.getKey()).size() >= LEAST_ARTICLES)
                    .filter(pair ->
                            2.0 * pair.getValue() / (lineCount.get(term) + wordCount.get(pair.getKey())) >= LEAST_DICE)
                    .mapToInt(Map.Entry::getKey)
                    .sorted()
                    .toArray();
            if (kept.length > 0) {
                partners.put(term, kept);
            }
        });
        return partners.isEmpty() ? NONE : new LearnedWording(partners);
    }

    /**
     * The wording once learned, as {@link #pairs} wrote it, read against {@code index}: a pair whose article word no
     * entry of it uses is dropped (it could explain nothing).
     */
    static LearnedWording of(java.util.Collection<String> pairs, TermIndex index) {
        Map<String, Set<Integer>> partners = new HashMap<>();
        for (String pair : pairs) {
            int tilde = pair.lastIndexOf('~');
            int word = tilde <= 0 ? -1 : index.id(pair.substring(tilde + 1));
            if (word >= 0) {
                partners.computeIfAbsent(pair.substring(0, tilde), t -> new HashSet<>())
                        .add(word);
            }
        }
        if (partners.isEmpty()) {
            return NONE;
        }
        Map<String, int[]> sorted = new HashMap<>();
        partners.forEach((term, words) -> sorted.put(
                term, words.stream().mapToInt(Integer::intValue).sorted().toArray()));
        return new LearnedWording(sorted);
    }

    boolean isEmpty() {
        return partners.isEmpty();
    }

    /** Whether any of {@code terms} has a learned partner: a line none of whose words has one gains nothing. */
    boolean speaksOfAny(List<String> terms) {
        for (String term : terms) {
            if (partners.containsKey(term)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the entry at {@code position} holds a word learned to mean what {@code term} means. */
    boolean explains(String term, int position, TermIndex index, int limit) {
        int[] words = partners.get(term);
        if (words == null) {
            return false;
        }
        for (int word : words) {
            if (index.holds(word, position, limit)) {
                return true;
            }
        }
        return false;
    }

    /** The learned pairs as text ("sit~absent"), for tests and tools. */
    Set<String> pairs(TermIndex index) {
        Set<String> out = new java.util.TreeSet<>();
        partners.forEach((term, words) -> {
            for (int word : words) {
                out.add(term + "~" + index.term(word));
            }
        });
        return out;
    }
}
