// Over 300 lines: the number and ordinal words' tables are a third of it, and every rule of how a headline writes a
// number belongs with them.
package dev.lede.core.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The terms the headline matcher compares: light stems with numbers written as digits ("forty",
 * "40" and "eleven thousand", "11,000" agree). Used alike for headlines, ledes and related lines, so
 * both sides of a comparison speak the same vocabulary. There is no list of synonyms or framing words of
 * our own: such lists end up chosen to fit the misses of the text they were tried on. How much a word
 * says comes from how rare it is in the library, and which words mean the same from WordNet, a published
 * resource (see {@link HeadlineMatcher}, {@link WordNet}).
 */
final class HeadlineTerms {

    /** Money as headlines abbreviate it: "£14m", "$3bn", "$2.1 bln" (the wires' spelling). */
    private static final Pattern MONEY = Pattern.compile("([£$€])\\s?(\\d[\\d,.]*)\\s?(bn|bln|mln|m|k)\\b");

    /**
     * A count with its unit or scale joined on ("90mph", "41C", "210k", "5.25pc", "1.3m"): the number and the
     * unit are two words, as "90 mph" writes them, so the number agrees with the same count written apart. Not
     * an ordinal ("48th"), a decade ("1990s") or a time of day ("9am"), which keep their own readings.
     */
    private static final Pattern JOINED_UNIT = Pattern.compile(
            "(?<![\\p{L}\\d.,])(\\d{1,9}(?:\\.\\d{1,6})?)(?!(?i:st|nd|rd|th|s|am|pm)(?![\\p{L}\\d]))(\\p{L}{1,5})(?![\\p{L}\\d])");

    /** "12%" is "12 percent", as "12 per cent" and "twelve percent" are ({@link #spansInYears}). */
    private static final Pattern PERCENT = Pattern.compile("(?<=\\d)\\s?%");

    /**
     * A decimal ("5.25", "2.1" of "$2.1bn"): one number term, "5point25", so that "$1.2bn" and "$2.1bn" are two
     * numbers, not the same two digits in another order. A scale stays a word after it ("2point1 billion"), as
     * it was: "2.5m" may be metres or millions, and either way the number agrees. Not a time of day
     * ("3.40am"), whose hour and minutes stay two numbers as "3:40am" gives them.
     */
    private static final Pattern DECIMAL =
            Pattern.compile("(?<![\\d.])(\\d{1,9})\\.(\\d{1,6})(?!\\d|\\.\\d)(?!\\s?(?i:[ap]\\.?m)\\b)");

    /** A term {@link #DECIMAL} wrote. */
    private static final Pattern DECIMAL_TERM = Pattern.compile("\\d{1,9}point\\d{1,6}");

