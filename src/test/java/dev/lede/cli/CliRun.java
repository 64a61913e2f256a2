package dev.lede.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the real command line in process with its own stdin, capturing stdout, stderr and the status. */
record CliRun(int exitCode, String out, String err) {

    static CliRun withStdin(String stdin, String... args) {
        // Never the developer's own reading state or configuration.
        java.util.Map<String, String> environment = new java.util.HashMap<>(System.getenv());
        environment.put("XDG_STATE_HOME", "/nonexistent/lede-test-state");
        environment.put("XDG_CONFIG_HOME", "/nonexistent/lede-test-config");
        return withEnvironment(environment, stdin, args);
    }

    /** With its own environment (XDG_STATE_HOME, XDG_CONFIG_HOME…). */
    static CliRun withEnvironment(java.util.Map<String, String> environment, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = LedeCommand.commandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                environment);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun of(String... args) {
        return withStdin("", args);
    }
}
