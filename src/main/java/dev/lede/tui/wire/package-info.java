/**
 * The wire renderer: the fewest bytes that bring the terminal from what it shows to the painted frame.
 * It exists for the bytes on the wire over a slow link (bench P3 and P4, bench/README.md): only the cells
 * that changed, one SGR per change of style, the shortest cursor move, and a scroll where that is shorter.
 * It knows nothing of lede's screens: cells in ({@link dev.lede.tui.wire.ClusterCharacter}s), bytes out
 * ({@link dev.lede.tui.wire.WireRenderer}), with what the terminal shows kept in {@code ShownScreen}.
 */
package dev.lede.tui.wire;
