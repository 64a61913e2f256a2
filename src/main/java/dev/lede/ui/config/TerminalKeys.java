package dev.lede.ui.config;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which written keys a terminal can send so that lede tells them apart. A terminal sends Ctrl with a letter
 * as one control byte, and five of those bytes are also other keys' (Backspace, Tab, Enter twice, Esc);
 * Ctrl or Shift with any other character has no byte of its own (Ctrl with space \ ] ^ _ aside), and Enter,
 * Tab, Backspace, Esc, Delete and Insert arrive the same with a modifier or without. A binding of such a
 * key would do nothing, so the config refuses it and says why.
 */
final class TerminalKeys {

    private static final Pattern MODIFIED = Pattern.compile("<((?:[cas]-)+)(.+)>");
    private static final Set<String> SAME_WITH_MODIFIERS = Set.of("enter", "tab", "bs", "esc", "del", "ins");
    private static final String CONTROL_SYMBOLS = " \\]^_";

    private TerminalKeys() {}

    /** Why no terminal sends {@code key} as a key of its own (a key {@link WrittenKeys#isKey} accepts); empty when one does. */
    static Optional<String> unsent(String key) {
        Matcher matcher = MODIFIED.matcher(key);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String modifiers = matcher.group(1);
        String base = matcher.group(2);
        boolean ctrl = modifiers.contains("c-");
        boolean shift = modifiers.contains("s-");
        if (base.equals("tab") && modifiers.equals("s-")) {
            return Optional.empty(); // Shift-Tab has its own sequence
        }
        if (SAME_WITH_MODIFIERS.contains(base) || base.equals("space") && shift) {
            return Optional.of(nothingOwn(key));
        }
        if (base.codePointCount(0, base.length()) != 1) {
            return Optional.empty(); // arrows, pages, Home, End, F-keys: sent with each modifier
        }
        if (shift) {
            return Optional.of(nothingOwn(key)); // Shift with a character types another character
        }
        if (ctrl) {
            char c = base.charAt(0);
            String same = switch (c) {
                case 'h' -> "<bs>";
                case 'i' -> "<tab>";
                case 'j', 'm' -> "<enter>";
                case '[' -> "<esc>";
                default -> null;
            };
            if (same != null) {
                return Optional.of(ConfigParser.quoted(key) + " reaches lede as " + same
                        + ": a terminal sends the same byte for both");
            }
            if (!(c >= 'a' && c <= 'z') && CONTROL_SYMBOLS.indexOf(c) < 0) {
                return Optional.of(nothingOwn(key));
            }
        }
        return Optional.empty();
    }

    private static String nothingOwn(String key) {
        return "a terminal sends no key of its own for " + ConfigParser.quoted(key);
    }
}
