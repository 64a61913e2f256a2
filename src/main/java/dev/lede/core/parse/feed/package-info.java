/** Feed parsers (RSS 0.9x/2.0, RSS 1.0/RDF, Atom 0.3/1.0, JSON Feed 1.0/1.1): one article per item, leniently. */
package dev.lede.core.parse.feed;
