package dev.lede.io;

import dev.lede.core.article.ArticleId;
import dev.lede.core.state.ReadingState;
import java.nio.file.Path;

/**
 * The process {@link StateStoreCrashIT} kills: marks article after article as read, saving after each,
 * and prints each number once its save has returned (so it is on disk). Prints "ready" first.
 * Arguments: the state folder and the first number to mark.
 */
public final class StateSavingChild {

    private StateSavingChild() {}

    static ArticleId id(long number) {
        return ArticleId.forContent("crash-safety article " + number);
    }

    public static void main(String[] args) throws Exception {
        StateStore store = new StateStore(Path.of(args[0]), System.err::println);
        long number = Long.parseLong(args[1]);
        ReadingState state = store.load();
        System.out.println("ready");
        System.out.flush();
        while (true) {
            state = store.save(state.withRead(id(number), true));
            System.out.println(number);
            System.out.flush();
            number++;
        }
    }
}
