package dev.lede.core.parse.html;

import dev.lede.core.parse.json.JsonReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;

/**
 * Parse.ly's older metadata: one {@code <meta name="parsely-page">} whose content is a JSON object with the
 * {@code title}, {@code pub_date} and {@code author} (or {@code authors}) its later separate tags carry. Text that is
 * not whole JSON is ignored.
 */
record ParselyPage(String title, String author, String published) {

    private static final ParselyPage NONE = new ParselyPage(null, null, null);

    static ParselyPage of(Document doc) {
        String content = HtmlMetadata.meta(doc, "parsely-page");
        if (content == null) {
            return NONE;
        }
        JsonReader.Result read = JsonReader.read(content);
        if (read.error() != null || !(read.value() instanceof Map<?, ?> map)) {
            return NONE;
        }
        return new ParselyPage(text(map.get("title")), authors(map), text(map.get("pub_date")));
    }

    private static String authors(Map<?, ?> map) {
        List<String> names = new ArrayList<>();
        for (Object value : new Object[] {map.get("author"), map.get("authors")}) {
            if (value instanceof List<?> list) {
                list.forEach(name -> add(names, text(name)));
            } else {
                add(names, text(value));
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static void add(List<String> names, String name) {
        if (name != null && !names.contains(name)) {
            names.add(name);
        }
    }

    private static String text(Object value) {
        return value instanceof String s && !s.isBlank() ? s.strip() : null;
    }
}
