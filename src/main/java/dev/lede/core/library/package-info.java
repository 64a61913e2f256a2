/** The loaded library: compact entries, related-headline resolution and search. Pure: no I/O. */
package dev.lede.core.library;
