/** Text rules shared by the parsers, the wrapper and the painter: sanitizing and display width. */
package dev.lede.core.text;
