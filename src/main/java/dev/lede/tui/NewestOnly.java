package dev.lede.tui;

import dev.lede.ui.Event;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs slow work for the reader on a thread of its own, so that keys never wait for it: the library
 * index's searches (a one-letter search ranks most of a large library), and working out the library's
 * links (every related headline resolved). Only the newest request waits to run; those it replaced are
 * dropped unrun, one running when a newer comes is told so ({@code superseded}, which may stop it early),
 * and its answer is not posted.
 *
 * @param <R> the request, an effect of the state machine
 */
final class NewestOnly<R> {

    private final String name;
    private final Function<R, Optional<Event>> work;
    private final Consumer<R> superseded;
    private final Consumer<Event> post;
    private R next;
    private R running;
    private Thread worker;

    /**
     * @param work       the answer to a request, or empty when there is none to post (it failed, and said
     *                   why where it failed)
     * @param superseded what to do to a running request once a newer one is waiting
     */
    NewestOnly(String name, Function<R, Optional<Event>> work, Consumer<R> superseded, Consumer<Event> post) {
        this.name = name;
        this.work = work;
        this.superseded = superseded;
        this.post = post;
    }

    synchronized void request(R request) {
        next = request;
        if (running != null) {
            superseded.accept(running);
        }
        if (worker == null) {
            worker = new Thread(this::run, name);
            worker.setDaemon(true);
            worker.start();
        }
        notifyAll();
    }

    private void run() {
        while (true) {
            R request;
            synchronized (this) {
                while (next == null) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                request = next;
                next = null;
                running = request;
            }
            Optional<Event> answer = work.apply(request);
            synchronized (this) {
                running = null;
                if (next != null) {
                    continue; // superseded (perhaps stopped early): only the newest is answered
                }
            }
            answer.ifPresent(post);
        }
    }
}
