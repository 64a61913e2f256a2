package dev.lede.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/** Runs the real command line in process with its own stdin, capturing stdout, stderr and the status. */
record CliRun(int exitCode, String out, String err) {

    static CliRun withStdin(String stdin, String... args) {
        return withStdinBytes(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static CliRun withStdinBytes(byte[] stdin, String... args) {
        // Never the developer's own reading state or configuration.
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("XDG_STATE_HOME", "/nonexistent/lede-test-state");
        environment.put("XDG_CONFIG_HOME", "/nonexistent/lede-test-config");
        environment.put("XDG_CACHE_HOME", "/nonexistent/lede-test-cache");
        return withEnvironment(environment, stdin, args);
    }

    /** With its own environment (XDG_STATE_HOME, XDG_CONFIG_HOME…). */
    static CliRun withEnvironment(Map<String, String> environment, String stdin, String... args) {
        return withEnvironment(environment, stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static CliRun withEnvironment(Map<String, String> environment, byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = LedeCommand.commandLine(new ByteArrayInputStream(stdin), environment);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun of(String... args) {
        return withStdin("", args);
    }
}
