package dev.lede;

import dev.lede.cli.LedeCommand;

/** Entry point: the only place that calls {@code System.exit}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        StartupCacheFolder.keepAtExit();
        System.exit(LedeCommand.run(args));
    }
}
