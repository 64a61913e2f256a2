/** The only impure loop: Lanterna's Screen on /dev/tty, painting frames and turning keys into events. */
package dev.lede.tui;
