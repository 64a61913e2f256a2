package dev.lede.io;

import dev.lede.core.article.Problem;
import dev.lede.io.index.FileStamp;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * The files that path arguments name, in load order — each argument in turn, a folder's files as
 * {@link DirectoryWalk} lists them, a file named twice once — and what could not be walked, in its place.
 * The one walk of the indexed load and of the check that an archive is unchanged, so both see the same files.
 */
final class InputWalk {

    /** Told of each input in order; returning false from {@link #file} stops the walk. */
    interface Visitor {

        /**
         * @param name  the file as this run names it: the argument, or its folder as typed and the rest
         * @param stamp the file's stamp from the walk's own stat of it, or null when the walk did not
         *              state it (a file named as an argument)
         */
        boolean file(Path file, String name, FileStamp stamp);

        void problem(Problem problem);
    }

    private InputWalk() {}

    /** Walks every argument in order; returns false when the visitor stopped it. */
    static boolean walk(List<String> arguments, LoadOptions options, Visitor visitor) {
        SeenFiles seen = SeenFiles.forArguments(arguments.size());
        for (String argument : arguments) {
            if (!walk(argument, seen, options, visitor)) {
                return false;
            }
        }
        return true;
    }

    /** Walks one argument, skipping files {@code seen} met before; returns false when the visitor stopped it. */
    static boolean walk(String argument, SeenFiles seen, LoadOptions options, Visitor visitor) {
        if (argument.isEmpty()) { // Path.of("") is the working folder; as for cat '', no file has no name
            visitor.problem(new Problem("''", "no such file"));
            return true;
        }
        Path path;
        try {
            path = UndecodedName.find(argument).orElseGet(() -> Path.of(argument));
        } catch (InvalidPathException e) {
            visitor.problem(new Problem(argument, FileFailures.invalidPath(e)));
            return true;
        }
        if (!Files.isDirectory(path)) {
            return !seen.firstTime(path) || visitor.file(path, argument, null);
        }
        if (!seen.firstTime(path)) { // a folder named twice: its files and its problems were met the first time
            return true;
        }
        DirectoryWalk walk = new DirectoryWalk(path, options, seen::firstTime);
        boolean problems = false;
        while (walk.hasNext()) {
            int step = next(walk, seen, visitor);
            if (step < 0) {
                return false;
            }
            problems |= step > 0;
        }
        problems |= reported(walk, visitor);
        if (walk.files() == 0 && !problems) {
            visitor.problem(new Problem(argument, Loader.nothingIn(walk.otherKinds())));
        }
        return true;
    }

    /**
     * Hands the walk's next file to the visitor, after the problems met on the way to it: -1 when the
     * visitor stopped the walk, 1 when there were problems, else 0. A method of its own, called once per
     * file, so that the JIT compiles it after a few hundred files: as the body of the walk's loop it ran
     * interpreted to the end (a loop is compiled only after tens of thousands of rounds). The check of
     * 10,000 unchanged files took 100 ms of CPU instead of 118 (docs/performance.md, "Where `lede list` goes").
     */
    private static int next(DirectoryWalk walk, SeenFiles seen, Visitor visitor) {
        Path file = walk.next();
        boolean problems = reported(walk, visitor);
        if (seen.firstTime(file) && !visitor.file(file, file.toString(), walk.stamp())) {
            return -1;
        }
        return problems ? 1 : 0;
    }

    private static boolean reported(DirectoryWalk walk, Visitor visitor) {
        List<Problem> problems = walk.drainProblems();
        for (int i = 0; i < problems.size(); i++) { // no iterator: asked after every file, nearly always empty
            visitor.problem(problems.get(i));
        }
        return !problems.isEmpty();
    }
}
