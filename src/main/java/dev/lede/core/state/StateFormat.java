package dev.lede.core.state;

import dev.lede.core.article.ArticleId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The state file: a header {@code lede-state 1}, then one line per article,
 * {@code <id> TAB <flags> TAB <unit>.<offset>}, where flags are {@code r} (read) and {@code s}
 * (starred) or {@code -}, and the place is {@code -} for the top. Lines are sorted so the file diffs well.
 */
public final class StateFormat {

    public static final int VERSION = 1;
    private static final String HEADER = "lede-state ";
    private static final Pattern ID = Pattern.compile("[0-9A-Za-z_-]{1,64}");
    private static final Pattern FLAGS = Pattern.compile("-|r|s|rs");
    private static final Pattern PLACE = Pattern.compile("-|\\d{1,9}\\.\\d{1,9}");

    private StateFormat() {}

    /** A parsed file: the state, or why the text is not a state file this version can read. */
    public record Decoded(ReadingState state, Optional<String> problem) {

        static Decoded bad(String reason) {
            return new Decoded(ReadingState.EMPTY, Optional.of(reason));
        }
    }

    public static String write(ReadingState state) {
        StringBuilder out = new StringBuilder(HEADER).append(VERSION).append('\n');
        List<ArticleId> ids = new ArrayList<>(state.ids());
        ids.sort((a, b) -> a.value().compareTo(b.value()));
        for (ArticleId id : ids) {
            String flags = (state.isRead(id) ? "r" : "") + (state.isStarred(id) ? "s" : "");
            Place place = state.place(id);
            out.append(id.value())
                    .append('\t')
                    .append(flags.isEmpty() ? "-" : flags)
                    .append('\t')
                    .append(place.equals(Place.TOP) ? "-" : place.unit() + "." + place.offset())
                    .append('\n');
        }
        return out.toString();
    }

    /** Never throws: a truncated, garbled or newer file comes back as a problem, never as a partial state. */
    public static Decoded read(String text) {
        String[] lines = text.split("\n", -1);
        String header = lines[0].strip();
        if (!header.startsWith(HEADER)) {
            return Decoded.bad("not a lede state file");
        }
        int version;
        try {
            version = Integer.parseInt(header.substring(HEADER.length()).strip());
        } catch (NumberFormatException e) {
            return Decoded.bad("not a lede state file");
        }
        if (version > VERSION) {
            return Decoded.bad("written by a newer lede, format " + version);
        }
        if (version < 1) {
            return Decoded.bad("unknown format " + version);
        }
        if (!text.endsWith("\n")) {
            return Decoded.bad("truncated");
        }
        Set<ArticleId> read = new HashSet<>();
        Set<ArticleId> starred = new HashSet<>();
        Map<ArticleId, Place> places = new HashMap<>();
        for (int i = 1; i < lines.length - 1; i++) {
            String[] fields = lines[i].split("\t", -1);
            if (fields.length != 3
                    || !ID.matcher(fields[0]).matches()
                    || !FLAGS.matcher(fields[1]).matches()
                    || !PLACE.matcher(fields[2]).matches()) {
                return Decoded.bad("line " + (i + 1) + " is garbled");
            }
            ArticleId id = new ArticleId(fields[0]);
            if (fields[1].contains("r")) {
                read.add(id);
            }
            if (fields[1].contains("s")) {
                starred.add(id);
            }
            if (!fields[2].equals("-")) {
                int dot = fields[2].indexOf('.');
                places.put(
                        id,
                        new Place(
                                Integer.parseInt(fields[2].substring(0, dot)),
                                Integer.parseInt(fields[2].substring(dot + 1))));
            }
        }
        return new Decoded(new ReadingState(read, starred, places), Optional.empty());
    }
}
