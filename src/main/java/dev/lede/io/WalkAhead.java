package dev.lede.io;

import dev.lede.core.article.Problem;
import dev.lede.io.index.FileStamp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The walk of the inputs ({@link InputWalk}, one stat a file) started on a thread of its own as soon as the
 * arguments are known, so that it runs while the library index opens, and handed over in order to the
 * check that the archive is unchanged ({@link #replay}). The walk is mostly {@code statx} calls, which the
 * opening of the index, on the main thread, leaves a core for. It runs at most {@value #AHEAD} files ahead
 * of the check, which bounds what it holds; when nobody takes its files it stops there.
 */
public final class WalkAhead implements AutoCloseable {

    /** Files handed over at a time: one hand-over per file costs more than the stat. */
    private static final int CHUNK = 256;
    /** Files walked ahead of the check at most (about 200 bytes held each). */
    static final int AHEAD = 32 * CHUNK;

    /** A file the walk handed out (its absolute path worked out here too) or a problem it met. */
    private record Step(Path file, String name, String absolute, FileStamp stamp, Problem problem) {}

    /** After the last chunk: the walk's end, or what it failed with. */
    private record End(RuntimeException failure) {}

    /** The chunks handed over and not yet taken; with the one being filled, {@link #AHEAD} files at most. */
    private final BlockingQueue<Object> walked = new ArrayBlockingQueue<>(AHEAD / CHUNK - 1);

    private final Thread walker;
    private volatile boolean stopped;
    private boolean replayed;

    private WalkAhead(List<String> arguments, LoadOptions options) {
        walker = new Thread(() -> walk(arguments, options), "lede-walk");
        walker.setDaemon(true);
    }

    /** Starts walking {@code arguments} as {@link InputWalk#walk} does. */
    public static WalkAhead start(List<String> arguments, LoadOptions options) {
        WalkAhead ahead = new WalkAhead(List.copyOf(arguments), options);
        ahead.walker.start();
        return ahead;
    }

    private void walk(List<String> arguments, LoadOptions options) {
        List<Step> chunk = new ArrayList<>(CHUNK);
        RuntimeException failure = null;
        try {
            InputWalk.walk(arguments, options, new InputWalk.Visitor() {
                @Override
                public boolean file(Path file, String name, FileStamp stamp) {
                    chunk.add(new Step(
                            file, name, file.toAbsolutePath().normalize().toString(), stamped(file, stamp), null));
                    return handOverIfFull(chunk);
                }

                @Override
                public void problem(Problem problem) {
                    chunk.add(new Step(null, null, null, null, problem));
                    handOverIfFull(chunk);
                }
            });
        } catch (RuntimeException e) {
            failure = e;
        }
        if (!stopped && (chunk.isEmpty() || handOver(List.copyOf(chunk)))) {
            handOver(new End(failure));
        }
    }

    /** The walk states the files of a folder; a file named as an argument is stated here (null if it cannot be). */
    private static FileStamp stamped(Path file, FileStamp stamp) {
        if (stamp != null) {
            return stamp;
        }
        try {
            return FileStamp.of(file);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private boolean handOverIfFull(List<Step> chunk) {
        if (chunk.size() < CHUNK) {
            return !stopped;
        }
        boolean going = handOver(List.copyOf(chunk));
        chunk.clear();
        return going;
    }

    /** False when the check wants no more (stopped, or interrupted by {@link #close}). */
    private boolean handOver(Object item) {
        try {
            walked.put(item);
            return !stopped;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /**
     * Hands the walk's files and problems to {@code visitor}, in order, as {@link InputWalk#walk} would have;
     * false when the visitor stopped it. Once only.
     */
    boolean replay(Visitor visitor) {
        return replay(visitor, null);
    }

    /**
     * Hands the walk's files and problems to {@code visitor} as {@link InputWalk#walk} would have (each file
     * stated): a load that found the index no help (a first run, a changed folder) checks its folders from
     * here instead of walking and stating them again. Once only, as {@link #replay(Visitor)}.
     */
    boolean replayFiles(InputWalk.Visitor visitor) {
        return replay(null, visitor);
    }

    /** Whether the walk's files have been handed over (or begun to be). */
    public boolean taken() {
        return replayed;
    }

    private boolean replay(Visitor visitor, InputWalk.Visitor walkVisitor) {
        if (replayed) {
            throw new IllegalStateException("the walk is handed over once");
        }
        replayed = true;
        try {
            while (true) {
                Object item = walked.take();
                if (item instanceof End end) {
                    if (end.failure() != null) {
                        throw end.failure();
                    }
                    return true;
                }
                @SuppressWarnings("unchecked")
                List<Step> steps = (List<Step>) item;
                for (Step step : steps) {
                    if (walkVisitor != null) {
                        if (step.problem() != null) {
                            walkVisitor.problem(step.problem());
                        } else if (!walkVisitor.file(step.file(), step.name(), step.stamp())) {
                            return false;
                        }
                    } else if (step.problem() != null) {
                        visitor.problem(step.problem());
                    } else if (!visitor.stated(step.file(), step.absolute(), step.stamp())) {
                        return false;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Told of each walked file, as {@link InputWalk.Visitor}, with its absolute path. */
    interface Visitor {

        /**
         * @param absolute the file's absolute, normalized path
         * @param stamp    the file's stamp, or null when it could not be stated
         */
        boolean stated(Path file, String absolute, FileStamp stamp);

        void problem(Problem problem);
    }

    /** Stops the walk if it is still going, and waits for its thread (at most the stat it is in). Again, nothing. */
    @Override
    public void close() {
        stopped = true;
        walker.interrupt();
        walked.clear();
        try {
            walker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
