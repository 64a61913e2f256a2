// Over 300 lines, not split: the state machine's dispatch of every event and action in one place, so none is missed;
// each screen's own transitions are already classes of their own (ListUpdate, ReaderUpdate, StoryUpdate…).
package dev.lede.ui;

import dev.lede.core.library.Library;
import dev.lede.ui.keys.Action;
import dev.lede.ui.keys.Context;
import dev.lede.ui.keys.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reader's state machine: {@code update(state, event)} gives the next state and the effects to run.
 * Pure: no I/O, no clock, nothing but the state and the event. Keys become {@link Action}s through the
 * key map first; everything below switches on actions, never on characters.
 *
 * <p>Over 300 lines because it is the dispatch: events and actions are routed here, and each overlay, the list and
 * the reader keep their own transitions in classes of their own (ListUpdate, ReaderUpdate, StoryUpdate…).
 */
public final class Update {

    private Update() {}

    public static Transition update(UiState state, Event event) {
        UiState start = state;
        Transition next;
        if (event instanceof Event.KeyPressed pressed) {
            next = TypeAhead.hold(start, pressed.key())
                    .map(Transition::of)
                    .orElseGet(() -> key(TypeAhead.dropped(start).withMessage(null), pressed.key()));
        } else if (event instanceof Event.Resized resized) {
            next = Transition.of(
                    overlayFitted(relatedFocusInView(settle(start.withSize(resized.width(), resized.height())))));
        } else if (event instanceof Event.LibraryUpdated updated) {
            next = SnapshotUpdate.libraryUpdated(start, updated.library());
        } else if (event instanceof Event.LinksBuilt built) {
            next = Transition.of(SnapshotUpdate.linksBuilt(start, built.links()));
        } else if (event instanceof Event.Searched found) {
            next = Transition.of(ListUpdate.searched(start, found));
        } else if (event instanceof Event.ArticleOpened opened) {
            next = TypeAhead.replay(Navigation.arrived(start, opened.entry(), opened.article()));
        } else if (event instanceof Event.ArticleUnavailable unavailable) {
            next = Transition.of(Navigation.unavailable(start, unavailable.entry(), unavailable.reason()));
        } else if (event instanceof Event.CountExpired) {
            next = CountUpdate.expired(start);
        } else if (event instanceof Event.FetchProgressed progressed) {
            next = Transition.of(FetchUpdate.progressed(start, progressed));
        } else if (event instanceof Event.FetchEnded ended) {
            next = Transition.of(FetchUpdate.ended(start, ended));
        } else if (event instanceof Event.Notice notice) {
            next = Transition.of(start.withMessage(notice.text()));
        } else if (event instanceof Event.NoticeOutdated outdated) {
            next = Transition.of(
                    start.message().equals(Optional.of(outdated.notice()))
                            ? start.withMessage(outdated.replacement())
                            : start);
        } else {
            next = Transition.of(start, new Effect.Quit());
        }
        UiState settled =
                unkeptSaid(state, Navigation.previewSelection(MarkUpdate.rememberPlace(settle(next.state()))));
        Ordering order = settled.list().order();
        boolean search = order.isSearching() && order != state.list().order();
        if (settled.reading() == state.reading() && !search) {
            return new Transition(settled, next.effects(), next.scrolled());
        }
        // Before Quit, so the tui has the last state in hand when it leaves.
        List<Effect> effects = new ArrayList<>();
        if (settled.reading() != state.reading()) {
            effects.add(new Effect.SaveState(settled.reading()));
        }
        if (search) {
            effects.add(new Effect.Search(
                    order.library(), order.filter())); // a new search, or the same over a newer snapshot
        }
        effects.addAll(next.effects());
        return new Transition(settled, effects, next.scrolled());
    }

