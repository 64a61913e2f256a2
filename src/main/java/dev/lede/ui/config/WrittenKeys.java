package dev.lede.ui.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a configuration writes a key ({@code bind KEY ACTION}, {@code unbind KEY}): vi notation. */
final class WrittenKeys {

    private static final Set<String> NAMED_KEYS = Set.of(
            "enter", "esc", "tab", "bs", "del", "ins", "up", "down", "left", "right", "pgup", "pgdn", "home", "end",
            "space");
    private static final Pattern MODIFIED = Pattern.compile("<((?:[cas]-)*)([a-z0-9]+|[\\p{Graph}&&[^<>]])>");
    private static final Pattern WRITTEN_MODIFIED = Pattern.compile("<((?:[casCAS]-)*)([^<>]+)>");
    private static final Pattern FUNCTION = Pattern.compile("f([1-9]|1[0-9])");

    private WrittenKeys() {}

    /**
     * A key as the terminal's keys are named ({@code tui/KeyStrokes}): modifiers in lower case and in the order
     * c-, a-, s-, a named key in lower case ({@code <C-x>}, {@code <F2>}, {@code <a-c-x>} are {@code <c-x>},
     * {@code <f2>}, {@code <c-a-x>}; written otherwise they were taken and never matched a key); null when a
     * modifier is written twice. A single character keeps its case: {@code <a-X>} is not {@code <a-x>}.
     */
    static String canonical(String written) {
        Matcher matcher = WRITTEN_MODIFIED.matcher(written);
        if (!matcher.matches()) {
            return written;
        }
        String modifiers = matcher.group(1).toLowerCase(Locale.ROOT);
        String base = matcher.group(2);
        StringBuilder name = new StringBuilder("<");
        for (String modifier : List.of("c-", "a-", "s-")) {
            int count = (modifiers.length() - modifiers.replace(modifier, "").length()) / 2;
            if (count > 1) {
                return null;
            }
            name.append(count == 1 ? modifier : "");
        }
        boolean named = base.codePointCount(0, base.length()) > 1;
        return name.append(named ? base.toLowerCase(Locale.ROOT) : base)
                .append('>')
                .toString();
    }

    /** A key in vi notation: one visible character, or a name in angle brackets with c-, a-, s- modifiers. */
    static boolean isKey(String name) {
        if (name.codePointCount(0, name.length()) == 1) {
            int cp = name.codePointAt(0);
            return !Character.isISOControl(cp) && !Character.isWhitespace(cp);
        }
        var matcher = MODIFIED.matcher(name);
        if (!matcher.matches()) {
            return false;
        }
        String base = matcher.group(2);
        boolean modified = !matcher.group(1).isEmpty();
        return NAMED_KEYS.contains(base) || FUNCTION.matcher(base).matches() || (modified && base.length() == 1);
    }
}
