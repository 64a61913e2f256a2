package dev.lede.io.index;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Format;
import dev.lede.core.article.Problem;
import dev.lede.core.article.RelatedHeadline;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Which of an article's columns a query selects, and how they read back into an {@link IndexedArticle}:
 * the positions come from the column list itself, so a query and its reading cannot disagree. Also the
 * lists (related headlines, problems, targets) as the index keeps them, {@link Fields} text in one column each.
 *
 * @param select the columns as the SELECT names them; the article's row, item and id come first
 */
record ArticleColumns(
        String select,
        int format,
        int headline,
        int lede,
        int byline,
        int published,
        int addresses,
        int site,
        int related,
        int problems,
        int targets) {

    /** Everything stored of an article, with its targets from {@code resolved r}. */
    static final ArticleColumns WHOLE = of("a.row, a.item, a.id, a.format, a.headline, a.lede, a.byline, a.published,"
            + " a.addresses, a.site, a.related, a.problems, r.targets");
    /** What a list row shows. */
    static final ArticleColumns HEADLINES = of("a.row, a.item, a.id, a.format, a.headline, a.published, a.problems");
    /** What a line of {@code lede list} shows, with the related headlines' targets. */
    static final ArticleColumns TARGETS =
            of("a.row, a.item, a.id, a.format, a.headline, a.published, a.problems, r.targets");
    /**
     * What the reader's preview keeps of a library resolved ahead: the headline, like the lede, is read by
     * row when drawn ({@link LibraryIndex#listKeptApart}).
     */
    static final ArticleColumns KEPT_APART = of("a.row, a.item, a.id, a.format, a.published, a.problems");
    /**
     * What a line of {@code lede list} shows, with the related headlines in place of their targets: what
     * resolving them and storing the listing with the targets found take, in one pass.
     */
    static final ArticleColumns LINES_RELATED =
            of("a.row, a.item, a.id, a.format, a.headline, a.published, a.problems, a.related");
    /** The article's identity and its related headlines: what storing their resolutions takes. */
    static final ArticleColumns RELATED = of("a.row, a.item, a.id, a.related");
    /** The article's identity alone. */
    static final ArticleColumns IDS = of("a.row, a.item, a.id");

    static ArticleColumns of(String select) {
        List<String> names = Arrays.asList(select.split(",\\s*"));
        if (!names.subList(0, 3).equals(List.of("a.row", "a.item", "a.id"))) {
            throw new IllegalArgumentException("an article's columns start with its row, item and id: " + select);
        }
        return new ArticleColumns(
                select,
                names.indexOf("a.format"),
                names.indexOf("a.headline"),
                names.indexOf("a.lede"),
                names.indexOf("a.byline"),
                names.indexOf("a.published"),
                names.indexOf("a.addresses"),
                names.indexOf("a.site"),
                names.indexOf("a.related"),
                names.indexOf("a.problems"),
                names.indexOf("r.targets"));
    }

    /** Whether the query joins the library's resolutions ({@code resolved r}). */
    boolean resolved() {
        return targets >= 0;
    }

    /** The article whose columns start at {@code at}; the ones not selected are null (problems: none). */
    IndexedArticle read(ResultSet rows, int at, String path) throws SQLException {
        List<RelatedHeadline> relatedHeadlines = related < 0 ? null : decodeRelated(rows.getString(at + related));
        String formatName = text(rows, at, format);
        String problemsText = text(rows, at, problems);
        return new IndexedArticle(
                rows.getLong(at),
                path,
                rows.getInt(at + 1),
                new ArticleId(rows.getString(at + 2)),
                formatName == null ? null : Format.valueOf(formatName),
                text(rows, at, headline),
                text(rows, at, lede),
                text(rows, at, byline),
                text(rows, at, published),
                addresses < 0 ? null : List.copyOf(Fields.decode(rows.getString(at + addresses))),
                text(rows, at, site),
                relatedHeadlines,
                decodeTargets(text(rows, at, targets), relatedHeadlines),
                problemsText == null ? List.of() : decodeProblems(problemsText, path));
    }

    private static String text(ResultSet rows, int at, int column) throws SQLException {
        return column < 0 ? null : rows.getString(at + column);
    }

    /** The targets stored for {@code related} (checked against them unless null), or null when none are. */
    static List<ArticleId> decodeTargets(String text, List<RelatedHeadline> related) {
        if (text == null) {
            return null;
        }
        List<String> ids = Fields.decode(text);
        if (related != null && ids.size() != related.size()) {
            throw new IllegalArgumentException("targets do not match related headlines");
        }
        List<ArticleId> resolved = new ArrayList<>(ids.size());
        ids.forEach(id -> resolved.add(id == null ? null : new ArticleId(id)));
        return Collections.unmodifiableList(resolved);
    }

    static String encodeRelated(List<RelatedHeadline> related) {
        List<String> fields = new ArrayList<>(2 * related.size());
        for (RelatedHeadline headline : related) {
            fields.add(headline.headline());
            fields.add(headline.url());
        }
        return Fields.encode(fields);
    }

    static List<RelatedHeadline> decodeRelated(String text) {
        List<String> fields = Fields.decode(text);
        if (fields.size() % 2 != 0) {
            throw new IllegalArgumentException("not a list of related headlines");
        }
        List<RelatedHeadline> related = new ArrayList<>(fields.size() / 2);
        for (int i = 0; i < fields.size(); i += 2) {
            related.add(new RelatedHeadline(fields.get(i), fields.get(i + 1)));
        }
        return List.copyOf(related);
    }

    /**
     * Problems as pairs of fields: a source that names the input is kept as {@code =} and what follows the
     * name ({@code #3} for an item), any other as {@code !} and itself; decoded with the path as the name.
     */
    static String encodeProblems(List<Problem> problems, String name) {
        List<String> fields = new ArrayList<>(2 * problems.size());
        for (Problem problem : problems) {
            String source = problem.source();
            fields.add(source.startsWith(name) ? "=" + source.substring(name.length()) : "!" + source);
            fields.add(problem.message());
        }
        return Fields.encode(fields);
    }

    static List<Problem> decodeProblems(String text, String path) {
        List<String> fields = Fields.decode(text);
        if (fields.size() % 2 != 0) {
            throw new IllegalArgumentException("not a list of problems");
        }
        List<Problem> problems = new ArrayList<>(fields.size() / 2);
        for (int i = 0; i < fields.size(); i += 2) {
            String source = fields.get(i);
            if (source == null || source.isEmpty() || source.charAt(0) != '=' && source.charAt(0) != '!') {
                throw new IllegalArgumentException("not a list of problems");
            }
            problems.add(new Problem(
                    source.charAt(0) == '=' ? path + source.substring(1) : source.substring(1), fields.get(i + 1)));
        }
        return List.copyOf(problems);
    }
}