    /**
     * The first change of the reading state that will not be kept after this run says so on the status line,
     * after what the key said ("marked read"): at once, not only once the reader is quit.
     */
    private static UiState unkeptSaid(UiState before, UiState after) {
        if (after.unkept().isEmpty() || after.reading() == before.reading()) {
            return after;
        }
        String why = "kept for this run only: " + after.unkept().get();
        return after.withMessage(after.message().map(said -> said + " — " + why).orElse(why))
                .withUnkept(null);
    }

    /** Which key bindings apply now. */
    static Context context(UiState state) {
        if (state.overlay().isPresent() && state.overlay().get() instanceof Overlay.Links) {
            return Context.LINKS;
        }
        if (state.overlay().isPresent() && state.overlay().get() instanceof Overlay.Story) {
            return Context.STORY;
        }
        if (state.overlay().isPresent()
                || state.focus() == Focus.READER && state.reader().isPresent()) {
            boolean related = state.overlay().isEmpty() && state.reader().get().relatedFocus() >= 0;
            return related ? Context.RELATED : Context.READER;
        }
        return Context.LIST;
    }

    static Transition key(UiState state, Key key) {
        if (state.prompt().isPresent()) {
            Prompt prompt = state.prompt().get();
            return prompt.target() == Prompt.Target.COUNT
                    ? CountUpdate.key(state, prompt, key)
                    : PromptUpdate.key(state, key);
        }
        Context context = context(state);
        Optional<Transition> counted = CountUpdate.start(state, key, context);
        if (counted.isPresent()) {
            return counted.get();
        }
        Optional<Action> action = state.options().keymap().find(context, key);
        return action.map(a -> act(state, a))
                .orElseGet(() -> Transition.of(state.withMessage(KeyElsewhere.message(state.options(), context, key))));
    }

    private static Transition act(UiState state, Action action) {
        switch (action) {
            case QUIT:
                return Transition.of(state, new Effect.Quit());
            case SUSPEND:
                return Transition.of(state, new Effect.Suspend());
            case REDRAW:
                return Transition.of(state, new Effect.Redraw());
            case FETCH_SUBSCRIPTIONS:
                return FetchUpdate.start(state);
            default:
                break;
        }
        if (state.overlay().isPresent()) {
            if (state.overlay().get() instanceof Overlay.Links links) {
                Optional<Transition> picked = LinkUpdate.inOverlay(state, links, action);
                if (picked.isPresent()) {
                    return picked.get();
                }
            }
            if (state.overlay().get() instanceof Overlay.Story story) {
                Optional<Transition> picked = StoryUpdate.inOverlay(state, story, action);
                if (picked.isPresent()) {
                    return picked.get();
                }
            }
            if (opensAnother(state.overlay().get(), action)) {
                return act(state.withOverlay(Optional.empty()), action);
            }
            return Transition.of(overlay(state, state.overlay().get(), action));
        }
        switch (action) {
            case HELP:
                return Transition.of(state.withOverlay(Optional.of(new Overlay.Help(0))));
            case PROBLEMS:
                return Transition.of(
                        state.library().problems().isEmpty()
                                ? state.withMessage("no problems so far")
                                : state.withOverlay(Optional.of(new Overlay.Problems(0))));
            case CANCEL:
                return cancelOrStopFetching(state);
            case BACK_OR_QUIT:
                return backOrQuit(state);
            case SWITCH_FOCUS:
                return Transition.of(switchFocus(state));
            case TOGGLE_READ:
                return Transition.of(MarkUpdate.toggleRead(state));
            case TOGGLE_STAR:
                return Transition.of(MarkUpdate.toggleStar(state));
            case FULL_SCREEN:
                return Transition.of(
                        state.reader().isEmpty()
                                ? state.withMessage(NO_ARTICLE_OPEN)
                                : state.withFullScreen(!state.fullScreen()).withFocus(Focus.READER));
            default:
                break;
        }
        if (action.context() == Context.LIST) {
            return ListUpdate.act(state, action);
        }
        return ReaderUpdate.act(state, action);
    }

