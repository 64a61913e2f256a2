package dev.lede.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A name in a command lede suggests can be pasted into a shell as the one word it is. */
class ShellWordTest {

    @Test
    void plainWordsStayAsTheyAre() {
        assertEquals("harbour-news", ShellWord.of("harbour-news"));
        assertEquals("127.0.0.1-2", ShellWord.of("127.0.0.1-2"));
        assertEquals("https://a.example/feed.xml", ShellWord.of("https://a.example/feed.xml"));
    }

    @Test
    void anythingAShellSplitsOrExpandsIsSingleQuoted() {
        assertEquals("'Moved Atom'", ShellWord.of("Moved Atom"));
        assertEquals("'Tom & Jerry'", ShellWord.of("Tom & Jerry"));
        assertEquals("'$HOME'", ShellWord.of("$HOME"));
        assertEquals("'Ann'\\''s news'", ShellWord.of("Ann's news"));
        assertEquals("''", ShellWord.of(""));
        assertEquals("'Zoë'", ShellWord.of("Zoë"));
        assertEquals("'https://a.example/feed?x=1'", ShellWord.of("https://a.example/feed?x=1"), "? is a glob");
    }
}
