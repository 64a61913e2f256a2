/**
 * The library index: what the parsers found in each input file, kept in one SQLite database in the cache
 * folder so that an unchanged library is listed, searched and resolved without reading its files again.
 */
package dev.lede.io.index;
