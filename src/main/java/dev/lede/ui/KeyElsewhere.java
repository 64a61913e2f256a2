package dev.lede.ui;

import dev.lede.ui.keys.Action;
import dev.lede.ui.keys.Context;
import dev.lede.ui.keys.Key;
import dev.lede.ui.keys.Keymap;
import java.util.List;

/**
 * What a key that does nothing where it is pressed tells the user: where it works and the key that gets there
 * ("s works in the reader: Enter opens the selected article"), that it is bound nowhere, or, in an overlay, how to
 * close it. A key that did nothing without a word read as a reader that had stopped listening.
 */
final class KeyElsewhere {

    private KeyElsewhere() {}

    static String message(UiOptions options, Context context, Key key) {
        String label = options.shown().key(key);
        return options.keymap()
                .elsewhere(context, key)
                .map(action ->
                        label + " works in " + place(action.context()) + hint(options, context, action.context()))
                .orElseGet(() -> label + " is not bound" + via(options, Action.HELP, " lists the keys"));
    }

    /**
     * What a key an overlay takes no action for says: how to leave the overlay. It did nothing without a word, so /
     * in the help or r in the story seemed to be ignored.
     */
    static String inOverlay(UiOptions options, Overlay overlay) {
        Keymap keymap = options.keymap();
        String name = overlay instanceof Overlay.Help
                ? "the help"
                : overlay instanceof Overlay.Problems
                        ? "the problems list"
                        : overlay instanceof Overlay.Links ? "the links list" : "the story";
        List<Key> close = keymap.keys(Action.BACK_OR_QUIT).isEmpty()
                ? keymap.keys(Action.CANCEL)
                : keymap.keys(Action.BACK_OR_QUIT);
        return "not in " + name
                + (close.isEmpty() ? "" : " — " + options.shown().key(close.get(0)) + " closes it");
    }

    private static String place(Context context) {
        return switch (context) {
            case LIST -> "the headline list";
            case READER -> "the reader";
            case RELATED -> "the related headlines";
            case LINKS -> "the links overlay";
            case STORY -> "the story overlay";
            case EVERYWHERE -> "every place";
        };
    }

    /** The key that leads from {@code here} to {@code there}, when one does. */
    private static String hint(UiOptions options, Context here, Context there) {
        return switch (there) {
            case LIST -> via(options, Action.BACK_OR_QUIT, " goes back to it");
            case READER -> here == Context.LIST ? via(options, Action.OPEN, " opens the selected article") : "";
            case RELATED -> via(options, Action.FOCUS_RELATED, " focuses them");
            case LINKS -> via(options, Action.LIST_LINKS, " opens it");
            case STORY -> via(options, Action.SHOW_STORY, " opens it");
            case EVERYWHERE -> "";
        };
    }

    private static String via(UiOptions options, Action action, String what) {
        List<Key> keys = options.keymap().keys(action);
        return keys.isEmpty() ? "" : ": " + options.shown().key(keys.get(0)) + what;
    }
}
