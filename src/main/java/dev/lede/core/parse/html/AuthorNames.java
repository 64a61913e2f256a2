package dev.lede.core.parse.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Author names a feed states, cleaned as a page's byline is: "By", e-mail addresses, handles and glyphs go, and a
 * value that names nobody (an address alone, a link, "admin") is no author. A feed's author element says what it
 * holds, so a name the page rules would refuse for a word that on a page marks navigation ("Home Office",
 * "Search Engine Desk", "Example author") is still a name.
 */
public final class AuthorNames {

    private static final Pattern EMAIL = Pattern.compile("<?\\S+@\\S+\\.[^\\s>)]+>?");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*]|<\\s*>");
    private static final Pattern BY = Pattern.compile("^by\\s+", Pattern.CASE_INSENSITIVE);
    /** What a feed's software writes where nobody was named: a role or account, not a person or desk. */
    private static final Pattern NOBODY = Pattern.compile(
            "(?:the\\s+)?(?:site\\s+)?(?:admin|administrator|author|authors|editor|webmaster|root|user|guest|unknown"
                    + "|anonymous|none|null|n/a)",
            Pattern.CASE_INSENSITIVE);

    /**
     * A name whose first word is also "by" in another language (Italian "Di", German "Von", French "De"...) followed by
     * one word: "Di Zhang", "Von Miller", "De Niro" are names, not "by" and a surname (a label is followed by a whole
     * name: "Von Anna Schmidt").
     */
    private static final Pattern BY_WORD_NAME = Pattern.compile("(?i:de|di|von|par|por|door)\\s+\\p{Lu}[\\p{L}.'’-]*");

    private static final int MAX_NAME = 100;
    private static final int MAX_NAME_WORDS = 10;

    private AuthorNames() {}

    /** The names of a ", "-joined list, each cleaned; null when none is left. */
    public static String clean(String joined) {
        if (joined == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String part : joined.split(",\\s+")) {
            String name = BY_WORD_NAME.matcher(part.strip()).matches() ? null : BylineChoice.clean(part);
            if (name == null) {
                name = stated(part);
            }
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** A name the feed states, which the page rules refused: kept unless it is no name at all. */
    private static String stated(String part) {
        String line = HtmlText.line(EMAIL.matcher(HtmlText.line(part)).replaceAll(" "));
        line = HtmlText.line(EMPTY_BRACKETS.matcher(line).replaceAll(" "));
        line = BY.matcher(line).replaceFirst("").strip();
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        if (line.isEmpty()
                || line.length() > MAX_NAME
                || HtmlText.words(line) > MAX_NAME_WORDS
                || !line.matches(".*\\p{L}.*")
                || lower.startsWith("http")
                || lower.startsWith("//")
                || lower.contains("://")
                || lower.startsWith("www.")
                || NOBODY.matcher(line).matches()
                || DateText.find(line) != null) {
            return null;
        }
        return line;
    }
}
