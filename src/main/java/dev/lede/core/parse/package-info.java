/** Parsers from bytes to articles: plain text, HTML pages and feeds, chosen by content. Pure: no I/O. */
package dev.lede.core.parse;
