/** Readability-grade reading of saved web pages with jsoup: metadata, main content, related headlines. */
package dev.lede.core.parse.html;
