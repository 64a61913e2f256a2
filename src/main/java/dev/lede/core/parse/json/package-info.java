/** A small lenient JSON reader shared by the JSON Feed and JSON-LD parsers (no dependency). */
package dev.lede.core.parse.json;
