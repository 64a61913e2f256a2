package dev.lede.core.parse.html;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The named nodes of a page's JSON-LD by their {@code @id}, so that a reference ({@code {"@id": "…"}}) can be
 * read as the node it points at. JSON-LD lets a graph describe a node once and refer to it elsewhere by its
 * identifier; WordPress SEO plugins write an article's author that way, the person's name in a separate
 * {@code Person} node of the {@code @graph}.
 */
final class NodeIds {

    /** A page's JSON-LD is a few hundred nodes; a hostile one is not walked past this. */
    private static final int MAX_NODES = 5000;

    private final Map<String, Map<?, ?>> byId;

    private NodeIds(Map<String, Map<?, ?>> byId) {
        this.byId = byId;
    }

    /** Every object in {@code roots} (parsed JSON-LD documents) that has an {@code @id} and a {@code name}. */
    static NodeIds of(Collection<Object> roots) {
        Map<String, Map<?, ?>> byId = new HashMap<>();
        Deque<Object> queue = new ArrayDeque<>(roots);
        int visited = 0;
        while (!queue.isEmpty() && visited++ < MAX_NODES) {
            Object next = queue.poll();
            if (next instanceof List<?> list) {
                list.stream().filter(v -> v != null).forEach(queue::add);
            } else if (next instanceof Map<?, ?> map) {
                if (map.get("@id") instanceof String id && map.get("name") != null) {
                    byId.putIfAbsent(id, map);
                }
                map.values().stream()
                        .filter(v -> v instanceof Map<?, ?> || v instanceof List<?>)
                        .forEach(queue::add);
            }
        }
        return new NodeIds(byId);
    }

    /** The node {@code ref} refers to when it is a bare reference without a name of its own, else {@code ref}. */
    Map<?, ?> resolve(Map<?, ?> ref) {
        if (ref.get("name") == null && ref.get("@id") instanceof String id) {
            Map<?, ?> node = byId.get(id);
            return node == null ? ref : node;
        }
        return ref;
    }
}
