package dev.lede.io.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A list of strings (nulls allowed) in one TEXT column: each as its length in chars, a colon and the
 * text, or {@code ~} for null. Used for the short lists an article carries (related headlines, problems),
 * which would otherwise cost a table, a join and a row each.
 */
final class Fields {

    private Fields() {}

    static String encode(List<String> fields) {
        if (fields.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String field : fields) {
            if (field == null) {
                out.append('~');
            } else {
                out.append(field.length()).append(':').append(field);
            }
        }
        return out.toString();
    }

    /** The fields of {@code text} (none for null); one that is not in this form is an {@link IllegalArgumentException}. */
    static List<String> decode(String text) {
        if (text == null || text.isEmpty()) {
            return Collections.emptyList();
        }
        List<String> fields = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            if (text.charAt(at) == '~') {
                fields.add(null);
                at++;
                continue;
            }
            int colon = text.indexOf(':', at);
            if (colon <= at || colon - at > 9) {
                throw new IllegalArgumentException("not a field list");
            }
            int length = Integer.parseInt(text, at, colon, 10);
            int end = colon + 1 + length;
            if (length < 0 || end > text.length()) {
                throw new IllegalArgumentException("not a field list");
            }
            fields.add(text.substring(colon + 1, end));
            at = end;
        }
        return fields;
    }
}
