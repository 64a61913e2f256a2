package dev.lede.core.library;

import dev.lede.core.article.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures resolving only what changed against resolving from scratch on a corpus folder (mkcorpus.py's files):
 * the first {@code KEEP} files (in name order) resolved in full and stored, then all of them resolved both ways
 * ({@link ChangedLibraries}). A tool, not a test. From the repository root, with the test classpath:
 * {@code java -cp target/test-classes:target/classes:$(cat target/test.classpath)
 * dev.lede.core.library.PartialResolutionExactness DIR KEEP [REMOVE]}; with REMOVE, also every REMOVE-th of the first
 * KEEP removed from the whole corpus and the rest resolved both ways.
 */
final class PartialResolutionExactness {

    private PartialResolutionExactness() {}

    public static void main(String[] args) throws IOException {
        Path dir = Paths.get(args[0]);
        int keep = Integer.parseInt(args[1]);
        List<Article> articles = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                articles.add(RelatedResolutionQualityTest.corpusArticle(
                        file, file.getFileName().toString()));
            }
        }
        ChangedLibraries.Comparison added = ChangedLibraries.compare(articles.subList(0, keep), articles);
        System.out.println("added " + (articles.size() - keep) + ": " + added);
        added.examples().forEach(example -> System.out.println("  " + example));
        if (args.length > 2) {
            // Articles removed instead: every REMOVE-th of the first KEEP gone from the whole corpus.
            int every = Integer.parseInt(args[2]);
            List<Article> fewer = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                if (i >= keep || i % every != every - 1) {
                    fewer.add(articles.get(i));
                }
            }
            ChangedLibraries.Comparison removed = ChangedLibraries.compare(articles, fewer);
            System.out.println("removed " + (articles.size() - fewer.size()) + ": " + removed);
            removed.examples().forEach(example -> System.out.println("  " + example));
        }
    }
}
