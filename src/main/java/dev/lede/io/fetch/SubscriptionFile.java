package dev.lede.io.fetch;

import dev.lede.core.subscribe.SubscriptionList;
import dev.lede.io.AtomicWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The subscription list file: read as a whole, changed by replacing it whole. */
public final class SubscriptionFile {

    private final Path file;
    private String text = "";

    public SubscriptionFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /** Reads the file (a missing one is an empty list); problems are named {@code file:line}. */
    public SubscriptionList read() throws IOException {
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            text = "";
        }
        return SubscriptionList.parse(file.toString(), text);
    }

    /** The text as last read or written. */
    public String text() {
        return text;
    }

    public void write(String newText) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicWrite.write(file, newText.getBytes(StandardCharsets.UTF_8), true);
        text = newText;
    }
}
