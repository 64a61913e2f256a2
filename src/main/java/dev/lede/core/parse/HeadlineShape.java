package dev.lede.core.parse;

import dev.lede.core.text.Graphemes;
import java.util.Set;

/**
 * Tells a line that reads like a headline from a line of prose (README, "Formats": implicit related
 * headlines): short, starts like a title, and does not end a sentence. Closing quotes and brackets are
 * looked through, so {@code it.”} ends a sentence while {@code 'Blade of Grass'} does not.
 */
public final class HeadlineShape {

    /** Longer lines are prose. */
    public static final int MAX_CHARS = 160;
    /**
     * More words than this is prose. Related lines may be another article's whole lede without its
     * period (the bundled samples reach 26 words in 145 chars), so the bound is generous.
     */
    public static final int MAX_WORDS = 30;

    private static final String CLOSERS = "\"')]}»›”’」』";
    private static final String OPENERS = "\"'([{«‹“‘„¿¡「『*-•";
    private static final String SENTENCE_END = ".!?…;:";

    private static final Set<String> JOINING_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by", "from",
            "as", "that", "which", "who", "whose", "is", "are", "was", "were", "be", "been", "has", "have", "had",
            "its", "their", "his", "her", "our", "after", "before", "into", "onto", "over", "under", "than", "about",
            "because", "while", "when", "where", "if", "this", "these", "those");

    private HeadlineShape() {}

    /** A headline: short, starts like a title, no sentence-final punctuation at the end. */
    public static boolean isHeadline(String line) {
        return isShort(line)
                && startsLikeTitle(line)
                && lastSignificant(line) != 0
                && SENTENCE_END.indexOf(lastSignificant(line)) < 0;
    }

    /**
     * A headline made of a paragraph that serves as one (a plain-text article's lede): the paragraph when it is no
     * longer than a headline ({@value #MAX_CHARS} characters), else its first words up to that length and
     * {@code …}, cut inside a word only when the first word alone is longer (a run of CJK text, an address). One
     * rule for the list, {@code lede list}, the reader's title and the export, so none prints a megabyte as a
     * headline; the paragraph itself is left whole in the text.
     */
    public static String fromParagraph(String paragraph) {
        if (paragraph.codePointCount(0, paragraph.length()) <= MAX_CHARS) {
            return paragraph; // as it is: the reader knows the lede by being equal to the headline
        }
        String text = paragraph.strip();
        int end = 0;
        int lastSpace = -1;
        // Counted in clusters: an accent or an emoji sequence is never cut from its letter.
        for (int clusters = 0; clusters < MAX_CHARS - 1 && end < text.length(); clusters++) {
            if (Character.isWhitespace(text.codePointAt(end))) {
                lastSpace = end;
            }
            end = Graphemes.nextBoundary(text, end);
        }
        boolean wordEnds = end < text.length() && Character.isWhitespace(text.codePointAt(end));
        int cut = wordEnds || lastSpace <= 0 ? end : lastSpace;
        return text.substring(0, cut).stripTrailing() + "…";
    }

    /** A short question, which reads as a headline only among other headlines. */
    public static boolean isQuestionHeadline(String line) {
        return isShort(line) && startsLikeTitle(line) && lastSignificant(line) == '?';
    }

    /** Whether the line ends with sentence-final punctuation, closing quotes and brackets looked through. */
    public static boolean endsSentence(String line) {
        char last = lastSignificant(line);
        return last != 0 && SENTENCE_END.indexOf(last) >= 0;
    }

    /**
     * Whether the line ends with a word that joins it to the next one ("the", "of", "and"…): inside a
     * blank-line-separated paragraph that marks hard-wrapped prose, not a list of headlines.
     */
    public static boolean endsWithJoiningWord(String line) {
        String text = line.strip();
        int start = text.length();
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == text.length() || start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            return false;
        }
        // Case matters: prose wraps on a lower-case "a"; "Plan A" is a headline.
        return JOINING_WORDS.contains(text.substring(start));
    }

    private static boolean isShort(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.codePointCount(0, text.length()) > MAX_CHARS) {
            return false;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words <= MAX_WORDS;
    }

    /** The first letter or digit is not lower case (uncased scripts pass). */
    private static boolean startsLikeTitle(String line) {
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return !Character.isLowerCase(cp);
            }
            if (!Character.isWhitespace(cp) && OPENERS.indexOf(cp) < 0) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** The last character that is not space, a closing quote or a closing bracket; 0 if none. */
    private static char lastSignificant(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c) && CLOSERS.indexOf(c) < 0) {
                return c;
            }
        }
        return 0;
    }
}
