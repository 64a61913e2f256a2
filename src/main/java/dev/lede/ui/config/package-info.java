/** The configuration file, parsed without touching the disk: settings, key bindings and their problems. */
package dev.lede.ui.config;
