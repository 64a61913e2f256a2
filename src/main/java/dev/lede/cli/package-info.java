/** The command line (picocli): wires loading, the library and the reader together. */
package dev.lede.cli;
