package dev.lede.core.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the entry a related headline names: first an exact match of normalised headlines, then a ranked
 * match of the headline's words against every entry's headline and lede. Precision comes first: the
 * ranked match answers only when the best entry covers most of the headline's weight and clearly beats
 * the runner-up. Shared by all snapshots; each asks about its first {@code limit} entries only.
 */
final class HeadlineMatcher {

    /** Share of the related headline's word weight the best entry must contain. */
    static final double MIN_SCORE = 0.75;
    /** How far ahead of the runner-up the best entry must be. */
    static final double MIN_MARGIN = 0.12;
    /** How much more a headline word the entry lacks weighs than one it has. */
    private static final double MISSING_PENALTY = 3.0;
    /** Candidates come from the postings of this many of the headline's rarest words. */
    private static final int SEED_TERMS = 3;
    /** Words that say how someone spoke, not what about: headlines swap them freely. */
    private static final Set<String> SPEECH_VERBS = Set.of(
            "talk", "speak", "open", "reflect", "address", "discuss", "reveal", "say", "tell", "recall",
            "weigh", "look", "hint", "comment", "shar", "explain", "admit",
            "insist", "describ", "chat", "interview", "candid", "rare", "why", "get", "real", "gush");
    private static final double SPEECH_WEIGHT = 0.3;
    /** Headline shorthand for the same event: "to skip" is "will be absent", "renewed" is "returns". */
    private static final Map<String, String> SHORTHAND = Map.of(
            "skip", "absent", "miss", "absent", "renew", "return");

    private final Map<String, Integer> exact = new HashMap<>();
    private final Map<String, Integer> termIds = new HashMap<>();
    private final List<IntList> postings = new ArrayList<>();
    private final AppendOnlyList<int[]> entryTerms = new AppendOnlyList<>();

    /** Indexes entry {@code position} (the next one); positions must arrive in order. */
    synchronized void add(int position, String headline, String lede) {
        exact.putIfAbsent(Words.normalise(headline), position);
        Set<String> stems = new LinkedHashSet<>();
        Words.stems(headline).forEach(stem -> stems.add(SHORTHAND.getOrDefault(stem, stem)));
        Words.stems(lede).forEach(stem -> stems.add(SHORTHAND.getOrDefault(stem, stem)));
        stems.addAll(namePairs(headline, false));
        stems.addAll(namePairs(lede, false));
        int[] ids = new int[stems.size()];
        int i = 0;
        for (String stem : stems) {
            Integer id = termIds.get(stem);
            if (id == null) {
                id = postings.size();
                termIds.put(stem, id);
                postings.add(new IntList());
            }
            postings.get(id).add(position);
            ids[i++] = id;
        }
        Arrays.sort(ids);
        entryTerms.add(ids);
    }

    /** The position of the entry {@code headline} names among the first {@code limit}, if sure. */
    synchronized Optional<Integer> resolve(String headline, int limit) {
        Integer exactHit = exact.get(Words.normalise(headline));
        if (exactHit != null && exactHit < limit) {
            return Optional.of(exactHit);
        }
        return rank(headline, limit).filter(m -> m.best() >= MIN_SCORE && m.best() - m.runnerUp() >= MIN_MARGIN)
                .map(Match::position);
    }

    /** The best ranked match and its score, whatever the thresholds; for tuning and tests. */
    synchronized Optional<Match> rank(String headline, int limit) {
        List<Integer> ids = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<Integer> names = new ArrayList<>();
        Set<String> required = new LinkedHashSet<>(namePairs(headline, true));
        for (String name : required) {
            Integer id = termIds.get(name);
            if (id == null || postings.get(id).countBelow(limit) == 0) {
                return Optional.empty(); // a name no entry mentions: not in the library
            }
            names.add(id);
        }
        double total = 0;
        for (Map.Entry<String, Double> word : queryWords(headline).entrySet()) {
            Integer id = termIds.get(word.getKey());
            int df = id == null ? 0 : postings.get(id).countBelow(limit);
            // A word no entry uses counts as the rarest kind: it argues against every candidate.
            double weight = Math.log(1.0 + (limit + 1.0) / (df + 1.0)) * word.getValue();
            total += weight;
            if (df > 0) {
                ids.add(id);
                weights.add(weight);
            }
        }
        if (ids.isEmpty() || total == 0) {
            return Optional.empty();
        }
        Set<Integer> candidates = candidates(ids, limit);
        int bestPosition = -1;
        double best = 0;
        double runnerUp = 0;
        for (int position : candidates) {
            int[] terms = entryTerms.view().get(position);
            if (!names.stream().allMatch(id -> Arrays.binarySearch(terms, id) >= 0)) {
                continue; // a rewrite keeps every name; another person's story is another story
            }
            double score = 0;
            for (int i = 0; i < ids.size(); i++) {
                if (Arrays.binarySearch(terms, ids.get(i)) >= 0) {
                    score += weights.get(i);
                }
            }
            // A missing word counts three times: a rewrite keeps what the story is about.
            score = score / (score + MISSING_PENALTY * (total - score));
            if (score > best) {
                runnerUp = best;
                best = score;
                bestPosition = position;
            } else if (score > runnerUp) {
                runnerUp = score;
            }
        }
        return bestPosition < 0 ? Optional.empty() : Optional.of(new Match(bestPosition, best, runnerUp));
    }

