package dev.lede.ui;

import dev.lede.core.library.LibraryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The articles read before and after the current one, each with the place it was left at. */
public record History(List<Visit> back, List<Visit> forward) {

    /** An article as it was left. */
    public record Visit(LibraryEntry entry, Anchor anchor) {}

    /** Bounds memory on very long sessions; older visits are forgotten. */
    static final int LIMIT = 200;

    public History {
        back = List.copyOf(back);
        forward = List.copyOf(forward);
    }

    public static History empty() {
        return new History(List.of(), List.of());
    }

    /**
     * A new visit on top of the back stack; a new path forgets the forward stack. A visit of the article already on
     * top takes its place: two in a row would make H step to the article it is on, seeming to do nothing.
     */
    public History push(Visit visit) {
        List<Visit> newBack = new ArrayList<>(back);
        if (isOnTop(visit.entry())) {
            newBack.remove(newBack.size() - 1);
        }
        newBack.add(visit);
        if (newBack.size() > LIMIT) {
            newBack.remove(0);
        }
        return new History(newBack, List.of());
    }

    /**
     * The article opened afresh (from the list, a jump, the story): a visit of it on top of the back stack goes, as
     * the reader shows it now.
     */
    public History opening(LibraryEntry entry) {
        return isOnTop(entry) ? new History(back.subList(0, back.size() - 1), forward) : this;
    }

    private boolean isOnTop(LibraryEntry entry) {
        return !back.isEmpty() && back.get(back.size() - 1).entry().id().equals(entry.id());
    }

    public Optional<Visit> previous() {
        return back.isEmpty() ? Optional.empty() : Optional.of(back.get(back.size() - 1));
    }

    public Optional<Visit> next() {
        return forward.isEmpty() ? Optional.empty() : Optional.of(forward.get(forward.size() - 1));
    }

    /** Steps back: the previous visit leaves the back stack and {@code current} goes on the forward stack. */
    public History stepBack(Visit current) {
        List<Visit> newBack = new ArrayList<>(back.subList(0, back.size() - 1));
        List<Visit> newForward = new ArrayList<>(forward);
        newForward.add(current);
        return new History(newBack, newForward);
    }

    /** Steps forward: the next visit leaves the forward stack and {@code current} goes on the back stack. */
    public History stepForward(Visit current) {
        List<Visit> newBack = new ArrayList<>(back);
        newBack.add(current);
        List<Visit> newForward = new ArrayList<>(forward.subList(0, forward.size() - 1));
        return new History(newBack, newForward);
    }
}
