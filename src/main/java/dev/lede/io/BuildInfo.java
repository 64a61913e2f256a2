package dev.lede.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** What the build wrote into the jar: the version and the commit (see pom.xml's resource filtering). */
public final class BuildInfo {

    private BuildInfo() {}

    /** The version this build carries, e.g. {@code 0.1.0}. */
    public static String version() {
        return properties().getProperty("version", "0.0.0");
    }

    /** Every build property; empty when the file is missing or unreadable (running from a bare class path). */
    public static Properties properties() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/dev/lede/build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // A missing or unreadable file only makes --version say less.
        }
        return properties;
    }
}
