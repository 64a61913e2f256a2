package dev.lede.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * A search inside the open article: every match in the laid-out lines (ignoring case) and the one
 * {@code n}/{@code N} last moved to ({@code current}, -1 before the first jump).
 */
public record ArticleSearch(String query, List<Match> matches, int current) {

    /** Characters {@code start}..{@code end} (exclusive) of line {@code line}. */
    public record Match(int line, int start, int end) {}

    public ArticleSearch {
        matches = List.copyOf(matches);
    }

    /** Finds {@code query} in every line of {@code layout} but the related headlines (drawn with a prefix). */
    public static ArticleSearch of(ReaderLayout layout, String query) {
        List<Match> matches = new ArrayList<>();
        if (!query.isEmpty()) {
            for (int i = 0; i < layout.size(); i++) {
                ReaderLine line = layout.line(i);
                if (line.kind() == ReaderLine.Kind.RELATED) {
                    continue;
                }
                String text = line.text();
                for (int at = 0; at + query.length() <= text.length(); at++) {
                    if (text.regionMatches(true, at, query, 0, query.length())) {
                        matches.add(new Match(i, at, at + query.length()));
                        at += query.length() - 1;
                    }
                }
            }
        }
        return new ArticleSearch(query, matches, -1);
    }

    /** The first match at or after line {@code line}, or -1. */
    public int firstFrom(int line) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).line() >= line) {
                return i;
            }
        }
        return -1;
    }

    public ArticleSearch withCurrent(int index) {
        return new ArticleSearch(query, matches, index);
    }
}
