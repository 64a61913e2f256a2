package dev.lede.core.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The charset a declaration names (HTTP Content-Type, {@code <meta charset>}, the XML declaration), as
 * browsers read it: "ISO-8859-1", "latin1" and "US-ASCII" mean windows-1252 (WHATWG Encoding), so the
 * curly quotes and dashes in 0x80–0x9F stay characters instead of becoming C1 controls that are then
 * cleaned away ("don’t" must not become "dont").
 */
public final class CharsetLabels {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CharsetLabels() {}

    /** The charset {@code label} names, if Java knows it. */
    public static Optional<Charset> named(String label) {
        if (label == null) {
            return Optional.empty();
        }
        Charset charset;
        try {
            charset = Charset.forName(label.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
            return Optional.of(WINDOWS_1252);
        }
        return Optional.of(charset);
    }
}
