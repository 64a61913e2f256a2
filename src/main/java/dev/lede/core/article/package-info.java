/** The article model every input becomes: immutable records, no behaviour beyond derived values. */
package dev.lede.core.article;
