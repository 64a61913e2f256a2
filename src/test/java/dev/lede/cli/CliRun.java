package dev.lede.cli;

import dev.lede.io.StdinKind;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs the real command line in process with its own stdin, capturing stdout, stderr and the status.
 * Stdin is piped data when the run is given some, else {@code /dev/null} (nothing to read), unless a
 * kind is named.
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun withStdin(String stdin, String... args) {
        return withStdinBytes(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static CliRun withStdinBytes(byte[] stdin, String... args) {
        return withStdin(StdinKind.DATA, stdin, args);
    }

    /** Stdin of this kind with these bytes (a terminal's or /dev/null's are never read). */
    static CliRun withStdin(StdinKind kind, byte[] stdin, String... args) {
        return withEnvironment(testEnvironment(), kind, stdin, args);
    }

    /** The environment of every run: never the developer's own reading state or configuration. */
    static Map<String, String> testEnvironment() {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("XDG_STATE_HOME", "/nonexistent/lede-test-state");
        environment.put("XDG_CONFIG_HOME", "/nonexistent/lede-test-config");
        environment.put("XDG_CACHE_HOME", TestCache.FOLDER.toString());
        return environment;
    }

    /**
     * One cache folder for this test JVM's runs (the library index, the bundled samples), never the
     * developer's: every command run in tests goes through the index as a user's would.
     */
    private static final class TestCache {
        static final java.nio.file.Path FOLDER = create();

        private static java.nio.file.Path create() {
            try {
                java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("lede-test-cache");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> dev.lede.TempFolders.delete(folder)));
                return folder;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** With its own environment (XDG_STATE_HOME, XDG_CONFIG_HOME…). */
    static CliRun withEnvironment(Map<String, String> environment, String stdin, String... args) {
        return withEnvironment(environment, stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static CliRun withEnvironment(Map<String, String> environment, byte[] stdin, String... args) {
        return withEnvironment(environment, stdin.length == 0 ? StdinKind.NOTHING : StdinKind.DATA, stdin, args);
    }

    static CliRun withEnvironment(Map<String, String> environment, StdinKind kind, byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = LedeCommand.commandLine(new ByteArrayInputStream(stdin), kind, environment);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** With stdin {@code /dev/null}, as under cron or CI. */
    static CliRun of(String... args) {
        return withStdin(StdinKind.NOTHING, new byte[0], args);
    }
}
