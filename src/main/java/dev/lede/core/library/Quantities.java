package dev.lede.core.library;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a text counts: each count with the words it counts right after it, in one clause, up to a stop word ("after 8
 * seasons", "a 52-date world tour", "four branch libraries"). A rewrite keeps a story's numbers with what they count,
 * so a related headline whose count its candidate gives other things, while it counts the line's things otherwise,
 * is another story, though the candidate holds the number too: "after 11 seasons" is not the show that ended "after 8
 * seasons after 11 years". Both must hold: an article counts a 17-year-old and names a victim "Callum Restarick, 19",
 * and a line's "19-year-old dies" is that victim. A count standing apart (between commas, before "of") counts
 * nothing, nor does one after a capitalised word, which is part of a name ("Tallis Nova 7 phones", "Route 66").
 */
final class Quantities {

    /**
     * Where a clause ends: a comma or colon not inside a number ("11,000", "3:40"), another stop, a bracket, a double
     * quote, a spaced dash, a sentence's full stop.
     */
    private static final Pattern CLAUSES = Pattern.compile("[,:](?!\\d)|[;!?()\\[\\]\"“”]|\\s[-–—]+\\s|\\.(?=\\s|$)");

    /** The most words a count is read to count: a headline's noun phrase ("52-date world tour"). */
    private static final int MOST_WORDS = 3;

    /** The words each count is given, once for each time it is written. */
    private final Map<String, List<Set<String>>> counted = new HashMap<>(0);

    private Quantities() {}

    /** The counts of {@code text}. */
    static Quantities of(String text) {
        Quantities quantities = new Quantities();
        for (String clause : CLAUSES.split(text)) {
            List<String> tokens = HeadlineTerms.foldedTokens(withoutNamesNumbers(clause));
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (!HeadlineTerms.isNumber(tokens.get(i))) {
                    continue;
                }
                Set<String> things = new HashSet<>(4);
                for (int j = i + 1; j < tokens.size() && j <= i + MOST_WORDS; j++) {
                    String thing = HeadlineTerms.term(tokens.get(j));
                    // Words, not a number, a time's minutes ("3:40pm") or a stop word.
                    if (!Character.isLetter(thing.charAt(0)) || WordForms.isStopWord(thing)) {
                        break;
                    }
                    things.add(thing);
                }
                if (!things.isEmpty()) {
                    quantities
                            .counted
                            .computeIfAbsent(tokens.get(i), k -> new ArrayList<>(1))
                            .add(things);
                }
            }
        }
        return quantities;
    }

    /**
     * The clause without the numbers written after a capitalised word, as a name writes one ("Nova 7"). A walk over
     * the words split at single spaces (which String.split does without a regular expression), not a pattern with a
     * look-behind for the capital, which would be tried at every space of every line with a number.
     */
    private static String withoutNamesNumbers(String clause) {
        StringBuilder out = new StringBuilder(clause.length());
        String previous = "";
        for (String word : clause.split(" ")) {
            boolean ofName = !word.isEmpty()
                    && Character.isDigit(word.charAt(0))
                    && !previous.isEmpty()
                    && Character.isUpperCase(previous.charAt(0));
            if (!ofName) {
                out.append(word).append(' ');
            }
            previous = word;
        }
        return out.toString();
    }

    /** Whether the text gives one of the counts to something: if not, no line with those counts disagrees. */
    boolean counts(List<String> counts) {
        for (String count : counts) {
            if (counted.containsKey(count)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code other} gives one of this text's counts only to other things and counts some of that count's
     * things here otherwise: "11 seasons" against "8 seasons … 11 years".
     */
    boolean disagreeWith(Quantities other) {
        for (Map.Entry<String, List<Set<String>>> count : counted.entrySet()) {
            List<Set<String>> theirs = other.counted.get(count.getKey());
            if (theirs == null) {
                continue;
            }
            for (Set<String> things : count.getValue()) {
                if (noneShare(theirs, things) && other.countsOtherwise(count.getKey(), things)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a count other than {@code count} is given one of the things. */
    private boolean countsOtherwise(String count, Set<String> things) {
        for (Map.Entry<String, List<Set<String>>> other : counted.entrySet()) {
            if (!other.getKey().equals(count) && !noneShare(other.getValue(), things)) {
                return true;
            }
        }
        return false;
    }

    private static boolean noneShare(List<Set<String>> phrases, Set<String> things) {
        for (Set<String> phrase : phrases) {
            if (!Collections.disjoint(phrase, things)) {
                return false;
            }
        }
        return true;
    }
}