    /** The comma of "11,000" and "2,000m": the number is one token. */
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");

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
            Map.entry("ninety", 90),
            // "scored twice" is two goals
            Map.entry("twice", 2));

    /** Spans of years a headline counts in: "four decades" is 40 years. */
    private static final Map<String, Integer> YEAR_SPANS =
            Map.of("decade", 10, "decades", 10, "century", 100, "centuries", 100);

    private static final Map<String, Integer> ORDINAL_WORDS = Map.ofEntries(
            Map.entry("second", 2),
            Map.entry("third", 3),
            Map.entry("fourth", 4),
            Map.entry("fifth", 5),
            Map.entry("sixth", 6),
            Map.entry("seventh", 7),
            Map.entry("eighth", 8),
            Map.entry("ninth", 9),
            Map.entry("tenth", 10),
            Map.entry("eleventh", 11),
            Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13),
            Map.entry("fourteenth", 14),
            Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16),
            Map.entry("seventeenth", 17),
            Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19),
            Map.entry("twentieth", 20));

    private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(?:st|nd|rd|th)");

    private HeadlineTerms() {}

    /** A word of a text: as written (lower case, numbers folded) and its term. */
    record Word(String surface, String term) {}

    /** The text's terms in order, stop words dropped. */
    static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        for (Word word : words(text)) {
            out.add(word.term());
        }
        return out;
    }

    /** The text's words in order, with their terms, stop words dropped. */
    static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        for (String token : foldedTokens(text)) {
            String ordinal = ordinal(token);
            String stem = ordinal != null
                    ? ordinal
                    : isCountsPlural(token) ? token.substring(0, token.length() - 1) : WordForms.stem(token);
            if (!WordForms.isStopWord(stem)) {
                out.add(new Word(token, stem));
            }
        }
        return out;
    }

    /**
     * The text's tokens, stop words kept, as {@link #words} reads them: numbers folded to digits ("twenty six" →
     * "26"), spans of years counted, scales spelled out and currencies' names dropped after a count.
     */
    static List<String> foldedTokens(String text) {
        return unitsAfterCounts(spansInYears(numbersFolded(WordForms.tokens(
                prefixesAsPrepositions(withoutContractedNot(withoutPossessives(plainAbbreviations(text))))))));
    }

    /** Each distinct term of the text, with the word it was first written as. */
    static Map<String, String> firstSurfaces(String text) {
        Map<String, String> words = new LinkedHashMap<>();
        for (Word word : words(text)) {
            words.putIfAbsent(word.term(), word.surface());
        }
        return words;
    }

    /** The term of one token, as {@link #terms} would give it. */
    static String term(String token) {
        return WordForms.stem(token);
    }

    /** Whether a lower-case word as written is a count: digits or a number word ("3", "five", "eleven"). */
    static boolean isCount(String word) {
        return NUMBER_WORDS.containsKey(word) || isAsciiNumber(word);
    }

    /** Whether a term is a number ("40", "11000", a decimal's "5point25"): a rewrite keeps a story's numbers. */
    static boolean isNumber(String term) {
        return !term.isEmpty()
                && (isAsciiNumber(term)
                        || startsWithDigit(term) && DECIMAL_TERM.matcher(term).matches());
    }

    /**
     * Whether a token is a count in the plural, an age group or a decade ("over-65s", "the 60s"): the count, as the
     * stemmer already reads a longer one ("1990s" → "1990"), so another group ("under-25s") is another number.
     */
    private static boolean isCountsPlural(String token) {
        int n = token.length();
        return n >= 2 && n <= 4 && token.charAt(n - 1) == 's' && isAsciiNumber(token.substring(0, n - 1));
    }

    /** Whether a term is an ordinal from "2nd" on ("third" and "3rd" are both "3rd"): a count a rewrite keeps. */
    static boolean isOrdinal(String term) {
        return startsWithDigit(term) && ORDINAL.matcher(term).matches();
    }

    /**
     * The count each ordinal among an article's terms also says ("4th" → "4"): a place in a sequence is written
     * either way, "a fourth season" or "season four" (a count after its noun labels the place), so a line
     * writing the count finds the article writing the ordinal. Only for an article's terms: a line's ordinal
     * still asks for the ordinal. Not for an ordinal the article writes as a name ({@link HeadlineNames#namesInside}:
     * "the end of Second Chances"), which counts nothing: "after two seasons" is not that show's.
     */
    static List<String> countsOfOrdinals(Collection<String> terms) {
        List<String> counts = new ArrayList<>(0);
        for (String term : terms) {
            if (isOrdinal(term) && !writtenAsName(term, terms)) {
                counts.add(term.substring(0, term.length() - 2));
            }
        }
        return counts;
    }

    /** Whether the terms mark the ordinal, spelled out, as a word their text writes as a name. */
    private static boolean writtenAsName(String ordinal, Collection<String> terms) {
        for (Map.Entry<String, Integer> word : ORDINAL_WORDS.entrySet()) {
            if (ordinal.equals(word.getValue() + suffix(word.getValue()))
                    && terms.contains(HeadlineNames.asName(term(word.getKey())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What every {@link #ORDINAL} starts with: asked first, it spares most words a matcher (a first
     * {@code lede list} asks it of every word of every headline it adds or resolves against).
     */
    private static boolean startsWithDigit(String word) {
        return !word.isEmpty() && word.charAt(0) >= '0' && word.charAt(0) <= '9';
    }

    /**
     * The ordinal a token writes ("third", "3rd" → "3rd"), or null. "first" stays a word: headlines use it
     * for a debut or a record ("for the first time") far more than as a count.
     */
    private static String ordinal(String token) {
        Integer word = ORDINAL_WORDS.get(token);
        if (word != null) {
            return word + suffix(word);
        }
        if (token.length() > 2
                && startsWithDigit(token)
                && ORDINAL.matcher(token).matches()) {
            long n = Long.parseLong(token.substring(0, token.length() - 2));
            return n >= 2 && n < 1_000 ? n + suffix(n) : null;
        }
        return null;
    }

    private static String suffix(long n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "th";
        }
        return switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /**
     * The text without possessive endings ("Bassi's" → "Bassi"): the ending is not part of the word, whose
     * stem would keep the s of "bassis". A scan, not a regular expression: every lede passes here.
     */
    private static String withoutPossessives(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '\'' || c == '’')
                    && text.charAt(i + 1) == 's'
                    && Character.isLetter(text.charAt(i - 1))
                    && (i + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, i);
                copied = i + 2;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * The text with each negative contraction read as the "not" it holds ("won't" → "not", "doesn't" → "not"): its
     * auxiliary is a function word, and without its apostrophe it would read as another word ("wont", "cant"). A scan,
     * as {@link #withoutPossessives} is.
     */
    static String withoutContractedNot(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 2; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '\'' || c == '’')
                    && (text.charAt(i - 1) == 'n' || text.charAt(i - 1) == 'N')
                    && (text.charAt(i + 1) == 't' || text.charAt(i + 1) == 'T')
                    && Character.isLetter(text.charAt(i - 2))
                    && (i + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                int start = i - 1;
                while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                    start--;
                }
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, start).append("not");
                copied = i + 2;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * The text with the prefixes English uses as prepositions, joined by a hyphen to the word they govern, written as
     * those prepositions: "post-war" is "after war", "pre-season" "before season", as a lede writes "life after
     * Outpost" where a headline writes "post-Outpost life". Without it "post" is a word of its own, a rare one, and a
     * verb ("to post"). A scan, as {@link #withoutPossessives} is.
     */
    static String prefixesAsPrepositions(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            String preposition = text.regionMatches(true, i, "post-", 0, 5)
                    ? "after "
                    : text.regionMatches(true, i, "pre-", 0, 4) ? "before " : null;
            int end = preposition == null ? -1 : i + (preposition.equals("after ") ? 5 : 4);
            if (end > 0 && end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                out = out == null ? new StringBuilder(text.length() + 8) : out;
                out.append(text, copied, i).append(preposition);
                copied = end;
                i = end - 1;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static String plainAbbreviations(String text) {
        if (!hasDigit(text)) {
            return text; // every pattern below needs a digit
        }
        String out = text.indexOf(',') >= 0 ? THOUSANDS.matcher(text).replaceAll("") : text;
        out = MONEY.matcher(out).replaceAll(m -> m.group(2) + " " + scale(m.group(3)));
        out = out.indexOf('%') >= 0 ? PERCENT.matcher(out).replaceAll(" percent") : out;
        out = JOINED_UNIT.matcher(out).replaceAll(m -> (m.group(1) + " " + unit(m.group(2))).stripTrailing());
        return out.indexOf('.') >= 0 ? DECIMAL.matcher(out).replaceAll("$1point$2") : out;
    }

    /** The word a money scale abbreviates: "bn" and the wires' "bln" a billion, "m" and "mln" a million, "k" a thousand. */
    private static String scale(String abbreviation) {
        return switch (abbreviation) {
            case "bn", "bln" -> "billion";
            case "m", "mln" -> "million";
            default -> "thousand";
        };
    }

    /**
     * The word a unit joined to a count stands for where headlines abbreviate it ("km" kilometres, "pc" percent,
     * "bn" billion), itself otherwise ("mph"); none for "m", which is metres or millions ("a 400m race", "1.3m
     * claimants"): the number alone agrees with either written out.
     */
    private static String unit(String written) {
        String unit = written.toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "km" -> "kilometres";
            case "pc" -> "percent";
            case "bn", "bln", "mln", "k" -> scale(unit);
            case "m" -> "";
            default -> unit;
        };
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

    /**
     * A count of decades or centuries becomes years: "four decades" → "40 years", as "40 years" reads; and
     * "per cent" is one word, "percent".
     */
    private static List<String> spansInYears(List<String> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String count = tokens.get(i);
            if (count.equals("per") && tokens.get(i + 1).equals("cent")) {
                tokens.set(i, "percent");
                tokens.remove(i + 1);
                continue;
            }
            if (!startsWithDigit(count)) {
                continue; // most words: no look-up
            }
            Integer span = YEAR_SPANS.get(tokens.get(i + 1));
            if (span != null && isAsciiNumber(count) && count.length() <= 9) {
                tokens.set(i, Long.toString(Long.parseLong(count) * span));
                tokens.set(i + 1, "years");
            }
        }
        return tokens;
    }

    /**
     * The names of the currencies whose signs a headline writes before a count (£, $, €, ¥), which the tokens drop
     * with the sign: "3 million pounds" says what "£3m" does, so the name after a count (or after its scale word)
     * goes as the sign went, and the count alone carries it.
     */
    private static final Set<String> CURRENCY_NAMES =
            Set.of("pound", "pounds", "dollar", "dollars", "euro", "euros", "yen");

    private static final Set<String> SCALE_WORDS = Set.of("thousand", "million", "billion", "trillion");

    /**
     * What follows a count: a scale the wires abbreviate apart from it ("500 mln") spelled out, as joined to it
     * ("500mln") it already is, and a currency's name dropped ({@link #CURRENCY_NAMES}).
     */
    private static List<String> unitsAfterCounts(List<String> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean scale = token.equals("bn") || token.equals("bln") || token.equals("mln");
            if (!scale && !CURRENCY_NAMES.contains(token)) {
                continue; // most words: two comparisons and a look-up
            }
            String before = tokens.get(i - 1);
            boolean afterCount = isNumber(before);
            if (scale && afterCount) {
                tokens.set(i, scale(token));
            } else if (!scale
                    && (afterCount || SCALE_WORDS.contains(before) && i >= 2 && isNumber(tokens.get(i - 2)))) {
                tokens.remove(i--);
            }
        }
        return tokens;
    }

    /** Runs of number words and digits become one digit token: "twenty six" → "26", "eleven thousand" → "11000". */
    private static List<String> numbersFolded(List<String> tokens) {
        List<String> out = new ArrayList<>();
        long total = 0;
        long current = 0;
        boolean inNumber = false;
        int run = 0;
        boolean spelled = false;
        boolean digitsLast = false;
        for (String token : tokens) {
            Integer word = NUMBER_WORDS.get(token);
            boolean digits = isAsciiNumber(token) && token.length() <= 12;
            // Digits end a run of number words, and a number word after digits begins another: "2029, three
            // years late" is two numbers, the comma gone with the tokens.
            if (inNumber && (digits || word != null && digitsLast)) {
                out.add(number(total + current, run == 1 && spelled));
                total = 0;
                current = 0;
                inNumber = false;
            }
            digitsLast = digits;
            boolean multiplier = inNumber && (token.equals("hundred") || token.equals("thousand"));
            if (word != null || digits || multiplier) {
                spelled = inNumber ? spelled : word != null;
                run = inNumber ? run + 1 : 1;
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
                out.add(number(total + current, run == 1 && spelled));
                total = 0;
                current = 0;
                inNumber = false;
            }
            out.add(token);
        }
        if (inNumber) {
            out.add(number(total + current, run == 1 && spelled));
        }
        return out;
    }

    /**
     * A folded number's token ({@code oneWord}: it was a single spelled word); "one" alone stays the word, as often "a" as a count ("in one weekend", "one
     * in five"), so it is weighed as a word and not required as a number.
     */
    private static String number(long value, boolean oneWord) {
        return value == 1 && oneWord ? "one" : Long.toString(value);
    }
}
