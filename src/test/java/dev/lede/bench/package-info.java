/** JMH benchmarks of the reader's in-process latency (built only with the Maven profile {@code bench}). */
package dev.lede.bench;