    /**
     * Whether {@code action} asks for an overlay other than the one open: ? in the story shows the help, U the
     * links list. They had closed the story and shown nothing; the overlay's own key still closes it.
     */
    private static boolean opensAnother(Overlay overlay, Action action) {
        return switch (action) {
            case HELP -> !(overlay instanceof Overlay.Help);
            case PROBLEMS -> !(overlay instanceof Overlay.Problems);
            case LIST_LINKS -> !(overlay instanceof Overlay.Links);
            case SHOW_STORY -> !(overlay instanceof Overlay.Story);
            default -> false;
        };
    }

    private static UiState overlay(UiState state, Overlay overlay, Action action) {
        // The header stays put (OverlayRows.HEADER_ROWS): it is neither scrolled nor room to scroll in.
        int page = state.geometry().page();
        int rows = page - OverlayRows.headerShown(page);
        int lines = OverlayRows.count(state, overlay) - OverlayRows.HEADER_ROWS;
        int top = overlay.top();
        Integer newTop = switch (action) {
            case SCROLL_DOWN -> top + 1;
            case SCROLL_UP -> top - 1;
            case PAGE_DOWN -> top + rows;
            case PAGE_UP -> top - rows;
            case HALF_PAGE_DOWN -> top + Math.max(1, rows / 2);
            case HALF_PAGE_UP -> top - Math.max(1, rows / 2);
            case TOP -> 0;
            case BOTTOM -> lines;
            default -> null;
        };
        if (newTop == null) {
            // h (and Left, Backspace) is back, as everywhere: out of the overlay to the pane under it.
            boolean closes = action == Action.CANCEL
                    || action == Action.BACK_OR_QUIT
                    || action == Action.BACK
                    || action == Action.HELP
                    || action == Action.PROBLEMS
                    || action == Action.LIST_LINKS
                    || action == Action.SHOW_STORY;
            return closes
                    ? state.withOverlay(Optional.empty())
                    : state.withMessage(KeyElsewhere.inOverlay(state.options(), overlay));
        }
        int clamped = Math.max(0, Math.min(newTop, Math.max(0, lines - rows)));
        return state.withOverlay(Optional.of(overlay.scrolledTo(clamped)));
    }

    /**
     * Esc: clears the nearest search or focus; with nothing of that to clear, stops the fetches in progress: the
     * URLs being read and the subscriptions R is fetching.
     */
    private static Transition cancelOrStopFetching(UiState state) {
        UiState cancelled = cancel(state);
        if (cancelled != state) {
            return Transition.of(cancelled);
        }
        List<Effect> effects = new ArrayList<>();
        UiState next = state;
        if (!state.library().fetching().isEmpty()) {
            effects.add(new Effect.CancelFetches()); // each comes back as a problem, "cancelled"
        }
        if (state.fetch().isPresent()) {
            Transition stopped = FetchUpdate.stop(state);
            next = stopped.state();
            effects.addAll(stopped.effects());
        }
        return Transition.of(next, effects.toArray(Effect[]::new));
    }

    /** Esc: clears the nearest search or focus; never quits. */
    private static UiState cancel(UiState state) {
        if (state.focus() == Focus.READER && state.reader().isPresent()) {
            ReaderPage reader = state.reader().get();
            if (reader.relatedFocus() >= 0) {
                return state.withReader(reader.withRelatedFocus(-1, -1));
            }
            if (reader.search().isPresent()) {
                return state.withReader(reader.withSearch(Optional.empty()));
            }
            return state;
        }
        return state.list().order().isFiltered()
                ? ListUpdate.clearFilter(state, state.list().selectedId())
                : state;
    }

