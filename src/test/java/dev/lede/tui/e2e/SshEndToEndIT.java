package dev.lede.tui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tier 5 over a real sshd on 127.0.0.1 (private config, host and user keys in a temp folder, a free
 * high port), running the packaged jar: the reader renders through {@code ssh -tt}, and when the ssh
 * client is killed the server-side reader is gone within two seconds; without a terminal
 * ({@code ssh host 'cat a | lede'}) it prints the article and exits 0.
 */
class SshEndToEndIT {

    @TempDir
    Path dir;

    @Test
    void rendersOverSshAndDiesWithTheConnection() throws Exception {
        needsSsh();
        Path article = article();
        int port = freePort();
        Process sshd = startSshd(port);
        try (Tmux tmux = new Tmux()) {
            String remote = "cd " + Launch.quoted(Launch.root()) + " && XDG_CACHE_HOME="
                    + Launch.quoted(dir.resolve("cache")) + " " + Launch.lede(Launch.quoted(article));
            tmux.start(90, 20, ssh(port, "-tt") + " \"" + remote.replace("\"", "\\\"") + "\"; sleep 60");
            String screen = tmux.await(s -> s.contains("Night ferry keeps its timetable") && s.contains("1/1"));
            assertTrue(
                    screen.contains("Night ferry keeps its timetable") && screen.contains("1/1"),
                    screen + "\nsshd log:\n" + log());
            ProcessHandle server = await(() -> serverSideReader(article), Duration.ofSeconds(10))
                    .orElseThrow(() -> new AssertionError("no server-side reader process found"));
            ProcessHandle client = ProcessHandle.allProcesses()
                    .filter(p -> p.info().command().orElse("").endsWith("/ssh"))
                    .filter(p ->
                            p.info().arguments().map(List::of).orElse(List.of()).contains(String.valueOf(port)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("ssh client not found"));
            client.destroyForcibly(); // SIGKILL: the connection drops without a goodbye
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (running(server) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertFalse(running(server), "the server-side reader outlived its ssh connection by 2 s");
        } finally {
            sshd.destroy();
            sshd.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void withoutATerminalOverSshItPrintsThePipedArticleAndExitsZero() throws Exception {
        needsSsh();
        Path article = article();
        int port = freePort();
        Process sshd = startSshd(port);
        try {
            String remote = "cat " + Launch.quoted(article) + " | " + Launch.lede("");
            List<String> command =
                    new java.util.ArrayList<>(List.of(ssh(port, "").trim().split(" +")));
            command.add(remote);
            Process client = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectError(dir.resolve("client-err.txt").toFile())
                    .start();
            String out = new String(client.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(client.waitFor(60, TimeUnit.SECONDS), "ssh did not finish");
            String err = Files.readString(dir.resolve("client-err.txt"));
            assertEquals(0, client.exitValue(), out + "\nstderr:\n" + err + "\nsshd log:\n" + log());
            assertTrue(out.contains("Night ferry keeps its timetable") && out.contains("said captain Runa"), out);
            assertFalse(out.contains("\u001b"), "no escape sequences when there is no terminal:\n" + out);
        } finally {
            sshd.destroy();
            sshd.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private void needsSsh() {
        Assumptions.assumeTrue(Tmux.isInstalled(), "tmux is not installed: ssh end-to-end test skipped");
        Assumptions.assumeTrue(
                Files.isExecutable(Path.of("/usr/sbin/sshd")) && Tmux.onPath("ssh") && Tmux.onPath("ssh-keygen"),
                "openssh-server/client not installed: ssh end-to-end test skipped");
        Launch.jar();
    }

    private Path article() throws IOException {
        return Launch.write(
                dir,
                "ssh-article.txt",
                "Night ferry keeps its timetable\n"
                        + "The night ferry from Kellport kept its timetable all winter, said captain Runa Eide.\n");
    }

    private String ssh(int port, String ttyOption) {
        return "ssh " + ttyOption + " -p " + port + " -i " + dir.resolve("user_key")
                + " -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o BatchMode=yes "
                + System.getProperty("user.name") + "@127.0.0.1";
    }

    private Optional<ProcessHandle> serverSideReader(Path article) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("lede.jar"))
                .filter(p -> p.info().commandLine().orElse("").contains(article.toString()))
                .filter(p -> p.info().command().orElse("").contains("java"))
                .findFirst();
    }

    /**
     * Alive and not a zombie. Once sshd's session process is gone the reader's parent is PID 1, and
     * some init processes (this machine's included) take a second or more to reap: the reader has
     * exited by then, only its process-table entry is left, which isAlive() still counts.
     */
    private static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2); // the field after "(command)"
            return state != 'Z' && state != 'X';
        } catch (IOException gone) {
            return false;
        }
    }

    private Process startSshd(int port) throws IOException, InterruptedException {
        run(
                "ssh-keygen",
                "-q",
                "-t",
                "ed25519",
                "-N",
                "",
                "-f",
                dir.resolve("host_key").toString());
        run(
                "ssh-keygen",
                "-q",
                "-t",
                "ed25519",
                "-N",
                "",
                "-f",
                dir.resolve("user_key").toString());
        Files.copy(dir.resolve("user_key.pub"), dir.resolve("authorized_keys"));
        Files.writeString(
                dir.resolve("sshd_config"),
                String.join(
                                "\n",
                                "Port " + port,
                                "ListenAddress 127.0.0.1",
                                "HostKey " + dir.resolve("host_key"),
                                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                                "PidFile " + dir.resolve("sshd.pid"),
                                "PubkeyAuthentication yes",
                                "PasswordAuthentication no",
                                "KbdInteractiveAuthentication no",
                                "PermitRootLogin yes",
                                "StrictModes no",
                                "UsePAM no",
                                "PrintMotd no",
                                "X11Forwarding no",
                                "AllowTcpForwarding no",
                                "PermitUserEnvironment no",
                                "SetEnv LANG=C.UTF-8",
                                "")
                        + "\n");
        Files.createDirectories(Path.of("/run/sshd")); // privilege separation directory sshd insists on
        Process sshd = new ProcessBuilder(
                        "/usr/sbin/sshd",
                        "-D",
                        "-e",
                        "-f",
                        dir.resolve("sshd_config").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("sshd.log").toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline && !isListening(port)) {
            Assumptions.assumeTrue(sshd.isAlive(), "sshd did not start: " + log());
            Thread.sleep(50);
        }
        return sshd;
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("sshd.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static boolean isListening(int port) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed");
        }
    }

    private static <T> Optional<T> await(java.util.function.Supplier<Optional<T>> probe, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<T> found = probe.get();
        while (found.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            found = probe.get();
        }
        return found;
    }
}
