// Over 300 lines: the metadata date, the shown date and the rule that reconciles them, read together.
package dev.lede.core.parse.html;

import dev.lede.core.parse.PlausibleDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The date a page was published, as its reader sees it: the date shown near the headline or byline
 * when there is one, at the time and offset the metadata states when that falls on the same day; else the
 * metadata's date. A shown "Updated …" date gives way to an earlier publication date in the metadata, and every date to
 * the page's own words on when it was first published ({@link OriginalDate}). One class of over 300 lines: the
 * sources are weighed against each other in one place; reading dates from text is {@link DateText}'s.
 */
final class PageDate {

    private static final Pattern DATE_HINT = Pattern.compile(
            "date|time|publish|posted|updated|byline|dateline|meta|info|author|stamp|entry-header|post-header",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLISHED = Pattern.compile(
            "publi|posted|erschienen|veröffentlicht|pubblicato|gepubliceerd|written|^\\s*on\\b|^\\s*by\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATED = Pattern.compile(
            "updated|modified|revised|aktualisiert|mise? à jour|modifié|actualizad[oa]|atualizad[oa]|aggiornato"
                    + "|bijgewerkt|gewijzigd|edited",
            Pattern.CASE_INSENSITIVE);
    /** The class microformats give the publication date: hAtom's {@code published}, microformats2's {@code dt-published}. */
    private static final Pattern MICROFORMAT_PUBLISHED = Pattern.compile("(?:^|\\s)(?:dt-)?published(?:$|\\s)");
    /** A label that is the publication date's and nothing else ("Published", "Published on:", "Publish date"). */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(?:date )?publi(?:shed|sh date|cation date)(?: on| date)?\\s*:?", Pattern.CASE_INSENSITIVE);

    /**
     * A date in the URL's path ({@code /2025/06/02/slug}, {@code /2025-06-02-slug}, {@code /2025/june/02/}): htmldate's
     * complete URL date, year, month and day with one separator throughout, the month also by its name.
     */
    private static final Pattern URL_DATE =
            Pattern.compile("/((?:19|20)\\d{2})([/-])(\\d{1,2}|\\p{L}{3,10})\\2(\\d{1,2})(?:[/_.-]|$)");
    /**
     * A compact date as a whole path segment or a segment's start ({@code /20250602/}, {@code /2025/0602/},
     * {@code /20250602-slug}): eight digits and no more, so a longer number (an id) is none, and it must be a real day.
     */
    private static final Pattern COMPACT_URL_DATE = Pattern.compile("/((?:19|20)\\d{2})/?(\\d{2})(\\d{2})(?:[/_.-]|$)");
    /** A date line is short: longer text is a paragraph that mentions a date. */
    private static final int MAX_DATE_LINE = 120;
    /** A bare date line: the date and little else ("Posted Jan 31, 2024 · 5 min read"). */
    private static final int MAX_BARE_DATE = 60;
    /**
     * How far (in elements, either way) from the headline a shown date can stand and still outweigh the metadata's:
     * a header with its byline, share bar and lead image; farther off are the cards of other articles.
     */
    private static final int MAX_DISTANCE = 150;
    /** Within this many elements of the headline a date belongs to the article whatever its block's class says. */
    private static final int NEAR = 40;
    /** A published and an updated date shown together stand within this many elements of each other (so do a byline's date and its time tag). */
    private static final int BESIDE = 40;
    /** This many dated items are a list's entries. */
    private static final int SERIES = 3;
    /** How far up from a date its list item is looked for. */
    private static final int ITEM_LEVELS = 3;
    /** Words around a date that is its block's own text and still a date line ("Posted", "on", a weekday). */
    private static final int OWN_LINE_EXTRA = 16;

    private PageDate() {}

    /**
     * A date shown on the page: how far (in elements) from the headline, whether it says it is an update, whether
     * the markup marks it as a date ({@code <time>}, a date class, a "Published" label) rather than a bare line.
     */
    private record Shown(
            LocalDate date,
            LocalDate otherReading,
            boolean monthFirst,
            String iso,
            int distance,
            boolean updated,
            boolean marked,
            boolean far) {

        Shown farOff(boolean far) {
            return new Shown(date, otherReading, monthFirst, iso, distance, updated, marked, far);
        }
    }

    /**
     * @param published the structured publication dates, most trusted first (JSON-LD, Open Graph, Dublin Core…),
     *                  ISO or null
     * @param modified  the structured dates of the last change: used only when nothing else dates the page
     * @param headline  the chosen headline, to find where the article starts
     * @param urls      the page's addresses (canonical, {@code og:url}, where it was read from), nulls allowed
     * @param dates     the dates the page may have: a source whose date is not one gives way to the next
     */
    static String choose(
            Document doc,
            List<String> published,
            List<String> modified,
            String headline,
            List<String> urls,
            PlausibleDates dates) {
        String publishedStated = first(published, dates);
        LocalDate original = OriginalDate.find(doc, dates);
        if (original != null) {
            return sameDay(original, published);
        }
        String stated = publishedStated != null ? publishedStated : first(modified, dates);
        if (stated == null) {
            String fromUrl = urlDate(urls);
            stated = dates.iso(fromUrl) ? fromUrl : null;
        }
        Shown shown = stated == null
                ? shown(doc, headline, Integer.MAX_VALUE, true, false, dates)
                : shown(doc, headline, MAX_DISTANCE, false, false, dates);
        if (shown == null && stated == null) {
            // A two-digit year ("12/03/25") is read only when nothing else dates the page.
            shown = shown(doc, headline, Integer.MAX_VALUE, true, true, dates);
        }
        if (shown == null) {
            return stated;
        }
        LocalDate publishedDay = day(publishedStated);
        boolean showsChange = shown.updated() || shown.date().equals(day(first(modified, dates)));
        if (showsChange && publishedDay != null && publishedDay.isBefore(shown.date())) {
            // The page shows when it was last changed (it says so, or the metadata names that day as the
            // modified one); the metadata says when it was first published.
            return publishedStated;
        }
        List<String> metadata = new ArrayList<>(published);
        metadata.addAll(modified);
        // The URL's date settles which way a shown 03/10/2023 is read, as the metadata's does.
        metadata.add(urlDate(urls));
        for (LocalDate day :
                shown.otherReading() == null ? List.of(shown.date()) : List.of(shown.date(), shown.otherReading())) {
            for (String iso : metadata) {
                if (iso != null && iso.startsWith(day.toString())) {
                    return iso;
                }
            }
        }
        if (shown.iso() == null
                && shown.otherReading() != null
                && shown.monthFirst()
                && PageLanguage.writesDayFirst(doc)) {
            // Nothing settles 02/06/2025 but the page's language: slashes put the month first as American English
            // writes them, the day first in a language that writes it so (French, British English…).
            return shown.otherReading().toString();
        }
        return shown.iso() != null ? shown.iso() : shown.date().toString();
    }

    /** The metadata's date-time on {@code day} (its time and offset), else the day alone. */
    private static String sameDay(LocalDate day, List<String> metadata) {
        for (String iso : metadata) {
            if (iso != null && iso.startsWith(day.toString())) {
                return iso;
            }
        }
        return day.toString();
    }

    private static String first(List<String> isos, PlausibleDates dates) {
        for (String iso : isos) {
            if (iso != null && dates.iso(iso)) {
                return iso;
            }
        }
        return null;
    }

    private static LocalDate day(String iso) {
        try {
            return iso == null || iso.length() < 10 ? null : LocalDate.parse(iso.substring(0, 10));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String urlDate(List<String> urls) {
        for (String url : urls) {
            String date = url == null ? null : urlDate(url);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static String urlDate(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return compactUrlDate(url);
        }
        try {
            Integer month = m.group(3).chars().allMatch(Character::isDigit)
                    ? Integer.valueOf(m.group(3))
                    : DateText.month(m.group(3));
            return month == null
                    ? null
                    : LocalDate.of(Integer.parseInt(m.group(1)), month, Integer.parseInt(m.group(4)))
                            .toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String compactUrlDate(String url) {
        Matcher m = COMPACT_URL_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(
                            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                    .toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * The date shown nearest the headline, no farther than {@code maxDistance} elements after it: a date the markup
     * marks as one before a bare date line not much nearer, published before updated when both are shown together.
     * Only when the metadata dates nothing ({@code lenient}) are dates far above the headline, and dates by it in
     * a block classed as boilerplate, read too; and only with {@code shortYears} dates with a two-digit year.
     */
    private static Shown shown(
            Document doc, String headline, int maxDistance, boolean lenient, boolean shortYears, PlausibleDates dates) {
        if (doc.body() == null) {
            return null;
        }
        List<Element> all = doc.body().getAllElements();
        int anchor = PageRegions.headlineIndex(all, headline);
        List<Shown> found = new ArrayList<>();
        Map<Element, Boolean> dataTables = new IdentityHashMap<>();
        boolean yearFirst = shortYears && PageLanguage.writesYearFirst(doc);
        for (int i = 0; i < all.size(); i++) {
            Element e = all.get(i);
            int distance = Math.abs(i - anchor);
            // Above the headline stand the site's header and its widgets ("today's date"): only a date close by is
            // the article's.
            // A <time pubdate> is the publication date by the markup's own word (HTML5's pubdate, which htmldate
            // reads too), so it is read wherever it stands: a "Published" line under the article.
            boolean pubdate = e.normalName().equals("time") && e.hasAttr("pubdate");
            boolean far = distance > MAX_DISTANCE || i < anchor - NEAR;
            if (!pubdate && (distance > maxDistance || !lenient && i < anchor - NEAR)
                    || !candidate(e, dataTables)
                    || entryOfDatedList(e)) {
                continue;
            }
            Shown s = read(e, distance, shortYears, yearFirst, dates);
            s = s == null ? null : s.farOff(far);
            // With no date in the metadata, a date right by the headline is the article's even inside a block
            // whose class reads as a sidebar.
            // A date under a heading of its own that says "Published" is the page's, in whatever box: the facts
            // panel beside an article (Drupal's and government sites' "Published / Updated / Topics").
            // A date in the readers' comments is a comment's, and one in a list of other stories (related, most read)
            // that story's, wherever they stand.
            if (s != null
                    && (lenient && distance <= NEAR || labelledPublished(e) || !PageRegions.inBoilerplate(e))
                    && !PageRegions.inComments(e)
                    && !PageRegions.inOtherStories(e)) {
                found.add(s);
            }
        }
        Shown best = null;
        for (Shown s : found) {
            if (best == null || closer(s, best)) {
                best = s;
            }
        }
        if (best != null && best.updated()) {
            for (Shown s : found) {
                if (!s.updated()
                        && s.marked() == best.marked()
                        && s.distance() <= best.distance() + BESIDE
                        && s.date().isBefore(best.date())) {
                    return s;
                }
            }
        }
        return best;
    }

    /**
     * A date in one item of a list whose items are dated, three or more of them: a change log's entries, an
     * archive, a programme. Each date is an entry's, not the page's (a byline's list of published and updated
     * dates has two).
     */
    private static boolean entryOfDatedList(Element e) {
        Element item = e;
        for (int level = 0;
                level < ITEM_LEVELS && item != null && !item.normalName().equals("li");
                level++) {
            item = item.parent();
        }
        if (item == null || !item.normalName().equals("li") || item.parent() == null) {
            return false;
        }
        int dated = 0;
        for (Element sibling : item.parent().children()) {
            String text = HtmlText.line(sibling.text());
            if (DateText.find(text.length() > MAX_DATE_LINE ? text.substring(0, MAX_DATE_LINE) : text) != null
                    && ++dated >= SERIES) {
                return true;
            }
        }
        return false;
    }

    /** A heading just before the date's element (or its parent's) that is the word "Published" and no more. */
    private static boolean labelledPublished(Element e) {
        Element at = e;
        for (int level = 0; level < 2 && at != null; level++, at = at.parent()) {
            Element label = at.previousElementSibling();
            if (label != null) {
                return PUBLISHED_LABEL.matcher(HtmlText.line(label.text())).matches();
            }
        }
        return false;
    }

    /** Whether {@code a} is the better date: nearer, but a marked date over a bare line up to {@link #BESIDE} nearer. */
    private static boolean closer(Shown a, Shown b) {
        if (a.far() != b.far()) {
            // A date far above the headline (the site's "today" widget) or far below it (other stories' cards) only
            // when nothing dates the page by its headline, as with the metadata.
            return b.far();
        }
        if (a.marked() != b.marked()) {
            return a.marked() ? a.distance() <= b.distance() + BESIDE : a.distance() + BESIDE < b.distance();
        }
        return a.distance() < b.distance();
    }

    /** @param dataTables each table's {@link #holdsData} answer, asked once: a table's every cell asks it */
    private static boolean candidate(Element e, Map<Element, Boolean> dataTables) {
        String tag = e.normalName();
        if (tag.equals("time")
                || e.attr("itemprop").toLowerCase(java.util.Locale.ROOT).startsWith("date")
                || RelativeTime.machineDate(e) != null) {
            return true;
        }
        String own = e.ownText();
        if (ownDateLine(e)) {
            return !inProseOrTable(e, dataTables);
        }
        boolean hinted = DATE_HINT.matcher(ClassHints.of(e)).find();
        // Cheap tests first: the whole text of every element of a deeply nested page would cost its square.
        if (e.childrenSize() > 3 || !hinted && own.isBlank() || NodeTrees.textLongerThan(e, MAX_DATE_LINE)) {
            return false;
        }
        if (e.getElementsByTag("time").size() > 1) {
            // A line of several <time>s is read one at a time, each with its own class (WordPress themes print the
            // updated time beside the published one).
            return false;
        }
        if (inProseOrTable(e, dataTables)) {
            return false;
        }
        // A line of its own that holds a date (a byline's "Jan 31, 2024" with no class to say so) counts too.
        return hinted
                || PUBLISHED.matcher(own).find()
                || UPDATED.matcher(own).find()
                || own.length() <= MAX_BARE_DATE && DateText.find(own) != null;
    }

    /**
     * Whether a large element's own text, outside its children, is a date line by itself: a page without markup for
     * its date writes it as a bare line between the headline and the first paragraph, in the same block as the text.
     */
    private static boolean ownDateLine(Element e) {
        if (e.childrenSize() == 0) {
            return false;
        }
        String own = HtmlText.line(e.ownText());
        if (own.isEmpty() || own.length() > MAX_BARE_DATE) {
            return false;
        }
        DateText.Found found = DateText.find(own);
        // A small element is read whole as before, its labels in child elements ("<b>Updated:</b> …") with it.
        return found != null
                && own.length() - (found.end() - found.at()) <= OWN_LINE_EXTRA
                && NodeTrees.textLongerThan(e, MAX_DATE_LINE);
    }

    /**
     * A date inside a paragraph belongs to its sentence ("valid November 26 – December 3"), and one in a
     * data table's cell to the data (a layout table is the page): neither dates the page. htmldate, the
     * date finder trafilatura uses, likewise reads dates from short header and byline elements, not the text.
     */
    private static boolean inProseOrTable(Element e, Map<Element, Boolean> dataTables) {
        for (Element at = e; at != null; at = at.parent()) {
            String tag = at.normalName();
            if (tag.equals("table")) {
                return dataTables.computeIfAbsent(at, PageDate::holdsData);
            }
            if (tag.equals("p") || tag.equals("li") || tag.equals("blockquote")) {
                return NodeTrees.textLongerThan(at, MAX_DATE_LINE);
            }
        }
        return false;
    }

    /** A data table whose cells hold no blocks: a date in it is the data's. */
    private static boolean holdsData(Element table) {
        return DataTables.looksLikeData(table) && !DataTables.holdsBlocks(table);
    }

    /** The date {@code e} shows, the first in its text that {@code dates} allows; null when it shows none. */
    private static Shown read(Element e, int distance, boolean shortYears, boolean yearFirst, PlausibleDates dates) {
        String text = HtmlText.line(ownDateLine(e) ? e.ownText() : e.text());
        String machine = e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content");
        boolean microformat = MICROFORMAT_PUBLISHED.matcher(e.className()).find();
        if (machine.isEmpty() && microformat) {
            // hAtom's <abbr class="published" title="…"> and microformats2's <data class="dt-published" value="…">.
            machine = e.normalName().equals("data") ? e.attr("value") : e.attr("title");
        }
        Element time = e.selectFirst("time[datetime]");
        if (machine.isEmpty() && time != null) {
            machine = time.attr("datetime");
        }
        // "3 hours ago" whose element keeps the moment in an attribute: that moment is the date it shows.
        String ago = RelativeTime.machineDate(e);
        String iso = ago != null ? ago : IsoDates.normalise(machine);
        DateText.Found found = shortYears ? DateText.findShortYear(text, dates, yearFirst) : DateText.find(text, dates);
        if (found != null && UPDATED.matcher(text.substring(0, found.at())).find()) {
            // "Updated June 4 · Published June 2" on one line: the date after the published label is the page's.
            Matcher label = PUBLISHED.matcher(text);
            DateText.Found published =
                    label.find(found.end()) ? DateText.find(text.substring(label.end()), dates) : null;
            if (published != null) {
                text = text.substring(label.end());
                found = published;
            }
        }
        LocalDate date = found != null ? found.date() : null;
        // Microdata's machine-readable date: a <time>'s datetime, or the content of an element marked datePublished.
        String itemprop = e.attr("itemprop").toLowerCase(java.util.Locale.ROOT);
        boolean machineDated =
                e.normalName().equals("time") || itemprop.equals("datepublished") || microformat || ago != null;
        if (date == null && iso != null && dates.iso(iso) && machineDated) {
            date = LocalDate.parse(iso.substring(0, 10));
        }
        if (date == null) {
            return null;
        }
        if (iso != null && !iso.startsWith(date.toString())) {
            iso = null;
        }
        String before = found == null ? text : text.substring(0, found.at());
        Element label = e.previousElementSibling();
        if (label != null && label.text().length() < MAX_BARE_DATE) {
            // "Last updated:" in an element of its own, before the date's.
            before = label.text() + " " + before;
        }
        String hints = ClassHints.of(e);
        boolean updated = UPDATED.matcher(before).find()
                        && !PUBLISHED.matcher(before).find()
                || UPDATED.matcher(hints).find() && !PUBLISHED.matcher(hints).find();
        boolean marked = e.normalName().equals("time")
                || time != null
                || ago != null
                || e.attr("itemprop").toLowerCase(java.util.Locale.ROOT).startsWith("date")
                || DATE_HINT.matcher(hints).find();
        return new Shown(
                date,
                found == null ? null : found.otherReading(),
                found != null && found.monthFirst(),
                iso,
                distance,
                updated,
                marked,
                false);
    }
}
