package dev.lede.ui.view;

import java.util.List;

/** One screen row: spans drawn left to right; cells past their end are blank in {@code fill}. */
public record FrameLine(List<Span> spans, Style fill) {

    public FrameLine {
        spans = List.copyOf(spans);
    }

    public static FrameLine of(Span... spans) {
        return new FrameLine(List.of(spans), Style.NORMAL);
    }

    public String plainText() {
        StringBuilder out = new StringBuilder();
        spans.forEach(span -> out.append(span.text()));
        return out.toString();
    }
}
