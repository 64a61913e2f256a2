package dev.lede.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code lede --version}: the version, the commit it was built from, and the Java runtime. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Properties build = buildProperties();
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
        return buildProperties().getProperty("version", "0.0.0");
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/lede/build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // A missing or unreadable file only makes --version say less.
        }
        return properties;
    }
}
