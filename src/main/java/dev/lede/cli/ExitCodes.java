package dev.lede.cli;

/** The exit statuses of every lede command, decided in one place (docs/architecture.md, "Conventions"). */
public final class ExitCodes {

    /** Everything given was read. */
    public static final int OK = 0;
    /** Some inputs could not be read, the rest were; or the output could not be written (CheckedOutput). */
    public static final int SOME_FAILED = 1;
    /**
     * The command line was wrong: an unknown option, a bad value, or a name that matches nothing (an
     * article number or id, a subscription's name, URL or tag). An input that cannot be read is not: it
     * is skipped ({@link #SOME_FAILED}, {@link #NOTHING_READ}).
     */
    public static final int USAGE = 2;
    /** Nothing could be read at all. */
    public static final int NOTHING_READ = 3;

    /** {@link #OK}, {@link #SOME_FAILED} and {@link #NOTHING_READ} as the commands' --help says them. */
    static final String OK_HELP = "0:everything given was read";

    static final String SOME_FAILED_HELP =
            "1:some inputs could not be read (each is named on stderr), or the output could not be written";
    static final String NOTHING_READ_HELP = "3:nothing could be read";

    /** The reader's {@link #SOME_FAILED} line: it also covers a terminal it could not take (ReaderSession). */
    static final String READER_FAILED_HELP =
            "1:some inputs could not be read (each is named on stderr), the terminal could not be used, or the output "
                    + "could not be written";

    /** {@link #USAGE} as the commands' --help says it (picocli's {@code exitCodeList}). */
    static final String USAGE_HELP = "2:wrong usage, or a name that matches nothing (an article number or id, "
            + "a subscription's name, URL or tag)";

    /**
     * What ends each subscription command's {@link #SOME_FAILED} line: the list's, the state's or the
     * library's folder refused (SubscriptionCommand says which and why). The commands that read articles
     * only warn about theirs (the state is not kept, the index is not used), and their status stays.
     */
    static final String OWN_FOLDER_HELP =
            "a folder of lede's own (its config, state or library) cannot be read or written (named on stderr "
                    + "with the reason)";

    /** {@link #NOTHING_READ} where the command's input is the subscription list. */
    static final String NO_LIST_HELP = "3:no subscription list (HOME is not set)";

    private ExitCodes() {}

    /** The status for a load that found {@code articles} articles and {@code problems} problems. */
    public static int forLoad(int articles, int problems) {
        if (articles == 0 && problems > 0) {
            return NOTHING_READ;
        }
        return problems > 0 ? SOME_FAILED : OK;
    }
}