    /** The entries holding any of the rarest query words: a true match holds most of the weight. */
    private Set<Integer> candidates(List<Integer> ids, int limit) {
        Integer[] byRarity = ids.toArray(new Integer[0]);
        Arrays.sort(byRarity, (a, b) -> Integer.compare(postings.get(a).countBelow(limit), postings.get(b).countBelow(limit)));
        Set<Integer> out = new LinkedHashSet<>();
        for (int i = 0; i < Math.min(SEED_TERMS, byRarity.length); i++) {
            IntList list = postings.get(byRarity[i]);
            int end = list.countBelow(limit);
            for (int j = 0; j < end; j++) {
                out.add(list.get(j));
            }
        }
        return out;
    }

    private static String canonical(String token) {
        String stem = Words.stem(token);
        return SHORTHAND.getOrDefault(stem, stem);
    }

    /**
     * The names a text holds, as terms: each pair of neighbouring capitalised words ("tom bianchi"), and
     * for a query also a lone capitalised word inside the sentence. Title-case queries name nothing.
     */
    private static List<String> namePairs(String text, boolean query) {
        String[] raw = text.strip().split("\\s+");
        List<String> names = new ArrayList<>();
        if (query && isTitleCase(raw)) {
            return names;
        }
        List<String> run = new ArrayList<>();
        int runStart = -1;
        for (int i = 0; i <= raw.length; i++) {
            boolean name = i < raw.length && isCapitalised(raw[i]);
            if (name) {
                runStart = run.isEmpty() ? i : runStart;
                for (String token : Words.tokens(raw[i])) {
                    if (!Words.isStopWord(token)) {
                        run.add(token);
                    }
                }
            }
            boolean endsRun = !name || raw[i].matches(".*[,.;:!?)\\]’”]$");
            if (endsRun) {
                for (int j = 1; j < run.size(); j++) {
                    names.add("#" + run.get(j - 1) + " " + run.get(j));
                }
                if (query && run.size() == 1 && runStart > 0) {
                    names.add(Words.stem(run.get(0)));
                }
                run.clear();
            }
        }
        return names;
    }

    /** Each distinct stem of the headline with its weight factor: names up, speech verbs down. */
    private static Map<String, Double> queryWords(String headline) {
        Map<String, Double> words = new HashMap<>();
        String[] raw = headline.strip().split("\\s+");
        for (int i = 0; i < raw.length; i++) {
            for (String token : Words.tokens(raw[i])) {
                if (Words.isStopWord(token)) {
                    continue;
                }
                String stem = canonical(token);
                double factor = SPEECH_VERBS.contains(stem) ? SPEECH_WEIGHT : 1.0;
                words.merge(stem, factor, Math::max);
            }
        }
        return words;
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** "Star Talks About Her Exit": capitals say nothing about names there. */
    private static boolean isTitleCase(String[] raw) {
        int words = 0;
        int capitals = 0;
        for (String word : raw) {
            if (word.length() > 3) {
                words++;
                capitals += isCapitalised(word) ? 1 : 0;
            }
        }
        return words >= 3 && capitals * 4 >= words * 3;
    }

    /** A ranked match: the best entry's position, its score and the runner-up's score (0–1). */
    record Match(int position, double best, double runnerUp) {
    }
}
