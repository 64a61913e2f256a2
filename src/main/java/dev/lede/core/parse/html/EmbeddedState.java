// Over 250 lines: two script states (Next.js, Arc XP) and the search for the story in them.
package dev.lede.core.parse.html;

import dev.lede.core.parse.json.JsonReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The article in the state a page's script renders it from: Next.js's {@code <script id="__NEXT_DATA__">} and Arc
 * XP's {@code Fusion.globalContent = {…}}. A page rendered in the reader's browser may state its headline, date,
 * byline or even its text nowhere else; the parser reads these only when the markup and JSON-LD give nothing.
 * The story is found by the names publishing systems give its fields, not by one system's layout: the first
 * object (breadth-first) with a headline or title and a publication date; each field is null when absent.
 */
record EmbeddedState(String headline, String byline, String published, String bodyHtml) {

    static final EmbeddedState NONE = new EmbeddedState(null, null, null, null);

    /** Enough for any story's state; a page's whole store can hold tens of thousands of values. */
    private static final int MAX_VISITED = 50_000;
    /** Publication-date keys, most specific first, compared as {@link #key} writes them. */
    private static final List<String> DATE_KEYS =
            List.of("datepublished", "publishdate", "publisheddate", "firstpublishdate", "publishedat", "displaydate");

    private static final Set<String> TITLE_KEYS = Set.of("headline", "headlines", "title");
    /** A body's blocks as Arc XP's ANS and similar formats type them; pictures, videos and ads are left out. */
    private static final Set<String> TEXT_TYPES = Set.of("text", "paragraph", "header", "heading", "list", "quote");

    private static final String FUSION = "Fusion.globalContent";

    /** The story in {@code doc}'s script state, or {@link #NONE}. */
    static EmbeddedState find(Document doc) {
        for (Object root : roots(doc)) {
            Map<?, ?> story = story(root);
            if (story != null) {
                return new EmbeddedState(headline(story), byline(story), published(story), body(story));
            }
        }
        return NONE;
    }

    private static List<Object> roots(Document doc) {
        List<Object> roots = new ArrayList<>();
        Element next = doc.getElementById("__NEXT_DATA__");
        if (next != null && next.normalName().equals("script")) {
            add(roots, next.data());
        }
        for (Element script : doc.getElementsByTag("script")) {
            String data = script.data();
            // The name also begins others (Fusion.globalContentConfig): the one assigned an object is the story.
            for (int at = data.indexOf(FUSION); at >= 0; at = data.indexOf(FUSION, at + 1)) {
                int open = data.indexOf('{', at + FUSION.length());
                if (open > 0
                        && data.substring(at + FUSION.length(), open).strip().equals("=")) {
                    add(roots, data.substring(open, objectEnd(data, open)));
                    break;
                }
            }
        }
        return roots;
    }

    private static void add(List<Object> roots, String json) {
        JsonReader.Result read = JsonReader.read(json);
        if (read.error() == null && read.value() != null) {
            roots.add(read.value());
        }
    }

