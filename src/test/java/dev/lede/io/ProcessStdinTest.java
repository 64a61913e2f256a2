package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stdin the caller closed is told by fd 0 holding one of the runtime's own files (`java -jar x.jar <&-`). */
class ProcessStdinTest {

    private static final List<Path> RUNTIME =
            List.of(Path.of("/usr/lib/jvm/java-17"), Path.of("/opt/lede/lede-all.jar"), Path.of("/opt/lede/classes"));

    @Test
    void theRuntimesModulesFileOnFd0MeansStdinWasClosed() {
        assertTrue(ProcessStdin.heldByRuntime(Path.of("/usr/lib/jvm/java-17/lib/modules"), RUNTIME));
    }

    @Test
    void theJarOrAClassFolderOnFd0MeansStdinWasClosed() {
        assertTrue(ProcessStdin.heldByRuntime(Path.of("/opt/lede/lede-all.jar"), RUNTIME));
        assertTrue(ProcessStdin.heldByRuntime(Path.of("/opt/lede/classes/dev/lede/Main.class"), RUNTIME));
    }

    @Test
    void aFileTheUserRedirectedIsStdin() {
        assertFalse(ProcessStdin.heldByRuntime(Path.of("/home/ann/article.txt"), RUNTIME));
        assertFalse(ProcessStdin.heldByRuntime(Path.of("/usr/lib/jvm/java-17-notes.txt"), RUNTIME));
        assertFalse(ProcessStdin.heldByRuntime(Path.of("/opt/lede/lede-all.jar.txt"), RUNTIME));
    }

    @Test
    void aPipeOrNoFd0IsNotTheRuntimes() {
        assertFalse(ProcessStdin.heldByRuntime(null, RUNTIME));
        assertFalse(ProcessStdin.heldByRuntime(Path.of("pipe:[4242]"), RUNTIME));
    }
}
