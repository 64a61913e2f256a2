package dev.lede.core.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The related-headline matcher's term index: each term an entry's headline or lede uses, its id, and the
 * positions of the entries using it in ascending order, so each question can be asked about the first
 * {@code limit} entries only. Not synchronised: {@link HeadlineMatcher}'s lock guards it.
 */
final class TermIndex {

    /** The shorter of two related forms must be this long, and the longer at most this much longer. */
    private static final int RELATED_FORM_MIN = 5;

    private static final int RELATED_FORM_EXTRA = 4;

    private final Map<String, Integer> termIds = new HashMap<>();
    /** The terms in order, for the longer forms of a term ({@link #relatedForms}). */
    private final NavigableSet<String> vocabulary = new TreeSet<>();

    private final List<IntList> postings = new ArrayList<>();
    /** The terms by id. */
    private final List<String> byId = new ArrayList<>();

    /** Records that entry {@code position} (after every one added before) uses each of {@code terms}. */
    void add(int position, Collection<String> terms) {
        for (String term : terms) {
            Integer id = termIds.get(term);
            if (id == null) {
                id = postings.size();
                termIds.put(term, id);
                byId.add(term);
                vocabulary.add(term);
                postings.add(new IntList());
            }
            postings.get(id).add(position);
        }
    }

    /** The term's id, or -1 when no entry ever used it. */
    int id(String term) {
        Integer id = termIds.get(term);
        return id == null ? -1 : id;
    }

    /** The term with this id. */
    String term(int id) {
        return byId.get(id);
    }

    /** How many of the first {@code limit} entries use the term with this id. */
    int count(int id, int limit) {
        return postings.get(id).countBelow(limit);
    }

    /** The positions of the entries using the term with this id, ascending. */
    IntList postings(int id) {
        return postings.get(id);
    }

    /** Whether the entry at {@code position} (below {@code limit}) uses the term with this id. */
    boolean holds(int id, int position, int limit) {
        IntList list = postings.get(id);
        int end = list.countBelow(limit);
        int at = list.seek(0, end, position);
        return at < end && list.get(at) == position;
    }

    /** Whether the entry at {@code position} holds every term of one of the phrases (term ids). */
    boolean holdsAny(int[][] phrases, int position, int limit) {
        for (int[] phrase : phrases) {
            boolean all = true;
            for (int id = 0; id < phrase.length && all; id++) {
                all = holds(phrase[id], position, limit);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * Phrases of terms ("step down" is two terms) as phrases of term ids, those whose every term one of
     * the first {@code limit} entries uses.
     */
    int[][] inUse(List<List<String>> phrasesOfTerms, int limit) {
        List<int[]> phrases = new ArrayList<>();
        for (List<String> phraseTerms : phrasesOfTerms) {
            int[] ids = idsInUse(phraseTerms, limit);
            if (ids != null) {
                phrases.add(ids);
            }
        }
        return phrases.toArray(new int[0][]);
    }

    /** As {@link #inUse}, each phrase kept with its parts of speech ({@code parts}, in the phrases' order). */
    WordNetInUse.Related inUse(List<List<String>> phrasesOfTerms, int[] parts, int limit) {
        List<int[]> phrases = new ArrayList<>();
        int[] keptParts = new int[parts.length];
        for (int p = 0; p < parts.length; p++) {
            int[] ids = idsInUse(phrasesOfTerms.get(p), limit);
            if (ids != null) {
                keptParts[phrases.size()] = parts[p];
                phrases.add(ids);
            }
        }
        return new WordNetInUse.Related(
                phrases.toArray(new int[0][]), java.util.Arrays.copyOf(keptParts, phrases.size()));
    }

    /** The phrase's term ids when the first {@code limit} entries use every one of its terms, else null. */
    private int[] idsInUse(List<String> phraseTerms, int limit) {
        int[] ids = new int[phraseTerms.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = id(phraseTerms.get(i));
            if (ids[i] < 0 || count(ids[i], limit) == 0) {
                return null;
            }
        }
        return ids;
    }

    /** Terms in use that are {@code term} with a short ending added or taken off ("short", "shortfall"). */
    int[] relatedForms(String term, int limit) {
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
                .mapToInt(this::id)
                .filter(id -> id >= 0 && count(id, limit) > 0)
                .toArray();
    }

    /** The postings of at most {@code n} of the terms, fewest entries first. */
    IntList[] rarest(int[] ids, int n, int limit) {
        Integer[] byRarity = Arrays.stream(ids).boxed().toArray(Integer[]::new);
        Arrays.sort(byRarity, (a, b) -> Integer.compare(count(a, limit), count(b, limit)));
        IntList[] rarest = new IntList[Math.min(n, byRarity.length)];
        for (int i = 0; i < rarest.length; i++) {
            rarest[i] = postings.get(byRarity[i]);
        }
        return rarest;
    }

    /**
     * Keeps, in place, the candidates (ascending) and their seeds whose entry uses the term with this id;
     * returns how many are kept.
     */
    int keepHolding(int id, int[] candidates, int[] seeds, int count, int limit) {
        IntList list = postings.get(id);
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
        return kept;
    }

    /**
     * Adds the query term's weight times its credit to each candidate's score: 1 when the entry has the term or the
     * name it may stand for,
     * {@code relatedCredit} for a related form only, else 0. Candidates ascend, so each posting list is walked once.
     */
    boolean[] addCredits(
            QueryTerm term, double relatedCredit, int[] candidates, int count, int limit, double[] scores) {
        boolean[] lacking = new boolean[count];
        IntList own = term.id() >= 0 ? postings.get(term.id()) : null;
        int ownEnd = own == null ? 0 : own.countBelow(limit);
        int ownAt = 0;
        IntList standsFor = term.standsFor() >= 0 ? postings.get(term.standsFor()) : null;
        int standsForEnd = standsFor == null ? 0 : standsFor.countBelow(limit);
        int standsForAt = 0;
        int[] related = term.related();
        int[] relatedEnd = new int[related.length];
        int[] relatedAt = new int[related.length];
        for (int r = 0; r < related.length; r++) {
            relatedEnd[r] = count(related[r], limit);
        }
        for (int c = 0; c < count; c++) {
            int position = candidates[c];
            double credit = 0;
            if (own != null) {
                ownAt = own.seek(ownAt, ownEnd, position);
                credit = ownAt < ownEnd && own.get(ownAt) == position ? 1 : 0;
            }
            if (credit == 0 && standsFor != null) {
                standsForAt = standsFor.seek(standsForAt, standsForEnd, position);
                credit = standsForAt < standsForEnd && standsFor.get(standsForAt) == position ? 1 : 0;
            }
            for (int r = 0; r < related.length && credit == 0; r++) {
                IntList form = postings.get(related[r]);
                relatedAt[r] = form.seek(relatedAt[r], relatedEnd[r], position);
                credit = relatedAt[r] < relatedEnd[r] && form.get(relatedAt[r]) == position ? relatedCredit : 0;
            }
            lacking[c] = credit == 0;
            scores[c] += term.weight() * credit;
        }
        return lacking;
    }
}
