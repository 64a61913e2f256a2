package dev.lede.core.export;

import dev.lede.core.text.Sanitizer;

/** Minimal JSON string writing: quoting and escaping per RFC 8259 §7. */
final class Json {

    private Json() {}

    static void string(StringBuilder out, String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // Control characters; U+2028/2029, which break JavaScript readers of JSON Lines; and DEL,
                    // C1 (U+009B is a CSI to a terminal that takes C1 in UTF-8) and bidi controls, which a
                    // source's file name keeps and which would reach the terminal of `lede export` unescaped.
                    if (Sanitizer.removedFromLine(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