    /**
     * q: out of the related headlines to the article, out of the reader to the list, out of a filtered list to
     * the whole list, else quit. Reading
     * the library's only article, q quits at once, as less does: a list of one has nothing to choose.
     */
    private static Transition backOrQuit(UiState state) {
        if (state.focus() == Focus.READER && state.reader().isPresent()) {
            if (state.reader().get().relatedFocus() >= 0) {
                return Transition.of(
                        ReaderUpdate.leaveRelated(state, state.reader().get()));
            }
            if (isOnlyArticle(state.library())) {
                return Transition.of(state, new Effect.Quit());
            }
            return Transition.of(state.withFocus(Focus.LIST).withFullScreen(false));
        }
        if (state.list().order().isFiltered()) {
            return Transition.of(ListUpdate.clearFilter(state, state.list().selectedId()));
        }
        return Transition.of(state, new Effect.Quit());
    }

    /** Loading is over and it gave one article: one file, one page, a feed of one item, or a pipe. */
    public static boolean isOnlyArticle(Library library) {
        return library.isComplete() && library.size() == 1;
    }

    /** Tab and z with nothing to switch to say so, rather than doing nothing without a word. */
    static final String NO_ARTICLE_OPEN = "no article open";

    private static UiState switchFocus(UiState state) {
        if (state.reader().isEmpty()) {
            return state.withMessage(NO_ARTICLE_OPEN);
        }
        return state.withFocus(state.focus() == Focus.LIST ? Focus.READER : Focus.LIST)
                .withFullScreen(false);
    }

    /** After a resize, the focused related headline is brought back into view (scrolling may leave it). */
    private static UiState relatedFocusInView(UiState state) {
        return state.reader()
                .map(reader -> state.withReader(
                        reader.withRelatedFocusInView(state.geometry().page())))
                .orElse(state);
    }

    /**
     * After a resize, an overlay's top is clamped to its rows at the new size, and a selected link or story article
     * brought back into view: scrolled to its end on a small screen, an overlay made larger showed its title over
     * blank rows until a key scrolled it back.
     */
    private static UiState overlayFitted(UiState state) {
        if (state.overlay().isEmpty()) {
            return state;
        }
        Overlay overlay = state.overlay().get();
        int page = state.geometry().page();
        int rows = page - OverlayRows.headerShown(page);
        int lines = OverlayRows.count(state, overlay) - OverlayRows.HEADER_ROWS;
        Overlay clamped = overlay.scrolledTo(Math.max(0, Math.min(overlay.top(), Math.max(0, lines - rows))));
        UiState fitted = clamped.equals(overlay) ? state : state.withOverlay(Optional.of(clamped));
        if (clamped instanceof Overlay.Links links) {
            return LinkUpdate.selectionInView(fitted, links);
        }
        if (clamped instanceof Overlay.Story story) {
            return StoryUpdate.selectionInView(fitted, story);
        }
        return fitted;
    }

    /** Fits the list and the reader to the screen after any change: clamps, and re-wraps on a new width. */
    static UiState settle(UiState state) {
        Geometry geometry = state.geometry();
        int rows = geometry.page();
        UiState settled = state;
        ListPage list = state.list().select(state.list().selected(), rows);
        // Compared by rows only: comparing orderings would walk the whole library on every key.
        if (list.selected() != state.list().selected()
                || list.top() != state.list().top()) {
            settled = settled.withList(list);
        }
        if (state.reader().isPresent()) {
            ReaderPage reader = state.reader().get();
            ReaderPage fitted = reader;
            if (reader.article().isPresent() && reader.layout().get().width() != geometry.textWidth()) {
                fitted = reader.relaidOut(
                        ReaderLayout.of(
                                reader.article().get(),
                                geometry.textWidth(),
                                reader.layout().get().linkedFrom(),
                                state.options().shown()),
                        rows);
            } else if (reader.top() > reader.maxTop(rows)) {
                fitted = reader.withTop(reader.top(), rows);
            }
            if (fitted != reader) {
                settled = settled.withReader(fitted);
            }
        }
        return settled;
    }
}
