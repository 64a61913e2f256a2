package dev.lede.core.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The terms the headline matcher compares: light stems with numbers written as digits ("forty",
 * "40" and "eleven thousand", "11,000" agree). Used alike for headlines, ledes and related lines, so
 * both sides of a comparison speak the same vocabulary. There is no list of synonyms or framing words:
 * such lists end up chosen to fit the misses of the text they were tried on, and how much a word says
 * comes from how rare it is in the library instead (see {@link HeadlineMatcher}).
 */
final class HeadlineTerms {

    /** Money and distances as headlines abbreviate them: "£14m", "$3bn", "200m". */
    private static final Pattern MONEY = Pattern.compile("([£$€])\\s?(\\d[\\d,.]*)\\s?(bn|m|k)\\b");

    private static final Pattern DISTANCE = Pattern.compile("\\b(\\d+(?:\\.\\d+)?)\\s?(km|m)\\b");
    /** The comma of "11,000": the number is one token. */
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}\\b)");

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    private HeadlineTerms() {}

    /** The text's terms in order, stop words dropped. */
    static List<String> terms(String text) {
        List<String> stems = new ArrayList<>();
        for (String token : numbersFolded(WordForms.tokens(plainAbbreviations(text)))) {
            stems.add(WordForms.stem(token));
        }
        List<String> out = new ArrayList<>();
        for (String stem : stems) {
            if (!WordForms.isStopWord(stem)) {
                out.add(stem);
            }
        }
        return out;
    }

    /** The term of one token, as {@link #terms} would give it. */
    static String term(String token) {
        return WordForms.stem(token);
    }

    /** Whether a term is a number ("40", "11000"): a rewrite keeps a story's numbers. */
    static boolean isNumber(String term) {
        return !term.isEmpty() && isAsciiNumber(term);
    }

    private static String plainAbbreviations(String text) {
        if (!hasDigit(text)) {
            return text; // every pattern below needs a digit
        }
        String out = text.indexOf(',') >= 0 ? THOUSANDS.matcher(text).replaceAll("") : text;
        out = MONEY.matcher(out)
                .replaceAll(m -> m.group(2)
                        + switch (m.group(3)) {
                            case "bn" -> " billion";
                            case "m" -> " million";
                            default -> " thousand";
                        });
        return DISTANCE.matcher(out)
                .replaceAll(m -> m.group(1) + (m.group(2).equals("km") ? " kilometres" : " metres"));
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiNumber(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Runs of number words and digits become one digit token: "twenty six" → "26", "eleven thousand" → "11000". */
    private static List<String> numbersFolded(List<String> tokens) {
        List<String> out = new ArrayList<>();
        long total = 0;
        long current = 0;
        boolean inNumber = false;
        for (String token : tokens) {
            Integer word = NUMBER_WORDS.get(token);
            boolean digits = isAsciiNumber(token) && token.length() <= 12;
            if (digits && inNumber) {
                out.add(Long.toString(total + current));
                total = 0;
                current = 0;
                inNumber = false;
            }
            boolean multiplier = inNumber && (token.equals("hundred") || token.equals("thousand"));
            if (word != null || digits || multiplier) {
                inNumber = true;
                if (word != null) {
                    current += word;
                } else if (digits) {
                    current += Long.parseLong(token);
                } else if (token.equals("hundred")) {
                    current *= 100;
                } else {
                    total += current * 1000;
                    current = 0;
                }
                continue;
            }
            if (inNumber) {
                out.add(Long.toString(total + current));
                total = 0;
                current = 0;
                inNumber = false;
            }
            out.add(token);
        }
        if (inNumber) {
            out.add(Long.toString(total + current));
        }
        return out;
    }
}
