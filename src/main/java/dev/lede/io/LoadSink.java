package dev.lede.io;

import dev.lede.core.article.Problem;
import dev.lede.core.library.BodySearch;
import dev.lede.core.library.EarlierResolution;
import dev.lede.core.library.EntryDetails;
import dev.lede.core.library.ListedArticle;
import dev.lede.core.parse.Parsed;
import java.util.List;

/**
 * Receives inputs as they finish loading, in input order (sorted file order), from one loader
 * thread at a time. {@code finished} is called once, after the last input. URLs fetched apart from
 * the ordered inputs ({@link LoadOptions#urlsWhenFetched}) come when they are ready.
 *
 * <p>A load through the library index ({@link IndexedLoad}) also lists unchanged inputs from the index
 * without reading them ({@link #listed}), and says before the first input how the library is searched
 * ({@link #searchWith}) and whether its related headlines come resolved ({@link #resolvedAhead}). A
 * sink that only takes parsed inputs is never given to such a load.
 */
public interface LoadSink {

    void loaded(Parsed parsed);

    /** An unchanged input listed from the library index: its articles without bodies, and the problems met reading it. */
    default void listed(List<ListedArticle> articles, List<Problem> problems) {
        throw new UnsupportedOperationException("this sink takes parsed inputs only");
    }

    /**
     * Before anything else, and only for the reader: the first rows of the last complete library on the
     * same inputs ({@link FirstScreen}), to show while the index opens. Whatever follows replaces them
     * once it holds as many articles. A sink that shows nothing ignores them.
     */
    default void firstScreen(List<ListedArticle> articles) {}

    /**
     * Before the first input, from the library index: one input as the last run found it, not yet checked
     * against its file, with the problems met reading it. The preview is shown until the inputs that
     * follow replace it, or until {@link #previewConfirmed} makes it the library. Either every previewed
     * article comes with its related headlines' targets or none does.
     */
    default void preview(List<ListedArticle> articles, List<Problem> problems) {
        throw new UnsupportedOperationException("this sink takes no preview");
    }

    /**
     * Every input the index holds has been previewed: the library as the index knows it is whole, and may
     * be shown as complete while the check of the folders goes on.
     */
    default void previewComplete() {
        throw new UnsupportedOperationException("this sink takes no preview");
    }

    /**
     * The check of the folders found every file as the index had it: the preview is the library, and no
     * input follows ({@link #finished} does).
     */
    default void previewConfirmed() {
        throw new UnsupportedOperationException("this sink takes no preview");
    }

    /**
     * Before the first input: bodies are searched through the library index, which holds every input of
     * this load, so the sink need not keep them.
     */
    default void searchWith(BodySearch search) {}

    /**
     * Before the first preview: previewed articles may come {@linkplain ListedArticle#isKeptApart() kept
     * apart}, their ledes and related headlines read from {@code details} when asked for.
     */
    default void detailsFrom(EntryDetails details) {
        throw new UnsupportedOperationException("this sink takes no preview");
    }

    /**
     * Before the first input: every article will come with its related headlines' targets, resolved
     * earlier against this same library, unchanged.
     */
    default void resolvedAhead() {
        throw new UnsupportedOperationException("this sink takes parsed inputs only");
    }

    /**
     * Before the first input: listed articles come with the targets a stored resolution of an earlier state of this
     * library gave them (none for an article it lacked), and {@code earlier} with what it rests on, so that only what
     * changed is resolved ({@link dev.lede.core.library.LibraryBuilder#resolvingChangesFrom}). A sink that ignores it
     * resolves every line, which is never wrong.
     */
    default void resolvingChanges(EarlierResolution earlier) {}

    /** A URL has started downloading; its result comes through {@link #loaded} when it is ready. */
    default void fetching(String url) {}

    /** The download of {@code url} has ended (read, failed or cancelled); its result follows. */
    default void fetched(String url) {}

    default void finished() {}
}
