package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StdinKindTest {

    @TempDir
    Path dir;

    @Test
    void aRegularFileCarriesData() throws IOException {
        Path file = Files.writeString(dir.resolve("story.txt"), "Harbour pilots vote to strike.\n");
        assertEquals(StdinKind.DATA, StdinKind.of(file, () -> true));
    }

    @Test
    void aPipeCarriesData() throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(5, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "no mkfifo here");
        assertEquals(StdinKind.DATA, StdinKind.of(fifo, () -> true));
    }

    @Test
    void aSocketCarriesData() throws IOException {
        Path socket = dir.resolve("socket");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            assertEquals(StdinKind.DATA, StdinKind.of(socket, () -> true));
        }
    }

    @Test
    void devNullIsNothingToRead() {
        assumeTrue(Files.exists(Path.of("/dev/null")));
        assertEquals(StdinKind.NOTHING, StdinKind.of(Path.of("/dev/null"), () -> false));
    }

    @Test
    void aCharacterDeviceThatIsATerminalIsTheKeyboard() {
        assumeTrue(Files.exists(Path.of("/dev/null")));
        assertEquals(StdinKind.TERMINAL, StdinKind.of(Path.of("/dev/null"), () -> true));
        assertEquals(StdinKind.TERMINAL, StdinKind.ofMode(0020620, () -> true)); // crw--w---- /dev/pts/N
    }

    @Test
    void aFolderOrAClosedStdinIsNothingToRead() {
        assertEquals(StdinKind.NOTHING, StdinKind.of(dir, () -> true));
        assertEquals(StdinKind.NOTHING, StdinKind.of(dir.resolve("gone"), () -> true));
    }

    @Test
    void onlyACharacterDeviceIsAskedWhetherItIsATerminal() {
        assertEquals(StdinKind.DATA, StdinKind.ofMode(0010600, () -> {
            throw new AssertionError("a pipe is never a terminal");
        }));
    }
}
