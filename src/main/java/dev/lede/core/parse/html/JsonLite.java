package dev.lede.core.parse.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small lenient JSON reader for JSON-LD blocks: objects become {@link Map}s, arrays {@link List}s,
 * strings {@link String}s, numbers and literals their text. Nesting deeper than {@link #MAX_DEPTH}
 * or malformed input gives {@link Optional#empty()}, never an exception or a stack overflow.
 */
final class JsonLite {

    /** JSON-LD never needs more; the cap keeps the recursive descent far from the stack limit. */
    static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;

    private JsonLite(String text) {
        this.text = text;
    }

    /** The value in {@code text}, or empty when it is not readable JSON. */
    static Optional<Object> parse(String text) {
        JsonLite reader = new JsonLite(text);
        try {
            Object value = reader.value(0);
            return Optional.ofNullable(value);
        } catch (Malformed e) {
            return Optional.empty();
        }
    }

    /** Signals malformed input; caught in {@link #parse}, never leaves this class. */
    private static final class Malformed extends Exception {
        Malformed() {
            super(null, null, false, false);
        }
    }

    private Object value(int depth) throws Malformed {
        if (depth > MAX_DEPTH) {
            throw new Malformed();
        }
        skipSpace();
        if (pos >= text.length()) {
            throw new Malformed();
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            default:
                return literal();
        }
    }

    private Map<String, Object> object(int depth) throws Malformed {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw new Malformed();
            }
            String key = string();
            skipSpace();
            if (peek() != ':') {
                throw new Malformed();
            }
            pos++;
            Object value = value(depth + 1);
            map.putIfAbsent(key, value);
            skipSpace();
            char c = peek();
            pos++;
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                throw new Malformed();
            }
            skipSpace();
            if (peek() == '}') { // trailing comma, common in hand-written JSON-LD
                pos++;
                return map;
            }
        }
    }

    private List<Object> array(int depth) throws Malformed {
        List<Object> list = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            list.add(value(depth + 1));
            skipSpace();
            char c = peek();
            pos++;
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                throw new Malformed();
            }
            skipSpace();
            if (peek() == ']') {
                pos++;
                return list;
            }
        }
    }

    private String string() throws Malformed {
        StringBuilder out = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw new Malformed();
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw new Malformed();
                    }
                    pos += 4;
                }
                default -> out.append(e);
            }
        }
        throw new Malformed();
    }

    private String literal() throws Malformed {
        int start = pos;
        while (pos < text.length() && ",}] \t\r\n".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        if (pos == start) {
            throw new Malformed();
        }
        String word = text.substring(start, pos);
        return "null".equals(word) ? null : word;
    }

    private char peek() throws Malformed {
        if (pos >= text.length()) {
            throw new Malformed();
        }
        return text.charAt(pos);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
