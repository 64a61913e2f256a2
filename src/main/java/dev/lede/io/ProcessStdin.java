package dev.lede.io;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * This process's stdin as lede may read it. A stdin the caller closed ({@code java -jar lede-all.jar <&-})
 * leaves fd 0 free, and the JVM's first open file takes it: the jar or the runtime's {@code lib/modules},
 * which lede would then read as piped text ("input is over the 32 MiB limit"). The launchers open a closed
 * fd on /dev/null before Java starts; this is the same for {@code java -jar}: fd 0 holding a file the runtime
 * opened for itself means stdin was closed, and reads as /dev/null does.
 */
public record ProcessStdin(InputStream stream, StdinKind kind) {

    private static final Path FD0 = Path.of("/proc/self/fd/0");

    /** This process's stdin. */
    public static ProcessStdin ofThisProcess() {
        Path target = fd0Target();
        if (target != null && heldByRuntime(target, runtimeFiles())) {
            return new ProcessStdin(InputStream.nullInputStream(), StdinKind.NOTHING);
        }
        return new ProcessStdin(System.in, StdinKind.ofThisProcess());
    }

    /** Whether fd 0 names a file inside the Java runtime's folder or a jar or folder of the class path. */
    static boolean heldByRuntime(Path fd0Target, List<Path> runtimeFiles) {
        if (fd0Target == null || !fd0Target.isAbsolute()) {
            return false; // a pipe, a socket or no fd 0 at all: not a file anyone opened by name
        }
        Path target = fd0Target.normalize();
        return runtimeFiles.stream().anyMatch(runtime -> target.startsWith(runtime.normalize()));
    }

    private static Path fd0Target() {
        try {
            return Files.isSymbolicLink(FD0) && Files.isRegularFile(FD0) ? FD0.toRealPath() : null;
        } catch (IOException | SecurityException gone) {
            return null;
        }
    }

    /** The runtime's own folder and the class path's entries, as real paths where they exist. */
    private static List<Path> runtimeFiles() {
        String classPath = System.getProperty("java.class.path", "");
        return Stream.concat(
                        Stream.of(System.getProperty("java.home", "")),
                        Arrays.stream(classPath.split(File.pathSeparator)))
                .filter(name -> !name.isEmpty())
                .map(ProcessStdin::real)
                .toList();
    }

    private static Path real(String name) {
        Path path = Path.of(name).toAbsolutePath();
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException absent) {
            return path;
        }
    }
}
