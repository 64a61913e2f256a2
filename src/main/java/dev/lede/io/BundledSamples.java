package dev.lede.io;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The sample library packed into the jar. The loader reads folders, and bodies are re-read from
 * disk, so the samples are copied once into a cache folder named after the version.
 */
public final class BundledSamples {

    private static final String PREFIX = "dev/lede/samples/";

    /** The temporary copies this process made, by cache root and version. */
    private static final Map<String, Path> TEMPORARY_COPIES = new ConcurrentHashMap<>();

    private final Path cacheRoot;
    private final String version;
    private final Copy copy;

    /** How one sample's bytes reach its file (a test's stands in for a full disk). */
    interface Copy {
        void to(InputStream in, Path file) throws IOException;
    }

    /** @param cacheRoot where lede may keep files it can recreate ({@code $XDG_CACHE_HOME/lede}) */
    public BundledSamples(Path cacheRoot, String version) {
        this(cacheRoot, version, (in, file) -> Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING));
    }

    BundledSamples(Path cacheRoot, String version, Copy copy) {
        this.cacheRoot = cacheRoot;
        this.version = version;
        this.copy = copy;
    }

    /**
     * The samples of this version under the cache root of {@code environment} ({@link CacheRoot}); without a
     * home folder, under the Java user's home.
     */
    public static BundledSamples of(Map<String, String> environment, String version) {
        return new BundledSamples(
                CacheRoot.of(environment).orElse(Paths.get(System.getProperty("user.home"), ".cache", "lede")),
                version);
    }

    /**
     * Where {@link #folder} puts the samples, without unpacking them; once this process has made a
     * {@link #temporaryCopy} of them, that copy.
     */
    public Path place() {
        Path copy = TEMPORARY_COPIES.get(key());
        return copy != null ? copy : cacheRoot.resolve("samples-" + version);
    }

    /**
     * The samples unpacked into a new folder under the system's temporary folder, deleted as the process
     * ends: what is read when the cache cannot be written (a home folder that is not the user's). Reading
     * them needs no cache; keeping them would need one.
     */
    public Path temporaryCopy() throws IOException {
        Path copy = TEMPORARY_COPIES.get(key());
        if (copy != null) {
            return copy;
        }
        Path folder = Files.createTempDirectory("lede-samples-");
        try {
            unpackInto(folder);
        } catch (IOException e) {
            deleteTree(folder);
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(folder), "lede-samples-cleanup"));
        TEMPORARY_COPIES.put(key(), folder);
        return folder;
    }

    /** Whether {@code folder} is a {@link #temporaryCopy} made by this process (no index keeps what goes). */
    public static boolean isTemporaryCopy(Path folder) {
        return TEMPORARY_COPIES.containsValue(folder);
    }

    private String key() {
        return cacheRoot + "\0" + version;
    }

    /** A folder holding the samples, extracting them on first use. */
    public Path folder() throws IOException {
        Path target = place();
        if (Files.isDirectory(target) && !version.endsWith("SNAPSHOT")) {
            return target;
        }
        Path staging = Files.createDirectories(cacheRoot)
                .resolve("samples-" + version + ".tmp" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(staging);
            unpackInto(staging);
            replace(target, staging);
        } catch (FileSystemException e) {
            deleteTree(staging); // a full disk must not be left fuller by each run that tried
            throw e;
        } catch (IOException e) {
            deleteTree(staging);
            // A failed write names no file ("No space left on device"): the folder it was for is named.
            throw new FileSystemException(target.toString(), null, e.getMessage());
        }
        return target;
    }

    private void unpackInto(Path folder) throws IOException {
        for (String name : sampleNames()) {
            try (InputStream in = BundledSamples.class.getClassLoader().getResourceAsStream(PREFIX + name)) {
                if (in != null) {
                    copy.to(in, folder.resolve(name));
                }
            }
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | RuntimeException e) {
            // as much as could be done; the cache is safe to delete by hand
        }
    }

    private static void replace(Path target, Path staging) throws IOException {
        if (Files.isDirectory(target)) {
            try (Stream<Path> old = Files.list(target)) {
                for (Path file : old.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.delete(target);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<String> sampleNames() throws IOException {
        Path location;
        try {
            location = Paths.get(BundledSamples.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException | SecurityException e) {
            throw new IOException("cannot locate the bundled samples: " + e.getMessage(), e);
        }
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.list(location.resolve(PREFIX))) {
                files.forEach(file -> names.add(file.getFileName().toString()));
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith(PREFIX) && name.length() > PREFIX.length() && !name.endsWith("/")) {
                        names.add(name.substring(PREFIX.length()));
                    }
                }
            }
        }
        return names;
    }
}
