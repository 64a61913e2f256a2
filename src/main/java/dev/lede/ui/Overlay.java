package dev.lede.ui;

/** A page drawn over the panes until it is closed: the help screen, the problems list or the article's links. */
public sealed interface Overlay {

    /** The first row shown, for overlays longer than the screen. */
    int top();

    Overlay scrolledTo(int top);

    /** Every key, grouped, from the key table. */
    record Help(int top) implements Overlay {
        @Override
        public Overlay scrolledTo(int top) {
            return new Help(top);
        }
    }

    /** Each problem met while loading, one per line. */
    record Problems(int top) implements Overlay {
        @Override
        public Overlay scrolledTo(int top) {
            return new Problems(top);
        }
    }

    /**
     * The open article's link and numbered links, one of them selected.
     *
     * @param selected the selected entry of {@link ArticleLinks#of} (0-based)
     * @param typed    the digits of a link number being typed, "" when none
     */
    record Links(int top, int selected, String typed) implements Overlay {

        public Links {
            typed = typed == null ? "" : typed;
        }

        @Override
        public Overlay scrolledTo(int top) {
            return new Links(top, selected, typed);
        }

        public Links withSelected(int newSelected, String newTyped) {
            return new Links(top, newSelected, newTyped);
        }
    }
}
