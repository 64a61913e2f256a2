package dev.lede.tui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether Ctrl-Z can stop lede: the kernel does not stop a process group that no shell of its session
 * can resume (an orphaned group, POSIX), such as {@code ssh -t host lede}, where lede leads its own
 * session. Told by {@code /proc}; where that cannot be read, lede tries to stop as before.
 */
final class JobControl {

    /** A process as {@code /proc/PID/stat} gives it. */
    record Proc(long pid, long parent, long group, long session) {}

    private JobControl() {}

    /** Whether this process can be stopped and resumed by a shell; true when {@code /proc} cannot tell. */
    static boolean canStop() {
        long self = ProcessHandle.current().pid();
        Optional<Proc> me = read(self);
        if (me.isEmpty()) {
            return true;
        }
        List<Proc> all = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.map(path -> path.getFileName().toString())
                    .filter(name -> name.chars().allMatch(Character::isDigit))
                    .map(name -> read(Long.parseLong(name)))
                    .flatMap(Optional::stream)
                    .forEach(all::add);
        } catch (IOException | RuntimeException unreadable) {
            return true;
        }
        return stoppable(me.get(), all);
    }

    /**
     * Whether {@code self}'s group is not orphaned: one of its members has a parent in another group of
     * the same session, the shell that made it a job.
     */
    static boolean stoppable(Proc self, List<Proc> all) {
        Map<Long, Proc> byPid = all.stream().collect(Collectors.toMap(Proc::pid, Function.identity(), (a, b) -> a));
        return all.stream()
                .filter(proc -> proc.group() == self.group())
                .map(member -> byPid.get(member.parent()))
                .anyMatch(parent ->
                        parent != null && parent.session() == self.session() && parent.group() != self.group());
    }

    static Optional<Proc> parse(long pid, String stat) {
        // The command name may hold spaces and brackets: the fields after the last ')' are the state,
        // the parent, the group and the session.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 1).trim().split(" +");
        try {
            return fields.length < 4
                    ? Optional.empty()
                    : Optional.of(new Proc(
                            pid, Long.parseLong(fields[1]), Long.parseLong(fields[2]), Long.parseLong(fields[3])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Proc> read(long pid) {
        try {
            return parse(pid, Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
        } catch (IOException | RuntimeException gone) {
            return Optional.empty(); // ended meanwhile, or no /proc
        }
    }
}
