/**
 * Subscriptions on disk and on the wire: the list file, fetching with good manners, the per-feed state,
 * article files written whole, pruning (README, "Subscriptions").
 */
package dev.lede.io.fetch;
