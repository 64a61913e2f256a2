package dev.lede.ui;

/** Which pane takes the keys: the headline list or the reader. */
public enum Focus {
    LIST,
    READER
}
