/** The `lede export` JSON Lines format (README, "Formats"), written without a JSON library. */
package dev.lede.core.export;
