package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TtyTest {

    @Test
    void pipesSocketsAndFilesOnStdinCarryAnArticle() {
        assertTrue(Tty.carriesData("pipe:[546266]"));
        assertTrue(Tty.carriesData("socket:[1234]"));
        assertTrue(Tty.carriesData("/home/reader/story.txt"));
    }

    @Test
    void terminalsAndDevNullOnStdinDoNot() {
        assertFalse(Tty.carriesData("/dev/null"));
        assertFalse(Tty.carriesData("/dev/pts/3"));
        assertFalse(Tty.carriesData("/dev/tty1"));
        assertFalse(Tty.carriesData("anon_inode:[eventfd]"));
    }
}
