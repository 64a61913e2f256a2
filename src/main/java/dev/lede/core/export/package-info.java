/** The `lede export` JSON Lines format (FORMATS.md §5), written without a JSON library. */
package dev.lede.core.export;
