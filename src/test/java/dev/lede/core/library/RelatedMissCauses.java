package dev.lede.core.library;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sorts the rewrites of a hand-written set that the matcher misses by cause, so recall is worked on by
 * class rather than line by line: a name, number or title the article lacks (a required term not found),
 * the right article ranked first but under the least score or margin, and for every word the article
 * lacks, how it might have explained it (a related form, a WordNet synonym or neighbour, nothing WordNet
 * knows). A tool, not a test: run as {@link RelatedThresholdCurve} is, with the set's file as argument
 * (the fresh set without one).
 */
final class RelatedMissCauses {

    private RelatedMissCauses() {}

    public static void main(String[] args) throws IOException {
        HandWrittenPairs pairs = HandWrittenPairs.read(
                Paths.get(args.length > 0 ? args[0] : "src/test/resources/related/fresh/pairs.txt"));
        HeadlineMatcher matcher = new HeadlineMatcher();
        List<Set<String>> entryTerms = new ArrayList<>();
        for (int i = 0; i < pairs.ledes().size(); i++) {
            matcher.add(i, pairs.headlines().get(i), pairs.ledes().get(i));
            Set<String> terms =
                    new HashSet<>(HeadlineTerms.terms(pairs.headlines().get(i)));
            terms.addAll(HeadlineTerms.terms(pairs.ledes().get(i)));
            terms.addAll(HeadlineNames.namePairs(pairs.headlines().get(i), false));
            terms.addAll(HeadlineNames.namePairs(pairs.ledes().get(i), false));
            entryTerms.add(terms);
        }
        int size = pairs.ledes().size();
        Map<String, Integer> lineCauses = new TreeMap<>();
        Map<String, Integer> wordCauses = new TreeMap<>();
        int missed = 0;
        for (HandWrittenPairs.Case c : pairs.cases()) {
            if (c.expected().isEmpty() || matcher.resolve(c.headline(), size).equals(c.expected())) {
                continue;
            }
            missed++;
            int target = c.expected().get();
            Set<String> held = entryTerms.get(target);
            Map<String, String> words = new LinkedHashMap<>();
            for (HeadlineTerms.Word w : HeadlineTerms.words(c.headline())) {
                words.putIfAbsent(w.term(), w.surface());
            }
            // As the matcher asks them (Query): when a name as written is in no entry, an opening word before it
            // is required apart from it.
            // As the matcher reads names: an abbreviation of common words ("PM") is a word (CommonAbbreviations).
            String asRead = CommonAbbreviations.lowered(c.headline());
            Set<String> required = HeadlineNames.required(asRead, words.keySet());
            if (!required.stream().allMatch(r -> entryTerms.stream().anyMatch(terms -> terms.contains(r)))) {
                Query.apart(asRead, required);
            }
            List<String> absentRequired =
                    required.stream().filter(r -> !held.contains(r)).toList();
            Optional<HeadlineMatcher.Match> ranked = matcher.rank(c.headline(), size);
            String cause;
            if (!absentRequired.isEmpty()) {
                cause = "required name/number/title not in the article " + kinds(absentRequired);
            } else if (ranked.isEmpty() || ranked.get().position() != target) {
                cause = "another article ranked first (or none)";
            } else if (ranked.get().best() >= HeadlineMatcher.MIN_SCORE) {
                cause = "margin over the runner-up too small";
            } else if (ranked.get().best() >= HeadlineMatcher.MIN_SCORE - 0.06) {
                cause = "score just under the least score (within 0.06)";
            } else {
                cause = "score well under the least score";
            }
            lineCauses.merge(cause, 1, Integer::sum);
            StringBuilder lacking = new StringBuilder();
            for (Map.Entry<String, String> word : words.entrySet()) {
                String term = word.getKey();
                if (held.contains(term)) {
                    continue;
                }
                String why = wordCause(term, word.getValue(), held);
                wordCauses.merge(why, 1, Integer::sum);
                lacking.append(' ')
                        .append(word.getValue())
                        .append('[')
                        .append(why)
                        .append(']');
            }
            System.out.printf(
                    "%-48s %s |%s%n", cause.length() > 48 ? cause.substring(0, 48) : cause, c.headline(), lacking);
        }
        System.out.println("missed rewrites: " + missed);
        lineCauses.forEach((k, v) -> System.out.printf("  %3d  %s%n", v, k));
        System.out.println("words the target article lacks, by what could explain them:");
        wordCauses.forEach((k, v) -> System.out.printf("  %3d  %s%n", v, k));
    }

    private static String kinds(List<String> absent) {
        return absent.toString();
    }

    private static String wordCause(String term, String surface, Set<String> held) {
        for (String t : held) {
            if (!t.startsWith("#")
                    && t.length() >= 4
                    && term.length() >= 4
                    && (t.startsWith(term.substring(0, 4)) && (t.startsWith(term) || term.startsWith(t)))) {
                return "related form";
            }
        }
        if (HeadlineTerms.isNumber(term) || HeadlineTerms.isOrdinal(term)) {
            return "number";
        }
        WordNet.Relations relations = WordNet.of(surface);
        if (!relations.known()) {
            return "not in WordNet";
        }
        for (List<String> phrase : relations.synonymTerms()) {
            if (held.containsAll(phrase)) {
                return "synonym";
            }
        }
        for (List<String> phrase : WordNet.neighbours(surface).terms()) {
            if (held.containsAll(phrase)) {
                return "neighbour";
            }
        }
        return "unexplained";
    }
}
