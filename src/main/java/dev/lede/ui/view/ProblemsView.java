package dev.lede.ui.view;

import dev.lede.core.article.Problem;
import dev.lede.core.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;

/** The problems overlay: each input that could not be read, with the reason, one a line. */
final class ProblemsView {

    /** The title and a blank line come before the problems. */
    private static final int HEADER_ROWS = 2;

    private ProblemsView() {
    }

    static int lineCount(List<Problem> problems) {
        return HEADER_ROWS + problems.size();
    }

    /** Rows {@code top}..{@code top + rows} only: a folder of ten thousand bad files must not cost ten thousand rows a frame. */
    static List<FrameLine> lines(List<Problem> problems, int width, int top, int rows) {
        List<FrameLine> lines = new ArrayList<>();
        for (int index = top; index < Math.min(top + rows, lineCount(problems)); index++) {
            lines.add(line(problems, width, index));
        }
        return lines;
    }

    private static FrameLine line(List<Problem> problems, int width, int index) {
        if (index == 0) {
            String title = " " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " while loading — q or Esc closes this";
            return new Row(width).cut(title, Style.BOLD).line(Style.NORMAL);
        }
        if (index < HEADER_ROWS) {
            return new Row(width).line(Style.NORMAL);
        }
        String text = Sanitizer.sanitizeLine(problems.get(index - HEADER_ROWS).describe());
        return new Row(width).text(" ", Style.NORMAL).cut(text, Style.ERROR).line(Style.NORMAL);
    }
}
