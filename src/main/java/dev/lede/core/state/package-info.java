/** What a reader keeps between runs: read marks, stars and places in articles, and its file format. */
package dev.lede.core.state;
