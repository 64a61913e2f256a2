package dev.lede.io.fetch;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Source;
import dev.lede.core.parse.Input;
import dev.lede.core.parse.InputFormat;
import dev.lede.core.parse.Parsed;
import dev.lede.core.parse.Parsers;
import dev.lede.core.state.ReadingState;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Deletes fetched articles dated before a cut-off, except starred ones. Only files lede itself named
 * ({@code yyyyMMdd-HHmmss-ID.txt}) in the library's subscription folders are considered; anything else a
 * person put there stays.
 */
public final class Pruner {

    /**
     * What a prune did.
     *
     * @param deletedIds the ids of the articles deleted, whose read marks and places can go too
     */
    public record Result(int deleted, int starredKept, Set<ArticleId> deletedIds) {

        public Result {
            deletedIds = Set.copyOf(deletedIds);
        }
    }

    private final Parsers parsers = new Parsers(InputFormat.TEXT);

    public Result prune(Path library, Instant cutoff, ReadingState reading) throws IOException {
        int deleted = 0;
        int starredKept = 0;
        Set<ArticleId> deletedIds = new HashSet<>();
        if (!Files.isDirectory(library)) {
            return new Result(0, 0, deletedIds);
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(library, Files::isDirectory)) {
            for (Path folder : folders) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                    for (Path file : files) {
                        Optional<Instant> date =
                                ArticleFolder.dateOf(file.getFileName().toString());
                        if (date.isEmpty() || !date.get().isBefore(cutoff)) {
                            continue;
                        }
                        List<ArticleId> ids = ids(file);
                        if (ids.stream().anyMatch(reading::isStarred)) {
                            starredKept++;
                        } else if (Files.deleteIfExists(file)) {
                            deleted++;
                            deletedIds.addAll(ids);
                        }
                    }
                }
            }
        }
        return new Result(deleted, starredKept, deletedIds);
    }

    private List<ArticleId> ids(Path file) throws IOException {
        Parsed parsed = parsers.parse(
                Input.of(Source.of(file.toString()), Files.readAllBytes(file)).readAt(Instant.now()));
        return parsed.articles().stream().map(Article::id).toList();
    }
}
