package dev.lede.ui.view;

import dev.lede.core.article.Problem;
import dev.lede.core.library.LoadCounts;
import dev.lede.core.text.Wrap;
import dev.lede.ui.OverlayRows;
import dev.lede.ui.UiOptions;
import dev.lede.ui.keys.Action;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems overlay: each input that was skipped, read with a warning or merged, with what happened
 * to it and why, wrapped (never cut) under a label that says which ({@link OverlayRows} counts the rows).
 */
final class ProblemsView {

    private ProblemsView() {}

    /** The title and the blank row under it ({@link OverlayRows#HEADER_ROWS}). */
    static List<FrameLine> header(List<Problem> problems, LoadCounts counts, UiOptions options, int width) {
        return List.of(title(problems, counts, options, width), new Row(width).line(Style.NORMAL));
    }

    /**
     * The problems' rows {@code top}..{@code top + rows} only, counted below the header: a folder of ten
     * thousand bad files must not cost ten thousand wrapped rows a frame (a problem that fits on its row is
     * only measured).
     */
    static List<FrameLine> body(List<Problem> problems, int width, int top, int rows) {
        List<FrameLine> lines = new ArrayList<>();
        int row = 0;
        for (int i = 0; i < problems.size() && row < top + rows; i++) {
            Problem problem = problems.get(i);
            int height = OverlayRows.problemRows(problem, width);
            if (row + height > top) {
                List<FrameLine> wrapped = wrapped(problem, width);
                for (int k = Math.max(0, top - row); k < wrapped.size() && row + k < top + rows; k++) {
                    lines.add(wrapped.get(k));
                }
            }
            row += height;
        }
        return lines;
    }

    private static FrameLine title(List<Problem> problems, LoadCounts counts, UiOptions options, int width) {
        String summary = LoadSummary.full(counts);
        if (summary.isEmpty()) {
            summary = problems.size() + (problems.size() == 1 ? " problem" : " problems");
        }
        String close = KeyLabel.of(options, Action.BACK_OR_QUIT)
                .map(key -> " — " + key + " closes this")
                .orElse("");
        return new Row(width, options.glyphs().cut())
                .cut(options.shown().line(" " + summary + close), Style.BOLD)
                .line(Style.NORMAL);
    }

    private static List<FrameLine> wrapped(Problem problem, int width) {
        String text = OverlayRows.problemText(problem);
        List<int[]> breaks = Wrap.breaks(text, OverlayRows.problemTextColumns(width));
        List<FrameLine> lines = new ArrayList<>();
        Style style = problem.kind() == Problem.Kind.SKIPPED ? Style.ERROR : Style.NORMAL;
        for (int i = 0; i < Math.max(1, breaks.size()); i++) {
            Row row = new Row(width);
            row.text(" ", Style.NORMAL);
            row.text(i == 0 ? label(problem.kind()) : "", Style.DIM);
            row.padTo(OverlayRows.PROBLEM_LABEL_COLUMNS, Style.NORMAL);
            if (!breaks.isEmpty()) {
                row.text(text.substring(breaks.get(i)[0], breaks.get(i)[1]), style);
            }
            lines.add(row.line(Style.NORMAL));
        }
        return lines;
    }

    private static String label(Problem.Kind kind) {
        return switch (kind) {
            case SKIPPED -> "skipped";
            case WARNING -> "warning";
            case MERGED -> "merged";
        };
    }
}
