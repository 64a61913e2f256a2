package dev.lede.core.parse.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The body-text metric of the article-extraction benchmark, as /work/shared/tools/score_aeb.py
 * computes it: tokens are runs of Python {@code \w} characters, shingles are token 4-grams, each page
 * gives normalised (tp, fp, fn), and F1 comes from the macro-averaged precision and recall.
 */
final class AebScore {

    private final List<double[]> rows = new ArrayList<>();

    /** Python's {@code \w} on str: letters (Lu Ll Lt Lm Lo), numbers (Nd Nl No) and underscore. */
    static boolean isWordChar(int cp) {
        if (cp == '_') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (isWordChar(cp)) {
                token.appendCodePoint(cp);
            } else if (token.length() > 0) {
                out.add(token.toString());
                token.setLength(0);
            }
        });
        if (token.length() > 0) {
            out.add(token.toString());
        }
        return out;
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        int n = 4;
        for (int i = 0; i < Math.max(1, tokens.size() - n + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + n));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Adds one page; returns its (tp, fp, fn) normalised to sum to 1. */
    double[] add(String truth, String prediction) {
        Map<List<String>, Integer> t = shingles(truth == null ? "" : truth);
        Map<List<String>, Integer> p = shingles(prediction == null ? "" : prediction);
        Set<List<String>> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> key : keys) {
            int tc = t.getOrDefault(key, 0);
            int pc = p.getOrDefault(key, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double sum = tp + fp + fn;
        double[] row = sum > 0 ? new double[] {tp / sum, fp / sum, fn / sum} : new double[] {tp, fp, fn};
        rows.add(row);
        return row;
    }

    static double precision(double[] r) {
        if (r[1] == 0 && r[2] == 0) {
            return 1;
        }
        return r[0] == 0 && r[1] == 0 ? 0 : r[0] / (r[0] + r[1]);
    }

    static double recall(double[] r) {
        if (r[1] == 0 && r[2] == 0) {
            return 1;
        }
        return r[0] == 0 && r[2] == 0 ? 0 : r[0] / (r[0] + r[2]);
    }

    double precision() {
        return rows.stream()
                .filter(r -> r[0] + r[1] > 0)
                .mapToDouble(AebScore::precision)
                .average()
                .orElse(0);
    }

    double recall() {
        return rows.stream()
                .filter(r -> r[0] + r[2] > 0)
                .mapToDouble(AebScore::recall)
                .average()
                .orElse(0);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