    /** Where the object opened at {@code open} ends (past its closing brace), skipping braces inside strings. */
    private static int objectEnd(String text, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** Breadth-first, the first object with a headline and a publication date: the story the page shows. */
    private static Map<?, ?> story(Object root) {
        Deque<Object> queue = new ArrayDeque<>();
        queue.add(root);
        int visited = 0;
        while (!queue.isEmpty() && visited++ < MAX_VISITED) {
            Object next = queue.poll();
            if (next instanceof Map<?, ?> map) {
                if (namesStoryKeys(map) && headline(map) != null && published(map) != null) {
                    return map;
                }
                map.values().stream()
                        .filter(v -> v instanceof Map || v instanceof List)
                        .forEach(queue::add);
            } else if (next instanceof List<?> list) {
                list.stream().filter(v -> v instanceof Map || v instanceof List).forEach(queue::add);
            }
        }
        return null;
    }

    /**
     * Whether {@code map} has a headline's key and a date's, in one pass over its keys: a large state has tens of
     * thousands of objects, most of them no story, and this asks each once rather than once per field.
     */
    private static boolean namesStoryKeys(Map<?, ?> map) {
        boolean titled = false;
        boolean dated = false;
        for (Object k : map.keySet()) {
            if (k instanceof String name) {
                String normal = key(name);
                titled |= TITLE_KEYS.contains(normal);
                dated |= DATE_KEYS.contains(normal);
            }
        }
        return titled && dated;
    }

    /** {@code headline} (a string, or Arc's {@code {"basic": …}}), else {@code title}. */
    private static String headline(Map<?, ?> story) {
        Object headline = value(story, "headline");
        if (headline == null) {
            headline = value(story, "headlines");
        }
        if (headline instanceof Map<?, ?> variants) {
            headline = variants.values().stream()
                    .filter(v -> text(v) != null)
                    .findFirst()
                    .orElse(null);
        }
        String line = text(headline);
        return line != null ? line : text(value(story, "title"));
    }

    private static String published(Map<?, ?> story) {
        for (String key : DATE_KEYS) {
            String iso = IsoDates.normalise(text(value(story, key)));
            if (iso != null) {
                return iso;
            }
        }
        return null;
    }

    /** {@code authors} or Arc's {@code credits.by}: names or objects with a name; else {@code author} or {@code byline}. */
    private static String byline(Map<?, ?> story) {
        Object people = value(story, "authors");
        if (people == null && value(story, "credits") instanceof Map<?, ?> credits) {
            people = value(credits, "by");
        }
        if (people == null) {
            people = value(story, "author");
        }
        List<String> names = new ArrayList<>();
        for (Object person : people instanceof List<?> list ? list : people == null ? List.of() : List.of(people)) {
            String name = person instanceof Map<?, ?> m ? firstText(m, "name", "displayname", "byline") : text(person);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? text(value(story, "byline")) : String.join(", ", names);
    }

    /**
     * The story's text as HTML: ANS's {@code content_elements} (each text block's {@code content}, a header at its
     * level, a list's items), else a {@code body} or {@code content} that is a string.
     */
    private static String body(Map<?, ?> story) {
        Object elements = value(story, "contentelements");
        if (elements instanceof List<?> list) {
            StringBuilder html = new StringBuilder();
            for (Object element : list) {
                if (element instanceof Map<?, ?> block) {
                    html.append(blockHtml(block));
                }
            }
            return html.isEmpty() ? null : html.toString();
        }
        for (String key : new String[] {"body", "content"}) {
            if (value(story, key) instanceof String s && !s.isBlank()) {
                return s.strip().startsWith("<") ? s : "<p>" + Parser.unescapeEntities(s, false) + "</p>";
            }
        }
        return null;
    }

    private static String blockHtml(Map<?, ?> block) {
        String type = text(value(block, "type"));
        if (type == null || !TEXT_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
            return "";
        }
        if (value(block, "items") instanceof List<?> items) {
            StringBuilder list = new StringBuilder("<ul>");
            for (Object item : items) {
                String content = item instanceof Map<?, ?> m ? raw(value(m, "content")) : raw(item);
                if (content != null) {
                    list.append("<li>").append(content).append("</li>");
                }
            }
            return list.append("</ul>").toString();
        }
        String content = raw(value(block, "content"));
        if (content == null) {
            return "";
        }
        if (type.startsWith("head")) {
            int level = value(block, "level") instanceof Double d ? Math.max(2, Math.min(6, d.intValue())) : 2;
            return "<h" + level + ">" + content + "</h" + level + ">";
        }
        return type.equals("quote") ? "<blockquote>" + content + "</blockquote>" : "<p>" + content + "</p>";
    }

    /** The value under {@code wanted}, its key compared without case, {@code _} or {@code -}. */
    private static Object value(Map<?, ?> map, String wanted) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (entry.getKey() instanceof String k && key(k).equals(wanted)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    private static String firstText(Map<?, ?> map, String... keys) {
        for (String k : keys) {
            String line = text(value(map, k));
            if (line != null) {
                return line;
            }
        }
        return null;
    }

    private static String raw(Object value) {
        return value instanceof String s && !s.isBlank() ? s : null;
    }

    /** A string value as one line of text; markup or entities in it are read as HTML (a title may hold {@code <em>}). */
    private static String text(Object value) {
        if (!(value instanceof String s)) {
            return null;
        }
        // Parsing is asked of every title-like value of a large state: only text that has markup pays for it.
        boolean markup = s.indexOf('<') >= 0 || s.indexOf('&') >= 0;
        return HtmlText.lineOrNull(markup ? org.jsoup.Jsoup.parseBodyFragment(s).text() : s);
    }
}
