package dev.lede.cli;

/** The exit statuses of every lede command, decided in one place (docs/architecture.md, "Conventions"). */
public final class ExitCodes {

    /** Everything given was read. */
    public static final int OK = 0;
    /** Some inputs could not be read; the rest were. */
    public static final int SOME_FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** Nothing could be read at all. */
    public static final int NOTHING_READ = 3;

    private ExitCodes() {}

    /** The status for a load that found {@code articles} articles and {@code problems} problems. */
    public static int forLoad(int articles, int problems) {
        if (articles == 0 && problems > 0) {
            return NOTHING_READ;
        }
        return problems > 0 ? SOME_FAILED : OK;
    }
}
