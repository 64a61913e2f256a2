package dev.lede.core.parse.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A small JSON (RFC 8259) reader, for JSON Feed and JSON-LD. Objects become {@code Map<String, Object>}, arrays
 * {@code List<Object>}, numbers {@code Double}, plus {@code String}, {@code Boolean} and null. It is
 * lenient about damage: containers are attached to their parent before they are filled, so when the
 * text breaks off (a truncated download) everything read up to that point is kept, with the error.
 */
public final class JsonReader {

    /**
     * The value read (possibly partial) and a one-line error, or null when the text was valid JSON; {@code whole}
     * when the value was read to its end (an error, if any, is in what follows it).
     */
    public record Result(Object value, String error, boolean whole) {}

    private static final int MAX_DEPTH = 256;

    private final String text;
    private int pos;
    private int depth;
    private Object root;

    private JsonReader(String text) {
        this.text = text;
    }

    public static Result read(String text) {
        JsonReader reader = new JsonReader(text);
        try {
            reader.value(value -> reader.root = value);
        } catch (JsonError e) {
            return new Result(reader.root, e.getMessage(), false);
        }
        reader.skipSpace();
        if (reader.pos < text.length()) {
            return new Result(
                    reader.root,
                    reader.error("unexpected text after the JSON value").getMessage(),
                    true);
        }
        return new Result(reader.root, null, true);
    }

    /** Reads one value and hands it to {@code attach}; containers are attached before their contents. */
    private void value(Consumer<Object> attach) {
        skipSpace();
        if (pos >= text.length()) {
            throw error("unexpected end of text");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{' -> object(attach);
            case '[' -> array(attach);
            case '"' -> attach.accept(string());
            case 't' -> attach.accept(literal("true", Boolean.TRUE));
            case 'f' -> attach.accept(literal("false", Boolean.FALSE));
            case 'n' -> attach.accept(literal("null", null));
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    attach.accept(number());
                } else {
                    throw error("unexpected character '" + c + "'");
                }
            }
        }
    }

    private void object(Consumer<Object> attach) {
        Map<String, Object> map = new LinkedHashMap<>();
        attach.accept(map);
        enter();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            depth--;
            return;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a member name");
            }
            String key = string();
            skipSpace();
            expect(':');
            value(v -> map.put(key, v));
            skipSpace();
            char next = peek();
            if (next != ',' && next != '}') {
                throw error("expected ',' or '}'");
            }
            pos++;
            if (next == '}') {
                depth--;
                return;
            }
        }
    }

    private void array(Consumer<Object> attach) {
        List<Object> list = new ArrayList<>();
        attach.accept(list);
        enter();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            depth--;
            return;
        }
        while (true) {
            value(list::add);
            skipSpace();
            char next = peek();
            if (next != ',' && next != ']') {
                throw error("expected ',' or ']'");
            }
            pos++;
            if (next == ']') {
                depth--;
                return;
            }
        }
    }

    private String string() {
        pos++;
        StringBuilder out = new StringBuilder();
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
            char escaped = text.charAt(pos++);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(unicodeEscape());
                default -> throw error("bad escape \\" + escaped);
            }
        }
        throw error("unterminated string");
    }

    private char unicodeEscape() {
        if (pos + 4 > text.length()) {
            throw error("unterminated \\u escape");
        }
        try {
            char c = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
            pos += 4;
            return c;
        } catch (NumberFormatException e) {
            throw error("bad \\u escape");
        }
    }

    private Double number() {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        try {
            return Double.valueOf(text.substring(start, pos));
        } catch (NumberFormatException e) {
            throw error("bad number");
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected character '" + text.charAt(pos) + "'");
        }
        pos += word.length();
        return value;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        if (pos >= text.length()) {
            throw error("unexpected end of text");
        }
        return text.charAt(pos);
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private JsonError error(String message) {
        return new JsonError(message + " at character " + (pos + 1));
    }

    /** Ends reading at the first damage; never leaves this class. */
    private static final class JsonError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JsonError(String message) {
            super(message, null, false, false);
        }
    }
}
