// Over 300 lines: the list file's grammar, checks and one-line edits (duplicates kept to unsubscribe) must agree.
package dev.lede.core.subscribe;

import dev.lede.core.article.Problem;
import dev.lede.core.article.WebUrl;
import dev.lede.core.text.Sanitizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subscription list file, in the shape of newsboat's {@code urls} file (README, "Subscriptions"): one
 * feed a line, {@code URL ["~Name"] [tag]… [full-text=on|off|auto]}, words with spaces in double quotes,
 * {@code #} comments. A line that cannot be used is a problem named {@code file:line} and is skipped.
 * Edits (subscribe, unsubscribe, a feed that moved) change one line and leave the others as written.
 */
public record SubscriptionList(List<Entry> entries, List<Problem> problems, List<Duplicate> duplicates) {

    /** A subscription and the line (1-based) it is written on. */
    public record Entry(int line, Subscription subscription) {}

    /**
     * A line skipped as the same feed as line {@code sameAs} (its http and https addresses, as an earlier lede
     * wrote them), kept with the name it gives so that {@code lede unsubscribe NAME} can remove it.
     */
    public record Duplicate(int line, String name, String url, int sameAs) {}

    private static final String FULL_TEXT = "full-text=";
    /** Where a line ends: LF, CR LF, or a CR alone (an old Mac editor's). */
    private static final Pattern LINE_END = Pattern.compile("\r?\n|\r");

    public SubscriptionList {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
        duplicates = List.copyOf(duplicates);
    }

    public SubscriptionList(List<Entry> entries, List<Problem> problems) {
        this(entries, problems, List.of());
    }

    public List<Subscription> subscriptions() {
        return entries.stream().map(Entry::subscription).toList();
    }

    /** The entry named by {@code nameOrUrl} (its URL however written: {@link Subscription#feedKey}), if any. */
    public Optional<Entry> find(String nameOrUrl) {
        Optional<Entry> named = entries.stream()
                .filter(e -> e.subscription().name().equals(nameOrUrl))
                .findFirst();
        String key = Subscription.feedKey(nameOrUrl);
        return named.or(() -> entries.stream()
                .filter(e -> Subscription.feedKey(e.subscription().url()).equals(key))
                .findFirst());
    }

    /**
     * The skipped duplicate line named {@code name} (its {@code "~name"}), if no subscription has that name: a
     * subscription's name always means the subscription.
     */
    public Optional<Duplicate> duplicateNamed(String name) {
        if (entries.stream().anyMatch(e -> e.subscription().name().equals(name))) {
            return Optional.empty();
        }
        return duplicates.stream().filter(d -> name.equals(d.name())).findFirst();
    }

    /** The entry written on line {@code number}, if that line is a subscription. */
    public Optional<Entry> atLine(int number) {
        return entries.stream().filter(e -> e.line() == number).findFirst();
    }

    /**
     * What importing {@code incoming} adds: the feeds whose URL is not in this list yet, each renamed
     * {@code name-2}… when its name is taken (listed in {@code renamed}); {@code skipped} has a line for
     * each feed left out.
     */
    public Merge merge(List<Subscription> incoming) {
        Map<String, Integer> names = new HashMap<>();
        Map<String, Subscription> urls = new HashMap<>();
        for (Subscription present : subscriptions()) {
            names.put(present.name(), 0);
            urls.put(Subscription.feedKey(present.url()), present);
        }
        List<Subscription> added = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Renamed> renamed = new ArrayList<>();
        for (Subscription feed : incoming) {
            String key = Subscription.feedKey(feed.url());
            Subscription known = urls.get(key);
            if (known != null) {
                // Written another way (http for https, say), the address it is subscribed at is said too.
                skipped.add(feed.url() + ": already subscribed as " + known.name()
                        + (known.url().equals(feed.url().strip()) ? "" : " (" + known.url() + ")"));
                continue;
            }
            String name = unused(feed.name(), names);
            if (!name.equals(feed.name())) {
                renamed.add(new Renamed(feed.url(), feed.name(), name));
            }
            names.put(name, 0);
            Subscription adding = new Subscription(feed.url(), name, feed.tags(), feed.fullText());
            urls.put(key, adding);
            added.add(adding);
        }
        return new Merge(added, skipped, renamed);
    }

    /** What {@link #merge} adds, what it leaves out (one line each), and which of the added it renamed. */
    public record Merge(List<Subscription> added, List<String> skipped, List<Renamed> renamed) {
        public Merge {
            added = List.copyOf(added);
            skipped = List.copyOf(skipped);
            renamed = List.copyOf(renamed);
        }
    }

    /** A feed added under {@code given} because the name it came with, {@code wanted}, was taken. */
    public record Renamed(String url, String wanted, String given) {}

    /** Reads the list; {@code file} names it in problems. */
    public static SubscriptionList parse(String file, String text) {
        List<Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Duplicate> duplicates = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        Map<String, Integer> urls = new HashMap<>();
        String[] lines = LINE_END.split(text, -1);
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + number;
            Optional<List<String>> words = words(line);
            if (words.isEmpty()) {
                problems.add(new Problem(where, "a quote is not closed; line skipped"));
                continue;
            }
            String url = words.get().get(0);
            for (String kind : List.of("query:", "exec:", "filter:")) {
                if (url.startsWith(kind)) {
                    problems.add(new Problem(where, kind + " feeds are not supported; line skipped"));
                    url = null;
                    break;
                }
            }
            if (url == null) {
                continue;
            }
            if (Subscription.webHost(url).isEmpty()) {
                problems.add(new Problem(
                        where,
                        WebUrl.problem(url).orElse("not an http or https URL") + ": " + shown(url) + "; line skipped"));
                continue;
            }
            String wrong = null;
            String name = null;
            FullText fullText = FullText.AUTO;
            List<String> tags = new ArrayList<>();
            for (String word : words.get().subList(1, words.get().size())) {
                if (word.startsWith("~")) {
                    name = word.substring(1).strip();
                } else if (word.startsWith(FULL_TEXT)) {
                    Optional<FullText> mode = FullText.of(word.substring(FULL_TEXT.length()));
                    if (mode.isEmpty()) {
                        wrong = "full-text must be on, off or auto";
                    } else {
                        fullText = mode.get();
                    }
                } else if (word.chars().anyMatch(Sanitizer::removedFromLine)) {
                    wrong = "the tag " + shown(word) + " has a control character";
                } else if (!word.isBlank() && !tags.contains(word)) {
                    tags.add(word);
                }
            }
            if (wrong == null && name != null && !Subscription.usableName(name)) {
                wrong = "the name " + shown(name) + " cannot be a folder name (no / or \\, not starting with a dot)";
            }
            if (wrong == null && urls.containsKey(Subscription.feedKey(url))) {
                int sameAs = urls.get(Subscription.feedKey(url));
                wrong = "the same feed as line " + sameAs;
                if (name != null) {
                    duplicates.add(new Duplicate(number, name, url, sameAs));
                }
            }
            if (wrong == null && name != null && names.containsKey(name)) {
                wrong = "the name " + shown(name) + " is already used on line " + names.get(name);
            }
            if (wrong != null) {
                problems.add(new Problem(where, wrong + "; line skipped"));
                continue;
            }
            if (name == null) {
                name = unused(Subscription.nameFor(url), names);
            }
            names.put(name, number);
            urls.put(Subscription.feedKey(url), number);
            entries.add(new Entry(number, new Subscription(url, name, tags, fullText)));
        }
        return new SubscriptionList(entries, problems, duplicates);
    }

    /**
     * Whether {@code tag} is read back from a list line as the same tag: not blank, no control character
     * (a newline would end the line; a bidi override would reorder it where it is printed), not starting with
     * {@code ~} (a name) or {@code full-text=} (the option).
     */
    public static boolean usableTag(String tag) {
        return !tag.isBlank()
                && tag.chars().noneMatch(Sanitizer::removedFromLine)
                && !tag.startsWith("~")
                && !tag.startsWith(FULL_TEXT);
    }

    /** {@code base}, else {@code base-2}, {@code base-3}… whichever no earlier line took. */
    private static String unused(String base, Map<String, Integer> names) {
        String name = base;
        for (int n = 2; names.containsKey(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /** The line that writes {@code subscription}, as {@link #parse} reads it back. */
    public static String line(Subscription subscription) {
        StringBuilder out = new StringBuilder(subscription.url());
        out.append(' ').append(quoted("~" + subscription.name()));
        for (String tag : subscription.tags()) {
            out.append(' ').append(quoted(tag));
        }
        if (subscription.fullText() != FullText.AUTO) {
            out.append(' ').append(FULL_TEXT).append(subscription.fullText().word());
        }
        return out.toString();
    }

    /** {@code text} with {@code subscription}'s line added at the end. */
    public static String append(String text, Subscription subscription) {
        String base = text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
        return base + line(subscription) + "\n";
    }

    /**
     * {@code text} with line {@code number} (1-based, counted as {@link #parse} counts: a line ends at LF, CR LF or a
     * bare CR) replaced by {@code replacement}, or removed with its line end when it is null; every other line and
     * line end is kept as written.
     */
    public static String replaceLine(String text, int number, Subscription replacement) {
        Matcher end = LINE_END.matcher(text);
        int start = 0;
        for (int line = 1; line < number; line++) {
            if (!end.find()) {
                throw new IllegalArgumentException("no line " + number);
            }
            start = end.end();
        }
        int stop = end.find() ? end.start() : text.length();
        int next = stop < text.length() ? end.end() : stop;
        return replacement == null
                ? text.substring(0, start) + text.substring(next)
                : text.substring(0, start) + line(replacement) + text.substring(stop);
    }

    private static String quoted(String word) {
        boolean plain = !word.isEmpty()
                && word.chars().noneMatch(c -> c == ' ' || c == '"' || c == '\t' || c == '#')
                && !word.startsWith("~");
        return plain ? word : "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The line's words: runs of non-space, or double-quoted with {@code \"} inside; empty when a quote is left open. */
    static Optional<List<String>> words(String line) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                break; // a comment after the words
            } else if (c == '"') {
                StringBuilder word = new StringBuilder();
                i++;
                while (i < line.length() && line.charAt(i) != '"') {
                    if (line.charAt(i) == '\\' && i + 1 < line.length()) {
                        i++;
                    }
                    word.append(line.charAt(i++));
                }
                if (i == line.length()) {
                    return Optional.empty();
                }
                i++;
                words.add(word.toString());
            } else {
                int start = i;
                while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                words.add(line.substring(start, i));
            }
        }
        return Optional.of(words);
    }

    private static String shown(String text) {
        StringBuilder oneLine = new StringBuilder(text.length());
        text.codePoints().forEach(c -> oneLine.appendCodePoint(Sanitizer.removedFromLine(c) ? '?' : c));
        return "\"" + (oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine) + "\"";
    }
}
