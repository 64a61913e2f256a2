package dev.lede.core.parse.html;

import dev.lede.core.parse.json.JsonReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article described by a page's JSON-LD ({@code <script type="application/ld+json">}): the first
 * object typed as an article (NewsArticle, Article, BlogPosting…), found at the top level, in arrays,
 * in {@code @graph} or as a page's {@code mainEntity}. Fields are null when absent; {@code website} is the name
 * of the page's {@code WebSite} node, schema.org's statement of the site's own name.
 */
record JsonLdArticle(
        String headline,
        String author,
        String published,
        String modified,
        String publisher,
        String url,
        String website) {

    private static final JsonLdArticle NONE = new JsonLdArticle(null, null, null, null, null, null, null);
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article",
            "newsarticle",
            "reportagenewsarticle",
            "analysisnewsarticle",
            "opinionnewsarticle",
            "reviewnewsarticle",
            "backgroundnewsarticle",
            "blogposting",
            "liveblogposting",
            "techarticle",
            "scholarlyarticle",
            "report",
            "socialmediaposting",
            "discussionforumposting",
            "medicalscholarlyarticle",
            "satiricalarticle",
            "advertisercontentarticle");

    /** The page's JSON-LD article; {@code pageTitle} settles whether its {@code name} or {@code headline} is the title. */
    static JsonLdArticle find(Document doc, String pageTitle) {
        List<Object> roots = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            JsonReader.Result parsed = JsonReader.read(unwrap(script.data()));
            if (parsed.error() == null && parsed.value() != null) {
                roots.add(parsed.value());
            }
        }
        NodeIds ids = NodeIds.of(roots);
        String website = null;
        for (Object root : roots) {
            Map<String, Object> site = firstOfType(root, "website");
            website = website != null || site == null ? website : text(site.get("name"));
        }
        for (Object root : roots) {
            Map<String, Object> article = firstArticle(root, true);
            if (article != null) {
                return from(article, pageTitle, ids, website);
            }
        }
        // No article typed as one: a WebPage's dates and author still describe the page; its name does not
        // stand for a headline.
        for (Object root : roots) {
            Map<String, Object> page = firstArticle(root, false);
            if (page != null) {
                return new JsonLdArticle(
                        null,
                        names(page.get("author"), ids),
                        text(page.get("datePublished")),
                        text(page.get("dateModified")),
                        null,
                        null,
                        website);
            }
        }
        return website == null ? NONE : new JsonLdArticle(null, null, null, null, null, null, website);
    }

    /** Some pages wrap the JSON in a CDATA section or an HTML comment. */
    private static String unwrap(String data) {
        return data.strip().replaceFirst("^(?:<!\\[CDATA\\[|<!--)", "").replaceFirst("(?:\\]\\]>|-->)$", "");
    }

    /**
     * The first object typed as an article, or, when {@code articleTyped} is false, the first with a
     * {@code datePublished}; inside the graph and a page's main entity too (schema.org's WebPage.mainEntity:
     * the article the page is about).
     */
    private static Map<String, Object> firstArticle(Object root, boolean articleTyped) {
        return firstMatching(
                root,
                map -> articleTyped ? isArticle(map.get("@type")) : map.get("datePublished") instanceof String,
                List.of("@graph", "mainEntity"));
    }

    /** The first object whose {@code @type} is {@code type}, inside the graph too. */
    private static Map<String, Object> firstOfType(Object root, String type) {
        return firstMatching(
                root,
                map -> map.get("@type") instanceof String t
                        && t.toLowerCase(java.util.Locale.ROOT)
                                .replaceFirst("^.*[/:]", "")
                                .equals(type),
                List.of("@graph"));
    }

    /** Breadth-first over arrays and the {@code inner} keys' values, without recursion: the first object wanted. */
    private static Map<String, Object> firstMatching(
            Object root, java.util.function.Predicate<Map<?, ?>> wanted, List<String> inner) {
        Deque<Object> queue = new ArrayDeque<>();
        if (root != null) {
            queue.add(root);
        }
        int visited = 0;
        while (!queue.isEmpty() && visited++ < 1000) {
            Object next = queue.poll();
            if (next instanceof List<?> list) {
                list.stream().filter(v -> v != null).forEach(queue::add);
            } else if (next instanceof Map<?, ?> map) {
                if (wanted.test(map)) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> found = (Map<String, Object>) map;
                    return found;
                }
                for (String key : inner) {
                    Object value = map.get(key);
                    if (value != null) {
                        queue.add(value);
                    }
                }
            }
        }
        return null;
    }

    private static boolean isArticle(Object type) {
        if (type instanceof String s) {
            return ARTICLE_TYPES.contains(s.toLowerCase(java.util.Locale.ROOT).replaceFirst("^.*[/:]", ""));
        }
        if (type instanceof List<?> list) {
            return list.stream().anyMatch(JsonLdArticle::isArticle);
        }
        return false;
    }

    private static JsonLdArticle from(Map<String, Object> a, String pageTitle, NodeIds ids, String website) {
        String headline = text(a.get("headline"));
        String name = text(a.get("name"));
        // Some sites (Wikipedia) put a description in "headline" and the title in "name".
        if (headline == null
                || (name != null
                        && !name.equals(headline)
                        && pageTitle != null
                        && similarity(pageTitle, name) > 0.75
                        && similarity(pageTitle, headline) <= 0.75)) {
            headline = name;
        }
        Object page = a.get("mainEntityOfPage");
        String url = text(a.get("url"));
        if (url == null && page instanceof Map<?, ?> m) {
            url = text(m.get("@id"));
        } else if (url == null) {
            url = text(page);
        }
        // schema.org's creator and dateCreated say the same of a work that states no author or datePublished.
        String author = names(a.get("author"), ids);
        String published = text(a.get("datePublished"));
        return new JsonLdArticle(
                headline,
                author != null ? author : names(a.get("creator"), ids),
                published != null ? published : text(a.get("dateCreated")),
                text(a.get("dateModified")),
                names(a.get("publisher"), ids),
                url,
                website);
    }

    /** Share of {@code b}'s words that {@code a} also has, ignoring case. */
    static double similarity(String a, String b) {
        java.util.Set<String> wordsA = new java.util.HashSet<>(
                List.of(a.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        List<String> wordsB = List.of(b.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
        long shared = wordsB.stream().filter(wordsA::contains).count();
        return wordsB.isEmpty() ? 0 : (double) shared / wordsB.size();
    }

    /**
     * A name, an object with a name, or a list of those, joined with ", ". An object that is only a reference
     * ({@code {"@id": "…#/schema/person/…"}}, as WordPress SEO plugins write the author) stands for the node of
     * the page's graph with that {@code @id}: JSON-LD's node references (schema.org's documented way to describe
     * a person once and point at them).
     */
    private static String names(Object value, NodeIds ids) {
        List<String> names = new ArrayList<>();
        List<?> items = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        for (Object item : items) {
            String name = item instanceof Map<?, ?> m ? text(ids.resolve(m).get("name")) : text(item);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String text(Object value) {
        if (value instanceof String s) {
            String line = HtmlText.line(org.jsoup.parser.Parser.unescapeEntities(s, false));
            return line.isEmpty() ? null : line;
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            return text(list.get(0));
        }
        return null;
    }
}
