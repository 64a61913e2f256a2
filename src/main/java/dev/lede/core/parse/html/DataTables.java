package dev.lede.core.parse.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Tells tables of data (kept, shown as rows) from tables used for page layout (read as ordinary
 * blocks), by the signs browsers' reader modes use (Readability's {@code _isDataTable}): roles, summaries,
 * captions, header cells, nested tables, size. What the cells hold says nothing: a data table's cells often
 * wrap their values in {@code div}s or paragraphs.
 */
final class DataTables {

    private final Set<Element> data = Collections.newSetFromMap(new IdentityHashMap<>());

    private DataTables() {}

    static DataTables mark(Element root) {
        DataTables tables = new DataTables();
        for (Element table : root.getElementsByTag("table")) {
            if (looksLikeData(table)) {
                tables.data.add(table);
            }
        }
        return tables;
    }

    boolean isData(Element table) {
        return data.contains(table);
    }

    /** Whether {@code e} sits inside a data table. */
    boolean inside(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (data.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** The layout-or-data decision for one table. */
    static boolean looksLikeData(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (!table.select("table table").isEmpty()
                || table.getElementsByTag("table").size() > 1) {
            return false;
        }
        if (!table.attr("summary").isEmpty() || table.selectFirst("caption, thead, tfoot, th, col, colgroup") != null) {
            return true;
        }
        int rows = table.getElementsByTag("tr").size();
        int columns = 0;
        for (Element tr : table.getElementsByTag("tr")) {
            int cells = 0;
            for (Element cell : tr.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells += Math.max(1, parseInt(cell.attr("colspan")));
                }
            }
            columns = Math.max(columns, cells);
        }
        if (rows == 1 || columns == 1) {
            return false;
        }
        return rows >= 10 || columns > 4 || table.getElementsByTag("img").isEmpty();
    }

    /**
     * Whether a table's cells hold blocks (paragraphs, lists, headings). It no longer tells layout from data;
     * {@link PageDate} alone still asks it, its rule having been measured with such tables counted as layout.
     */
    static boolean holdsBlocks(Element table) {
        return !table.select("p, div, ul, ol, pre, blockquote, h1, h2, h3, h4, h5, h6")
                .isEmpty();
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
