package dev.lede.ui.view;

import dev.lede.core.article.Problem;
import java.util.ArrayList;
import java.util.List;

/** The problems overlay: each input that could not be read, with the reason, one a line. */
final class ProblemsView {

    private ProblemsView() {
    }

    static List<FrameLine> lines(List<Problem> problems, int width) {
        List<FrameLine> lines = new ArrayList<>();
        String title = " " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " while loading — q or Esc closes this";
        lines.add(new Row(width).cut(title, Style.BOLD).line(Style.NORMAL));
        lines.add(new Row(width).line(Style.NORMAL));
        for (Problem problem : problems) {
            lines.add(new Row(width).text(" ", Style.NORMAL).cut(SafeText.line(problem.describe()), Style.ERROR).line(Style.NORMAL));
        }
        return lines;
    }
}
