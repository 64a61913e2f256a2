/** The reader's state machine: state, events, effects and a pure update function. No terminal, no I/O. */
package dev.lede.ui;
