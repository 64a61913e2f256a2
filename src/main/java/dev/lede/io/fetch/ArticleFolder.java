package dev.lede.io.fetch;

import dev.lede.core.article.ArticleId;
import dev.lede.io.AtomicWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One subscription's folder of article files, named {@code yyyyMMdd-HHmmss-ID.txt} so that they sort by
 * date and the item each holds is known from its name.
 */
final class ArticleFolder {

    private static final Pattern NAME = Pattern.compile("\\d{8}-\\d{6}-([0-9A-Za-z_-]+)\\.txt");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss")
            .withZone(ZoneOffset.UTC)
            .withResolverStyle(ResolverStyle.STRICT); // a name's 30 February is no date

    private final Path folder;
    private boolean made;

    ArticleFolder(Path folder) {
        this.folder = folder;
    }

    /**
     * The article files present, by article id. Temporary files a killed fetch left behind are deleted on
     * the way: their article was never renamed into place, so this fetch writes it.
     */
    Map<String, String> existing() throws IOException {
        Map<String, String> files = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                Matcher matcher = NAME.matcher(name);
                if (matcher.matches()) {
                    files.put(matcher.group(1), name);
                } else if (AtomicWrite.isTemporary(name)) {
                    Files.deleteIfExists(entry);
                }
            }
        }
        return files;
    }

    void write(String fileName, String text) throws IOException {
        if (!made) {
            Files.createDirectories(folder);
            made = true;
        }
        AtomicWrite.write(folder.resolve(fileName), text.getBytes(StandardCharsets.UTF_8), false);
    }

    /** The file name for an item published at {@code published} (ISO, or null: then {@code firstSeen}). */
    static String fileName(String published, ArticleId id, Instant firstSeen) {
        return STAMP.format(instant(published, firstSeen)) + "-" + id.value() + ".txt";
    }

    /** The moment a file name's date stands for, when the name is one of ours. */
    static Optional<Instant> dateOf(String fileName) {
        if (!NAME.matcher(fileName).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(STAMP.parse(fileName.substring(0, 15))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Instant instant(String published, Instant fallback) {
        if (published == null) {
            return fallback;
        }
        try {
            return OffsetDateTime.parse(published).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(published.length() >= 10 ? published.substring(0, 10) : published)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            } catch (DateTimeParseException again) {
                return fallback;
            }
        }
    }
}
