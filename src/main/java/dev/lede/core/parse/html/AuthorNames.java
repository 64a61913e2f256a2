package dev.lede.core.parse.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Author names a feed states, cleaned as a page's byline is: "By", e-mail addresses, handles and glyphs go, and a
 * value that names nobody (an address alone, a link, "admin") is no author.
 */
public final class AuthorNames {

    private AuthorNames() {}

    /** The names of a ", "-joined list, each cleaned; null when none is left. */
    public static String clean(String joined) {
        if (joined == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String part : joined.split(",\\s+")) {
            String name = BylineChoice.clean(part);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }
}
