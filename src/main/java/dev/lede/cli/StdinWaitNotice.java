package dev.lede.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Stdin of a batch command ({@code lede list -}), which reads it to its end before printing anything: when a
 * read has waited {@code quietMillis} with nothing arriving and no end ({@code tail -f news.txt | lede list}),
 * one line on stderr says so instead of an endless silence. Only while a read is waiting: once stdin is read
 * (its end, an error, the size cap), the command prints, and nothing more is said. Never in the reader, whose
 * screen says it is loading.
 */
final class StdinWaitNotice extends FilterInputStream {

    static final long QUIET_MILLIS = 2000;

    static final String LINE = "lede: reading stdin until it ends (Ctrl-D ends what is typed, Ctrl-C stops)";

    private final ScheduledExecutorService timer;
    private volatile long lastActivity = System.nanoTime();
    private volatile boolean waiting;
    private volatile boolean over;

    private StdinWaitNotice(InputStream in, PrintWriter err, long quietMillis) {
        super(in);
        timer = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "lede-stdin-wait");
            thread.setDaemon(true);
            return thread;
        });
        long check = Math.max(1, quietMillis / 4);
        timer.scheduleWithFixedDelay(
                () -> {
                    if (waiting
                            && !over
                            && System.nanoTime() - lastActivity >= TimeUnit.MILLISECONDS.toNanos(quietMillis)) {
                        err.println(LINE);
                        err.flush();
                        end();
                    }
                },
                check,
                check,
                TimeUnit.MILLISECONDS);
    }

    /** {@code stdin} watched as above while it is read. */
    static InputStream watching(InputStream stdin, PrintWriter err, long quietMillis) {
        return new StdinWaitNotice(stdin, err, quietMillis);
    }

    @Override
    public int read() throws IOException {
        waitingFromNow();
        try {
            return seen(super.read());
        } finally {
            waiting = false;
        }
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        waitingFromNow();
        try {
            return seen(super.read(bytes, offset, length));
        } finally {
            waiting = false;
        }
    }

    private void waitingFromNow() {
        lastActivity = System.nanoTime();
        waiting = true;
    }

    @Override
    public void close() throws IOException {
        end();
        super.close();
    }

    private int seen(int result) {
        if (result < 0) {
            end(); // the end of stdin: nothing left to wait for
        } else {
            lastActivity = System.nanoTime();
        }
        return result;
    }

    private void end() {
        over = true;
        timer.shutdownNow();
    }
}
