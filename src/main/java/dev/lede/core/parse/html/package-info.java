/** HTML pages to articles: readability-style extraction with jsoup. */
package dev.lede.core.parse.html;
