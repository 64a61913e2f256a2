/** All reading of files, stdin and URLs, and the queries about the process's terminal. */
package dev.lede.io;
