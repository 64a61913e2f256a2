package dev.lede.core.library;

import dev.lede.core.article.ArticleId;
import java.util.List;
import java.util.Set;

/**
 * What a library's last stored resolution rests on, for resolving only what changed since
 * ({@link LibraryBuilder#resolvingChangesFrom}): each unchanged entry brings its stored targets, and this brings
 * the rest, the {@link ResolutionBasis} it was stored with and the articles stored then that are gone now (a
 * deleted file's, or a changed file's former ones), whose text may have held a line back (docs/performance.md,
 * "Resolving only what changed").
 *
 * @param basis   how many articles had changed since that resolution's last full one, and the wording it learned
 * @param removed the articles the stored resolution saw that the new library may lack
 */
public record EarlierResolution(ResolutionBasis basis, List<Removed> removed) {

    /** An article of the stored library, by its id and the text the matcher reads of it. */
    public record Removed(ArticleId id, String headline, String lede) {}

    public EarlierResolution {
        removed = List.copyOf(removed);
    }

    /** What a stored resolution rests on. */
    public static EarlierResolution of(ResolutionBasis basis, List<Removed> removed) {
        return new EarlierResolution(basis, removed);
    }

    /** The learned pairs as stored ({@link ResolutionBasis#learned}). */
    Set<String> learned() {
        return basis.learned();
    }
}
