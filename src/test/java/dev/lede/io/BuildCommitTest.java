package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code lede --version} names the commit the build was made from: the checkout's own HEAD, also in a linked git
 * worktree, whose {@code .git} is a file pointing into the main checkout's (the build had named the main
 * checkout's HEAD there, as the commit plugin's own git reader does; pom.xml has it ask git itself).
 */
class BuildCommitTest {

    @Test
    void theBuildNamesTheCheckoutsOwnHead() throws Exception {
        assumeTrue(Files.exists(Path.of(".git")), "not built from a git checkout");
        String head = git("rev-parse", "--short=10", "HEAD");
        assumeTrue(head != null && !head.isEmpty(), "git is not at hand");
        String commit = BuildInfo.properties().getProperty("commit", "");
        assumeTrue(!commit.isBlank() && !commit.startsWith("${"), "the build recorded no commit");
        assertEquals(head, commit);
    }

    private static String git(String... arguments) throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 1];
        command[0] = "git";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process git;
        try {
            git = new ProcessBuilder(command).redirectErrorStream(false).start();
        } catch (IOException e) {
            return null; // no git on the path
        }
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!git.waitFor(10, TimeUnit.SECONDS) || git.exitValue() != 0) {
            return null;
        }
        return out;
    }
}
