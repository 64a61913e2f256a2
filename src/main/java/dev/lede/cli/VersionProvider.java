package dev.lede.cli;

import dev.lede.io.BuildInfo;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code lede --version}: the version, the commit it was built from, and the Java runtime. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Properties build = BuildInfo.properties();
        String commit = build.getProperty("commit", "");
        if (commit.isBlank() || commit.startsWith("${")) {
            commit = "unknown";
        } else if ("true".equals(build.getProperty("dirty"))) {
            commit += " (modified)";
        }
        return new String[] {
            "lede " + version(),
            "commit " + commit,
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                    + System.getProperty("java.vendor") + ")"
        };
    }

    /** The version this build carries, e.g. {@code 0.1.0}. */
    static String version() {
        return BuildInfo.version();
    }
}
