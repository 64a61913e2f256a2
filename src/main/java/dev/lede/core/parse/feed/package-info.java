/** Feeds to articles: RSS, RDF, Atom and JSON Feed, one article per item. */
package dev.lede.core.parse.feed;
