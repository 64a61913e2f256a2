package dev.lede.ui;

/**
 * How far the background fetch of the subscriptions (R) has come, for the status line.
 *
 * @param done  feeds answered (or failed) so far
 * @param total feeds being fetched; 0 until the fetch has its list
 * @param added new articles written so far
 * @param stopping Esc asked it to stop; the feeds being fetched are letting go
 */
public record FetchProgress(int done, int total, int added, boolean stopping) {

    public FetchProgress(int done, int total, int added) {
        this(done, total, added, false);
    }

    public FetchProgress asStopping() {
        return new FetchProgress(done, total, added, true);
    }

    /** {@code fetching… 12/40}, with the new articles once there are some. */
    public String describe() {
        if (stopping) {
            return "stopping the fetch…";
        }
        String counted = total == 0 ? "fetching…" : "fetching… " + done + "/" + total;
        return added == 0 ? counted : counted + " · " + added + " new";
    }

    /** What a quit during the fetch left undone: the feeds not done are fetched by the next fetch. */
    public String leftAtQuit() {
        return "quit while fetching the subscriptions" + counted() + "; lede fetch fetches the rest";
    }

    /** What Esc left undone, with {@code added} new articles in all: the next fetch, R or lede fetch, does it. */
    public String leftAtStop(int added) {
        return "fetch stopped" + new FetchProgress(done, total, added).counted() + "; R fetches the rest";
    }

    /** What {@code lede fetch} interrupted (Ctrl-C) left undone, said the same way. */
    public String leftAtInterrupt() {
        return "fetch interrupted" + counted() + "; lede fetch fetches the rest";
    }

    private String counted() {
        return total == 0 ? "" : " (" + done + " of " + total + " feeds done, " + added + " new)";
    }
}
