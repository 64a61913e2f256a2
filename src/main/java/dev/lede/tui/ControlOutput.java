package dev.lede.tui;

import java.io.IOException;

/**
 * A terminal that takes bytes as they are, past Lanterna's drawing calls: where the wire renderer's frames
 * go ({@link WireDisplay}). The tty ({@link LedeTerminal}) in use; an emulator in the tests.
 */
interface ControlOutput {

    /** Writes {@code sequence} unchanged and flushes. */
    void writeControl(byte[] sequence) throws IOException;
}
