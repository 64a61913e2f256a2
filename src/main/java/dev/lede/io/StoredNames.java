package dev.lede.io;

import dev.lede.core.article.Problem;
import dev.lede.core.article.Source;
import dev.lede.core.library.ListedArticle;
import dev.lede.io.index.IndexedArticle;
import dev.lede.io.index.IndexedInput;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the library index stored, under the names this run gives the files: the index keys inputs by
 * absolute path, while a run names each file as the user typed its folder ({@code feeds/a.txt}), and its
 * articles' sources and problems say so.
 */
final class StoredNames {

    /**
     * Each argument as typed beside the absolute path it names and that path as a folder (ending in the
     * separator), worked out once rather than for each of 100,000 stored paths.
     */
    private record Root(String argument, String path, String folder, boolean absolute) {

        Root(String argument, String path) {
            this(argument, path, path.endsWith("/") ? path : path + "/");
        }

        Root(String argument, String path, String folder) {
            this(argument, path, folder, argument.equals(path) || argument.equals(folder));
        }
    }

    private final List<Root> roots = new ArrayList<>();

    StoredNames(List<String> arguments) {
        for (String argument : arguments) {
            try {
                roots.add(new Root(
                        argument, Path.of(argument).toAbsolutePath().normalize().toString()));
            } catch (InvalidPathException e) {
                // names no stored file
            }
        }
    }

    /** A stored path as this run names it: under the argument (as typed) whose folder holds it. */
    String name(String stored) {
        for (int i = 0; i < roots.size(); i++) { // no iterator: asked for every stored input
            Root root = roots.get(i);
            if (stored.equals(root.path())) {
                return root.argument();
            }
            if (stored.startsWith(root.folder())) {
                if (root.absolute()) {
                    return stored; // typed as the index names it: no second copy of each path
                }
                String rest = stored.substring(root.path().length());
                String argument = root.argument();
                return (argument.endsWith("/") && rest.startsWith("/")
                                ? argument.substring(0, argument.length() - 1)
                                : argument)
                        + rest;
            }
        }
        return stored;
    }

    /**
     * The stored articles of {@code input} under {@code name}; without their related headlines' targets
     * unless {@code withTargets} (the sink trusts them for every article or for none).
     */
    static List<ListedArticle> articles(IndexedInput input, String name, boolean withTargets) {
        List<ListedArticle> articles = new ArrayList<>(input.articles().size());
        for (IndexedArticle article : input.articles()) {
            articles.add(new ListedArticle(
                    article.id(),
                    new Source(name, article.item()),
                    article.format(),
                    article.headline(),
                    article.lede(),
                    article.published(),
                    article.addresses(),
                    article.related(),
                    problems(article.problems(), input.path(), name),
                    withTargets ? article.targets() : null,
                    ListedArticle.WITH_ARTICLE));
        }
        return articles;
    }

    /**
     * The articles of {@code input}, listed {@linkplain dev.lede.io.index.LibraryIndex#listKeptApart kept
     * apart}, under {@code name}: their headlines, ledes and related headlines stay in the index, at their rows.
     */
    static List<ListedArticle> keptApart(IndexedInput input, String name) {
        List<ListedArticle> articles = new ArrayList<>(input.articles().size());
        for (IndexedArticle article : input.articles()) {
            articles.add(ListedArticle.keptApart(
                    article.id(),
                    new Source(name, article.item()),
                    article.format(),
                    article.headline(),
                    article.published(),
                    problems(article.problems(), input.path(), name),
                    article.row()));
        }
        return articles;
    }

    /** Problems the index names by the stored path, named as this run names the file. */
    static List<Problem> problems(List<Problem> problems, String stored, String name) {
        if (problems.isEmpty()) {
            return List.of(); // most inputs and articles: no list made for each
        }
        List<Problem> out = new ArrayList<>(problems.size());
        for (Problem problem : problems) {
            String source = problem.source();
            out.add(
                    source.startsWith(stored)
                            ? new Problem(name + source.substring(stored.length()), problem.message(), problem.kind())
                            : problem);
        }
        return out;
    }
}
