/** Subscriptions, pure: the list file's lines, OPML, how a fetched item becomes an article file's text. */
package dev.lede.core.subscribe;
