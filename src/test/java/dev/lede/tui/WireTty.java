package dev.lede.tui;

/**
 * A virtual terminal that takes frames as the tty does, through the wire renderer's bytes
 * ({@link ControlOutput}), and shows them on {@link AnsiScreen}, the test emulator that fails on any
 * sequence it does not model: keys and size come from Lanterna's virtual terminal, the screen from the bytes.
 */
final class WireTty extends VirtualTty implements ControlOutput {

    private final AnsiScreen shown;
    private final int columns;
    private final int rows;
    private int frames;

    WireTty(int columns, int rows) {
        super(columns, rows);
        this.columns = columns;
        this.rows = rows;
        this.shown = new AnsiScreen(columns, rows);
    }

    @Override
    public synchronized void writeControl(byte[] sequence) {
        shown.feed(sequence);
        frames++;
    }

    /** How many writes the renderer made. */
    synchronized int frames() {
        return frames;
    }

    /** What the emulator shows, one line per row, trailing spaces removed. */
    @Override
    synchronized String text() {
        StringBuilder out = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < columns; column++) {
                String cell = shown.cell(row, column);
                int end = cell.indexOf('\u0000');
                line.append(end == 0 ? " " : cell.substring(0, end));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
