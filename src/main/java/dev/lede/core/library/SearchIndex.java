package dev.lede.core.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An inverted index over headline and body words, built while articles stream in (the body is dropped
 * once indexed). A posting is one int: entry position (high bits), a headline flag and the body count.
 * Ranking is BM25 with headline words weighted up. Shared by all snapshots; each searches its first
 * {@code limit} entries only.
 *
 * <p>Kept for the runs the library index does not serve (stdin, URLs, a forced format, {@code --no-state}):
 * there the bodies are parsed anyway, and a database opened only to search them would cost the driver's
 * start (about 150–300 ms of a cold JVM) for a library that lives one run.
 */
final class SearchIndex {

    private static final int SHIFT = 8;
    private static final int HEADLINE_FLAG = 0x80;
    private static final int MAX_COUNT = 0x7f;
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final double HEADLINE_BOOST = 3.0;

    private final TreeMap<String, IntList> postings = new TreeMap<>();
    private final IntList bodyLengths = new IntList();
    private long totalBodyLength;

    /** Indexes entry {@code position} (the next one); positions must arrive in order. */
    void add(int position, String headline, String body) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : SearchTerms.ofText(headline)) {
            counts.merge(word, HEADLINE_FLAG, (a, b) -> a | HEADLINE_FLAG);
        }
        List<String> bodyWords = WordForms.spacedTokens(body);
        for (String word : SearchTerms.withPairs(bodyWords)) {
            counts.merge(word, 1, (a, b) -> (a & HEADLINE_FLAG) | Math.min(MAX_COUNT, (a & MAX_COUNT) + 1));
        }
        synchronized (this) {
            for (Map.Entry<String, Integer> count : counts.entrySet()) {
                postings.computeIfAbsent(count.getKey(), k -> new IntList()).add(position << SHIFT | count.getValue());
            }
            bodyLengths.add(bodyWords.size());
            totalBodyLength += bodyWords.size();
        }
    }

    /** Below this many words a query is typed search, where a partial match would only confuse. */
    private static final int MIN_WORDS_FOR_CLOSEST = 3;

    /**
     * Positions of the entries among the first {@code limit} that hold every word of {@code query},
     * best first; the last word also matches as a prefix unless the query ends with a space (or with a
     * character of a script written without spaces, {@link SearchTerms}). A long query (a related headline
     * that is not in the library) that nothing holds whole falls back to the entries holding any of its
     * words but stop words, those holding more and rarer words first — as the library index does, so the
     * search offered instead of a jump finds the story's neighbours.
     */
    synchronized int[] search(String query, int limit) {
        List<List<String>> words = SearchTerms.ofQuery(query);
        if (words.isEmpty() || limit == 0) {
            return new int[0];
        }
        List<String> terms = new ArrayList<>();
        words.forEach(terms::addAll);
        int[] all = searchAll(SearchTerms.endsInPrefix(query), terms, limit);
        return all.length == 0 && WordForms.tokens(query).size() >= MIN_WORDS_FOR_CLOSEST
                ? searchClosest(words, limit)
                : all;
    }

    /**
     * Per-entry scores and match counts, kept between searches (under the lock) so that a keystroke
     * allocates no arrays the size of the library: garbage there is what made typing stutter.
     */
    private float[] scores = new float[0];

    private int[] matched = new int[0];
    private long[] keys = new long[0];

    private void clearScratch(int limit) {
        if (scores.length < limit) {
            int capacity = Math.max(limit, scores.length + (scores.length >> 1));
            scores = new float[capacity];
            matched = new int[capacity];
            keys = new long[capacity];
        } else {
            Arrays.fill(scores, 0, limit, 0f);
            Arrays.fill(matched, 0, limit, 0);
        }
    }

    /** Per entry, how many terms of the word being weighed it holds, and their score: scratch of searchClosest. */
    private int[] wordHits = new int[0];

    private float[] wordScores = new float[0];

    private int[] searchClosest(List<List<String>> words, int limit) {
        double averageLength = averageBodyLength();
        clearScratch(limit);
        if (wordHits.length < limit) {
            wordHits = new int[scores.length];
            wordScores = new float[scores.length];
        }
        LinkedHashSet<List<String>> content = new LinkedHashSet<>();
        words.stream()
                .filter(terms -> terms.size() != 1 || !WordForms.isStopWord(terms.get(0)))
                .forEach(content::add);
        for (List<String> terms : content) {
            Arrays.fill(wordHits, 0, limit, 0);
            Arrays.fill(wordScores, 0, limit, 0f);
            for (int t = 0; t < terms.size(); t++) {
                for (IntList list : postingsOf(terms.get(t))) {
                    int df = list.countBelow(limit << SHIFT);
                    double idf = Math.log(1.0 + (limit - df + 0.5) / (df + 0.5));
                    for (int i = 0; i < df; i++) {
                        int posting = list.get(i);
                        int doc = posting >>> SHIFT;
                        if (wordHits[doc] == t) {
                            wordHits[doc] = t + 1;
                            wordScores[doc] += (float) (idf * weight(posting, bodyLengths.get(doc), averageLength));
                        }
                    }
                }
            }
            for (int doc = 0; doc < limit; doc++) {
                if (wordHits[doc] == terms.size()) {
                    matched[doc] = 1;
                    scores[doc] += wordScores[doc];
                }
            }
        }
        return ranked(limit, 1);
    }

    private double averageBodyLength() {
        return Math.max(1.0, (double) totalBodyLength / Math.max(1, bodyLengths.size()));
    }

    private int[] searchAll(boolean lastIsPrefix, List<String> words, int limit) {
        double averageLength = averageBodyLength();
        clearScratch(limit);
        float[] scores = this.scores;
        int[] matched = this.matched;
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            Collection<IntList> lists = w == words.size() - 1 && lastIsPrefix
                    ? postings.subMap(word, true, word + Character.MAX_VALUE, false)
                            .values()
                    : postingsOf(word);
            for (IntList list : lists) {
                int df = list.countBelow(limit << SHIFT);
                double idf = Math.log(1.0 + (limit - df + 0.5) / (df + 0.5));
                for (int i = 0; i < df; i++) {
                    int posting = list.get(i);
                    int doc = posting >>> SHIFT;
                    if (matched[doc] < w) {
                        continue; // missed an earlier word
                    }
                    matched[doc] = w + 1;
                    scores[doc] += (float) (idf * weight(posting, bodyLengths.get(doc), averageLength));
                }
            }
        }
        return ranked(limit, words.size());
    }

    private Collection<IntList> postingsOf(String word) {
        IntList list = postings.get(word);
        return list == null ? List.of() : List.of(list);
    }

    private static double weight(int posting, int bodyLength, double averageLength) {
        int count = posting & MAX_COUNT;
        double body = count * (K1 + 1) / (count + K1 * (1 - B + B * bodyLength / averageLength));
        return body + ((posting & HEADLINE_FLAG) != 0 ? HEADLINE_BOOST : 0);
    }

    private int[] ranked(int limit, int wordCount) {
        float[] scores = this.scores;
        int[] matched = this.matched;
        long[] keys = this.keys;
        int n = 0;
        for (int doc = 0; doc < limit; doc++) {
            if (matched[doc] == wordCount) {
                // Higher score first, then load order: non-negative float bits sort like the floats.
                keys[n++] = (long) (Integer.MAX_VALUE - Float.floatToIntBits(scores[doc])) << 32 | doc;
            }
        }
        Arrays.sort(keys, 0, n);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) keys[i];
        }
        return out;
    }
}
