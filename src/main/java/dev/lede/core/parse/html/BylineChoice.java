// Over 300 lines: every place a page names its author and the one cleaning they share, weighed in one place.
package dev.lede.core.parse.html;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's author names: the first of the structured sources (JSON-LD, {@code meta name=author}, Dublin
 * Core…) or of the markup near the headline ({@code rel=author}, {@code itemprop=author}, {@code .byline},
 * "By …", "Written by" and the name after it) that, once cleaned of "By", e-mail addresses and glyphs,
 * still reads as names: not navigation ("View more posts", "Sign in"), not the site's own name, not a date.
 * Long for one class because the choice is an order over many small readings of the same few elements (a line's
 * label, its links to authors' pages, its date, what follows the name), each a few lines; split apart they would
 * pass the page, the headline and the site's names back and forth (docs/extraction.md says why each is there).
 */
final class BylineChoice {

    /**
     * "And" between a byline's names in the languages whose "by" the patterns below read: German "und", French "et",
     * Spanish "y", Italian and Portuguese "e". Not Dutch "en": in Spanish and French it is "in", and a place follows
     * the name ("Por Ana Gil en Madrid").
     */
    private static final String AND = "and|und|et|y|e|&";

    private static final Pattern BYLINE_HINT =
            Pattern.compile("byline|author|writtenby|p-author", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY_PREFIX = Pattern.compile(
            "^(?:(?:(?:additional\\s+)?reporting|written|posted|submitted|reviewed|authored|words|story|text|article)\\s+by"
                    // An author's link names the person after the words that lead to their page.
                    + "|(?:more|(?:(?:all|more|view all|see all)\\s+)?(?:articles|posts|stories))\\s+(?:by|from)|e-?mail"
                    + "|by|von|par|por|door|di|de|author|authors"
                    + "|autor|auteur|autore|written by)(?:\\s*:\\s*|\\s+)",
            Pattern.CASE_INSENSITIVE);
    /** "By Name" inside a longer line ("Updated May 2 · By Ann Lee · 5 min read"). */
    private static final Pattern BY_IN_LINE =
            Pattern.compile("(?:^|[\\s|·•—–-])(?i:written by|posted by|submitted by|by|von|par|por|door)\\s*:?\\s+"
                    + "(\\p{Lu}[\\p{L}.'’-]*(?:,?\\s+(?:\\p{Lu}[\\p{L}.'’-]*|(?:van|von|den|der|de|da|das|dos|du|del|della|di|la|le|ten|ter|"
                    + AND + ")(?!\\p{L}))){0,7})");

    /**
     * Labels that name the writer only before a colon ("Text: Ann Lee" in German and Scandinavian papers, Spanish
     * "Texto:", Italian "Testo:", Dutch and Polish "Tekst:", Chinese "作者：" with its full-width colon).
     */
    private static final String TEXT_LABELS = "text|texto|testo|tekst|作者";
    /** Such a label and its colon at the start of a byline. */
    private static final Pattern TEXT_LABEL =
            Pattern.compile("^(?:" + TEXT_LABELS + ")\\s*[:：]\\s*", Pattern.CASE_INSENSITIVE);

    private static final String LABEL_WORDS =
            "(?:(?:reporting|written|posted|submitted|authored|reviewed|words|story|text|article)\\s+by|by|authors?|contributors?|about the author"
                    + "|autor|auteur|autore)";
    private static final Pattern LABEL = Pattern.compile("^" + LABEL_WORDS + "\\s*:?$", Pattern.CASE_INSENSITIVE);
    /** A label and a colon, the names after it on the same line ("Contributors: Ann Lee"). */
    private static final Pattern LABELLED =
            Pattern.compile("^(?:" + LABEL_WORDS + "|" + TEXT_LABELS + ")\\s*[:：]\\s*", Pattern.CASE_INSENSITIVE);
    /** How far up from a label the name after it is looked for: the label and the name sit in one byline line. */
    private static final int LABEL_LEVELS = 3;

    private static final Pattern NAVIGATION = Pattern.compile(
            "\\b(?:view (?:all|more)|more posts|posts by|sign (?:in|up)|log ?in|subscribe|share|follow|read more|see all|contact"
                    + "|comments?|reply|menu|search|home|e-?mail|staff writer|the author|author|admin|^(?:the )?editorial team$"
                    // What stands beside a byline: its label, the reading time, the date's label.
                    + "|written by|posted by|min(?:ute)?s? read|read(?:ing)? time|updated|published)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");
    /** A social-media handle printed beside the name ("Ann Lee @annlee"). */
    private static final Pattern AT_HANDLE = Pattern.compile("(?<!\\S)@[\\w.]+");
    /**
     * A job title after the name ("Ann Lee, Senior Reporter", "Ann Lee – Staff Writer"): up to three words ending in
     * a newsroom's role noun. The name is the byline; the role is not part of it.
     */
    private static final Pattern ROLE = Pattern.compile(
            "\\s*[,|–—-]\\s*(?:[\\p{L}&-]+\\s+){0,3}(?:reporter|writer|editor|correspondent|contributor|columnist"
                    + "|journalist|producer|photographer|critic|intern|staff)s?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** A connecting word left at the end once the date after it is taken out ("Posted by Ann Lee on"). */
    private static final Pattern BEFORE_DATE =
            Pattern.compile("\\s+(?:on|at|am|le|el|il|em|op)(?:\\s+" + DateText.WEEKDAY + ")?$"
                    // The weekday is part of the date after it ("Posted by Ann Lee on Friday December 12, 2025").
                    + "|\\s+" + DateText.WEEKDAY + "$");
    /**
     * What follows the author's name in a byline and is not part of it: who reviewed, checked or edited the piece
     * (health and finance sites print "Medically reviewed by" beside the writer), and where it was filed or the
     * section it is in ("Ann Lee in Kyiv", a forum's "by ann in Workshop"; Spanish and French "en", French "à").
     */
    private static final Pattern AFTER_NAME = Pattern.compile(
            "(?:[.,;]?\\s+|[.,;]\\s*)(?:(?:medically\\s+|expert\\s+)?(?:reviewed|fact[- ]?checked|edited)\\s+by\\b|(?-i:(?:in|en|à)\\s+\\p{Lu})).*$",
            Pattern.CASE_INSENSITIVE);
    /**
     * Glyph lines (✉, icons from private-use fonts) and separators left at the ends; an emoji's presentation
     * selector, skin tone and joiner ("✍️" is U+270D U+FE0F) are part of the glyph.
     */
    private static final String GLYPH = "\\p{So}\\p{Sk}\\p{Co}\\p{Cf}\\x{FE00}-\\x{FE0F}";

    private static final Pattern EDGE_JUNK =
            Pattern.compile("^[" + GLYPH + "\\p{Punct}\\s]+|[" + GLYPH + "|·•—–,:;\\s-]+$");
    /** A name left in the brackets an address stood before ("ann@example.com (Ann Lee)", RSS's form). */
    private static final Pattern BRACKETED = Pattern.compile("^[(<\\[](.*)[)>\\]]$");

    /**
     * A login name rather than a person's name as printed: one word written as account names are ("jdoe",
     * "ann.lee", "katie_s", "KatieS", "writer42") — no space, and a dot, an underscore, a digit, small letters
     * and no capital (a script without capitals, as Chinese, is not such a sign), or a capital after a small
     * letter. Publishing systems (WordPress's {@code meta name=author} and its SEO plugins' JSON-LD) fill the
     * author from the account when no display name was set.
     */
    private static final Pattern HANDLE =
            Pattern.compile("(?=\\S*(?:[._\\d]|\\p{Ll}\\p{Lu})|[^\\p{Lu}]*\\p{Ll}[^\\p{Lu}]*$)[\\p{L}\\d._-]+");

    /** The part of a byline whose class says it holds the name ("author-name"), beside a role or an avatar. */
    private static final String NAME_PART = "[class~=(?i)(?:^|[\\s_-])name(?:$|\\s)]";
    /**
     * A link to a topic's listing (a tag, a category: {@code rel=tag} as microformats define it, or a tag or category
     * path): a subject of the story, never its author, though bylines often stand beside them.
     */
    private static final String TOPICS = "a[rel~=(?i)^tag$], a[href~=(?i)/(?:tags?|category|categories|topics?)/]";
    /**
     * A link to an author's own page, the path ending in {@code /author/NAME} or {@code /authors/NAME} (the author
     * archive WordPress and most publishing systems give each writer) or in a profile's {@code /@NAME} (Medium's,
     * Substack's, Mastodon's): its text is the author's name, as with {@code rel=author}.
     */
    private static final Pattern AUTHOR_PAGE =
            Pattern.compile("/(?:authors?/|@)[^/?#]+/?(?:[?#].*)?$", Pattern.CASE_INSENSITIVE);

    /**
     * A link to a person's page under the words news and publishing systems give their writers' pages ({@code /people/},
     * {@code /staff/}, {@code /writer/}, {@code /contributors/}, {@code /profile/}, {@code /user/}, {@code /u/}):
     * such paths also hold people the story is about, so the link counts only on a short line of its own. One more
     * part may follow the person's ({@code /profile/NAME/profile}, Wix's; {@code /people/NAME/articles}).
     */
    private static final Pattern PERSON_PAGE = Pattern.compile(
            "/(?:people|staff|writers?|contributors?|reporters?|journalists?|columnists?|profiles?|users?|u|team)/"
                    + "[^/?#]+(?:/[^/?#]+)?/?(?:[?#].*)?$",
            Pattern.CASE_INSENSITIVE);

    /**
     * Text only screen readers hear (WordPress's {@code screen-reader-text}, Bootstrap's {@code sr-only} and
     * {@code visually-hidden}): a label such as "Post author", not part of the name.
     */
    private static final String UNSEEN = ".screen-reader-text, .sr-only, .visually-hidden";

    /** What stands in a byline beside the name: an e-mail link, a button, an icon, unseen text, the story's topics. */
    private static final String ACTIONS = "a[href^=mailto:], button, svg, " + UNSEEN + ", " + TOPICS;
    /** An author box's description or biography, whose class names the author too: the name is only its first line. */
    private static final Pattern BLURB = Pattern.compile("desc|bio(?:$|[\\s_-])|about", Pattern.CASE_INSENSITIVE);
    /** A credit line that labels each part ("content: Acme, design: Ann Lee"), not a byline. */
    private static final Pattern CREDIT_LABEL = Pattern.compile("(?:^|,\\s*)\\p{L}+\\s*:\\s");

    private static final int MAX_BYLINE = 100;
    /** Longer runs of words in a byline element are a teaser or a caption, not names. */
    private static final int MAX_BYLINE_WORDS = 10;
    /** A line longer than this is prose that mentions an author, not a byline. */
    private static final int MAX_LINE = 160;

    /** A person's name as a line of its own: two to five capitalised words. */
    static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,4}");

    /** Several such names, joined as a byline joins them ("Ann Lee and Bo Park", "Ann Lee, Bo Park & Cy Lund"). */
    private static final Pattern NAMES =
            Pattern.compile(NAME.pattern() + "(?:(?:,\\s+|,?\\s+(?:" + AND + ")\\s+)" + NAME.pattern() + ")*");

    private static final int MAX_NAME = 60;
    /** A paragraph that begins with a person's name and says who the person is. */
    private static final Pattern BIO = Pattern.compile("(" + NAME.pattern() + ")" + BoilerplateBlocks.ABOUT.pattern());
    /** A biography speaks of a person ("She has written…"); a brand's or a product's blurb does not. */
    private static final Pattern PERSON = Pattern.compile("\\b(?:he|she|his|her|him)\\b", Pattern.CASE_INSENSITIVE);
    /** An author's biography is a paragraph, not a page. */
    private static final int MAX_BIO_CHARS = 1500;
    /** A byline line without a class to say so is short. */
    private static final int MAX_UNMARKED_LINE = 80;

    private static final Set<String> CODE = Set.of("pre", "code");
    private static final int MAX_CODE_DEPTH = 8;
    /** The page's date rule's reach: a line this many elements from the headline stands by it. */
    private static final int NEAR = 40;

    private BylineChoice() {}

    /** @param structured the bylines metadata gives, most trusted first; nulls allowed */
    static String choose(Document doc, List<String> structured, TitleRules.SiteNames site, String headline) {
        String siteAsAuthor = null;
        String handle = null;
        for (String raw : structured) {
            String clean = credits(raw) ? null : cleanList(raw);
            if (clean != null && HANDLE.matcher(clean).matches()) {
                handle = handle == null ? clean : handle;
            } else if (clean != null && !site.named(clean)) {
                // A person the page never prints is the account that posted it (an editor's, a web team's): the
                // person the page prints by the headline wrote it.
                if (NAME.matcher(clean).matches() && unprinted(doc, clean)) {
                    String printed = markup(doc, headline, site, true, true);
                    if (printed != null && NAME.matcher(printed).matches() && !site.named(printed)) {
                        return printed;
                    }
                }
                return asPrinted(doc, headline, site, clean);
            } else {
                siteAsAuthor = siteAsAuthor == null ? clean : siteAsAuthor;
            }
        }
        String shown = markup(doc, headline, site, false, true);
        if (handle != null) {
            // The account that posted the page, not the name it prints: the printed byline is the writer's.
            return shown != null && !site.named(shown) ? shown : handle;
        }
        if (shown != null) {
            // The site's name where a byline stands is the page's signature: many company blogs sign that way.
            return site.named(shown) && siteAsAuthor != null ? siteAsAuthor : shown;
        }
        String card = authorCard(doc);
        if (card != null && !site.named(card)) {
            return card;
        }
        // No person named anywhere else: a byline by the headline counts even inside a block whose class reads
        // as a banner or pop-up, as the date by the headline does.
        String near = markup(doc, headline, site, true, false);
        if (near != null && !site.named(near)) {
            return near;
        }
        // An author's portrait says whose it is in its alt text ("Headshot of Ann Lee"), where the name itself may
        // be a link or a heading no byline rule reads.
        String portrait = PortraitAlt.person(doc);
        if (portrait != null && !site.named(portrait)) {
            return portrait;
        }
        // The site's own name in the metadata only when no person is named anywhere.
        return siteAsAuthor;
    }

    /** Where a list of names splits: a comma, "and" (in the languages above) or "&", or both ("Ann Lee, Bo Park, and Cy Ng"). */
    private static final Pattern NAME_JOINS =
            Pattern.compile("\\s*,\\s*(?:(?:" + AND + ")\\s+)?|\\s+(?:" + AND + ")\\s+");

    /**
     * Several authors from the metadata as the page prints them by the headline when it names the same people: the
     * metadata's list is joined with commas, the page writes "Ann Lee and Bo Park", and the byline is what a reader
     * sees.
     */
    private static String asPrinted(Document doc, String headline, TitleRules.SiteNames site, String names) {
        if (!NAME_JOINS.matcher(names).find()) {
            return names;
        }
        String printed = markup(doc, headline, site, true, true);
        return printed != null && !printed.equals(names) && sameNames(printed, names) ? printed : names;
    }

    private static boolean sameNames(String a, String b) {
        return nameSet(a).equals(nameSet(b));
    }

    private static Set<String> nameSet(String names) {
        Set<String> set = new java.util.HashSet<>();
        for (String name : NAME_JOINS.split(names.strip())) {
            set.add(name.toLowerCase(Locale.ROOT));
        }
        return set;
    }

    /**
     * The name in a line whose parts, split by a middle dot, bullet or bar or each an element of its own, are the
     * date, one name and counts ("June 2, 2025 · 4 min · Ann Lee", as blog themes print it unlabelled), or null. A
     * line that holds a heading is a story's title beside its date, not a byline.
     */
    private static String nameBesideDate(Element e, TitleRules.SiteNames site) {
        String text = HtmlText.line(e.text());
        if (text.isEmpty()
                || text.length() > MAX_UNMARKED_LINE
                || !e.select("h1, h2, h3, h4, h5, h6").isEmpty()
                || PageRegions.inComments(e)
                || PageRegions.inOtherStories(e)) {
            return null;
        }
        String name = nameAmongDateParts(lineParts(e, text), site);
        return name == null || commonWordsOnPage(name, e) ? null : name;
    }

    /**
     * Whether every word of {@code name} is also written in lower case in the page's text: then it is common
     * words, a section's or a topic's name beside the date ("Local Sport"), where a person's name is written
     * capitalised wherever it stands. Asked only of the rare line this rule would take.
     */
    private static boolean commonWordsOnPage(String name, Element e) {
        Document doc = e.ownerDocument();
        String text = doc == null || doc.body() == null ? "" : doc.body().text();
        for (String word : name.split("\\s+")) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            if (!Pattern.compile("(?<!\\p{L})" + Pattern.quote(lower) + "(?!\\p{L})")
                    .matcher(text)
                    .find()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The parts of a meta line: its elements' texts when separators alone stand between them, else split at them;
     * none when an element holds several texts.
     */
    private static List<String> lineParts(Element e, String text) {
        List<String> parts = new java.util.ArrayList<>();
        if (e.childrenSize() >= 2 && e.ownText().replaceAll("[\\s·•|]", "").isEmpty()) {
            for (Element child : e.children()) {
                String part = HtmlText.line(child.text());
                if (child.getAllElements().stream()
                                .filter(x -> !x.ownText().isBlank())
                                .count()
                        > 1) {
                    // A part of several texts is a list (a post's topics run together), not one name.
                    return List.of();
                }
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
            return parts;
        }
        for (String part : text.split("\\s*[·•|]\\s*")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    /** The one name among parts that are otherwise one date and counts, or null. */
    private static String nameAmongDateParts(List<String> parts, TitleRules.SiteNames site) {
        if (parts.size() < 2) {
            return null;
        }
        String name = null;
        boolean dated = false;
        for (String part : parts) {
            DateText.Found date = DateText.find(part);
            if (!dated && date != null && part.length() - (date.end() - date.at()) <= 2) {
                dated = true;
            } else if (name == null
                    && part.length() <= MAX_NAME
                    && NAME.matcher(part).matches()) {
                name = clean(part);
                if (name == null || site.named(name)) {
                    return null;
                }
            } else if (!part.matches(".*\\d.*")) {
                return null;
            }
        }
        return dated ? name : null;
    }

    /**
     * The author of a card that has no byline class: a name on a line of its own and a paragraph that begins
     * with it and says who the person is ("Ann Lee is a reporter…"), as author boxes and "about the author"
     * blocks are built. A card is alone on its page (several such pairs are a list of places or products), its
     * paragraph speaks of a person, and a name of one word ("Python is a language") is not taken.
     */
    private static String authorCard(Document doc) {
        if (doc.body() == null) {
            return null;
        }
        Set<String> nameLines = new HashSet<>();
        Set<String> described = new LinkedHashSet<>();
        for (Element e : doc.body().getAllElements()) {
            String own = HtmlText.line(e.ownText());
            if (own.isEmpty() || own.length() > MAX_BIO_CHARS) {
                continue;
            }
            if (own.length() <= MAX_NAME && NAME.matcher(own).matches()) {
                nameLines.add(own);
            } else {
                Matcher bio = BIO.matcher(own);
                if (bio.lookingAt() && PERSON.matcher(own).find()) {
                    described.add(bio.group(1));
                }
            }
        }
        described.retainAll(nameLines);
        return described.size() == 1 ? clean(described.iterator().next()) : null;
    }

    /**
     * Whether no name of {@code names} is printed in the page's text, each name read up to a separator ("Ann Lee -
     * Editorial Team" is printed where "Ann Lee" is).
     */
    private static boolean unprinted(Document doc, String names) {
        String text = doc.body() == null ? "" : doc.body().text().toLowerCase(Locale.ROOT);
        for (String name : names.split(",\\s+")) {
            String person = name.split("\\s+[-–—|]\\s+")[0].strip();
            if (!person.isEmpty() && text.contains(person.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code raw} labels two parts or more with a role and a colon: the credits of a page, not its author. */
    private static boolean credits(String raw) {
        if (raw == null) {
            return false;
        }
        Matcher m = CREDIT_LABEL.matcher(raw);
        int labels = 0;
        while (m.find()) {
            labels++;
        }
        return labels >= 2;
    }

    /**
     * A structured list of authors, cleaned name by name: metadata that lists eight people is no teaser, though its
     * line is longer than a byline element's can be.
     */
    private static String cleanList(String raw) {
        String whole = clean(raw);
        if (whole != null || raw == null || !raw.contains(", ")) {
            return whole;
        }
        List<String> names = new java.util.ArrayList<>();
        for (String part : raw.split(",\\s+")) {
            String name = clean(part);
            if (name == null || !NAME.matcher(name).matches()) {
                return null;
            }
            names.add(name);
        }
        return String.join(", ", names);
    }

    /** Cleaned names, or null when {@code raw} is not a byline. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String line = HtmlText.line(raw);
        line = HtmlText.line(EMAIL.matcher(line).replaceAll(" "));
        line = BRACKETED.matcher(line).replaceFirst("$1");
        line = AT_HANDLE.matcher(line).replaceAll(" ");
        line = HtmlText.line(EDGE_JUNK.matcher(line).replaceAll(""));
        line = BY_PREFIX.matcher(line).replaceFirst("");
        line = TEXT_LABEL.matcher(line).replaceFirst("");
        line = HtmlText.line(EDGE_JUNK.matcher(line).replaceAll(""));
        line = ROLE.matcher(line).replaceFirst("");
        line = AFTER_NAME.matcher(line).replaceFirst("");
        line = withoutUnpairedQuote(line);
        if (line.isEmpty()
                || line.length() > MAX_BYLINE
                || HtmlText.words(line) > MAX_BYLINE_WORDS
                || line.startsWith("http")
                || line.startsWith("//")
                || !line.matches(".*\\p{L}.*")
                || NAVIGATION.matcher(line).find()
                || LABEL.matcher(line).matches()
                || DateText.find(line) != null) {
            return null;
        }
        return line;
    }

    /** The line without a quotation mark at its end that opens or closes nothing in it ({@code Ann Lee"}). */
    private static String withoutUnpairedQuote(String line) {
        if (line.length() < 2) {
            return line;
        }
        char last = line.charAt(line.length() - 1);
        String family = "\"“”";
        if (family.indexOf(last) < 0) {
            return line;
        }
        for (int i = 0; i < line.length() - 1; i++) {
            if (family.indexOf(line.charAt(i)) >= 0) {
                return line;
            }
        }
        return line.substring(0, line.length() - 1).stripTrailing();
    }

    /**
     * The byline in the markup nearest the headline, outside navigation, sidebars and comments; or, when
     * {@code nearOnly}, within {@link #NEAR} elements under the headline (where bylines stand), in whatever block
     * unless {@code outsideBoilerplate}.
     */
    private static String markup(
            Document doc, String headline, TitleRules.SiteNames site, boolean nearOnly, boolean outsideBoilerplate) {
        if (doc.body() == null) {
            return null;
        }
        List<Element> all = doc.body().getAllElements();
        int anchor = PageRegions.headlineIndex(all, headline);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < all.size(); i++) {
            Element e = all.get(i);
            int distance = Math.abs(i - anchor);
            if (distance >= bestDistance || nearOnly && (i < anchor || distance > NEAR)) {
                continue;
            }
            String found = read(e);
            if (found == null && i > anchor && distance <= NEAR) {
                found = nameBesideDate(e, site);
            }
            // "ORDER BY period" in a code sample is not a byline.
            if (found != null
                    && (nearOnly && !outsideBoilerplate
                            ? !PageRegions.inComments(e) && !PageRegions.inOtherStories(e)
                            : !PageRegions.inBoilerplate(e))
                    && !NodeTrees.hasAncestor(e, CODE, MAX_CODE_DEPTH)) {
                best = withoutSiteName(found, site);
                bestDistance = distance;
            }
        }
        return best;
    }

    /** A byline line that ends or starts with the site's name ("Ann Lee USA TODAY") without it, when a person's name is left. */
    private static String withoutSiteName(String byline, TitleRules.SiteNames site) {
        for (String name : site.names()) {
            int rest = byline.length() - name.length();
            if (rest <= 1) {
                continue;
            }
            String cut = null;
            if (byline.regionMatches(true, rest, name, 0, name.length()) && byline.charAt(rest - 1) == ' ') {
                cut = clean(byline.substring(0, rest));
            } else if (byline.regionMatches(true, 0, name, 0, name.length()) && byline.charAt(name.length()) == ' ') {
                cut = clean(byline.substring(name.length()));
            }
            if (cut != null && NAMES.matcher(cut).matches() && !site.named(cut)) {
                return cut;
            }
        }
        return byline;
    }

    /** The first element after {@code e} (a following sibling, or one of its parents') that holds text, or null. */
    private static Element nextWithText(Element e) {
        Element at = e;
        for (int level = 0; level < LABEL_LEVELS && at != null; level++, at = at.parent()) {
            for (Element next = at.nextElementSibling(); next != null; next = next.nextElementSibling()) {
                if (!next.text().isBlank() && !onlyTopics(next)) {
                    return next;
                }
            }
        }
        return null;
    }

    /** Whether all the words of {@code e} are in links to topics (a list of tags, the commas between them aside). */
    private static boolean onlyTopics(Element e) {
        if (e.select(TOPICS).isEmpty()) {
            return false;
        }
        Element copy = e.clone();
        copy.select(TOPICS).remove();
        return !copy.text().matches("(?s).*\\p{L}.*");
    }

    /** The line without its date and the separators around it ("Dec. 19, 2025 · Ann Lee"). */
    private static String withoutDate(String text) {
        DateText.Found date = DateText.find(text);
        String rest = date == null
                ? text
                : BEFORE_DATE
                                .matcher(text.substring(0, date.at()).stripTrailing())
                                .replaceFirst("") + " · " + text.substring(date.end());
        // The date's label after the name begins a part of its own ("By Ann Lee Updated 3:00 PM EDT").
        for (String part : rest.split("\\s*[·•|]\\s*|\\s+(?=(?i:(?:last\\s+)?updated|published|posted)\\b)")) {
            String name = part.replaceFirst("(?i)\\s+on behalf of.*$", "").strip();
            if (!name.isEmpty()) {
                return name;
            }
        }
        return rest;
    }

    /**
     * The name in an element of a byline whose whole line is not one: the author's link beside a "Follow" button or
     * a "View more posts" link.
     */
    private static String nameInside(Element byline) {
        for (Element child : byline.select("a, span, strong, b")) {
            String line = HtmlText.line(child.text());
            if (line.length() <= MAX_NAME && NAME.matcher(line).matches()) {
                String name = clean(line);
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * The capitalised words after "by" that {@code by} found in {@code text}, up to where the line's date begins: a
     * month's name is capitalised too ("by: Ann Lee, Dec 17, 2025").
     */
    private static String nameBeforeDate(String text, Matcher by) {
        DateText.Found date = DateText.find(text.substring(by.start(1)));
        return date == null
                ? by.group(1)
                : by.group(1).substring(0, Math.min(date.at(), by.group(1).length()));
    }

    /** The names of the links to authors' pages inside {@code byline}, each once. */
    private static List<String> authorLinksInside(Element byline) {
        List<String> names = new java.util.ArrayList<>();
        for (Element link : byline.select("a")) {
            if (link != byline && authorPageLink(link)) {
                String name = clean(link.text());
                if (name != null && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** The first part of {@code byline} classed as its name that reads as a person's name, or null. */
    private static Element namedPart(Element byline) {
        for (Element part : byline.select(NAME_PART)) {
            String line = HtmlText.line(part.text());
            if (line.length() <= MAX_NAME && NAME.matcher(line).matches()) {
                return part;
            }
        }
        return null;
    }

    /**
     * A login name linked to its account's page right after the line's "By" or "Submitted by" ("By ines.harrow"):
     * Drupal prints the account's name where the site set no display name, and the label and the link say together
     * that it is the author. A login name alone, or in a sentence, is not taken.
     */
    private static String loginAfterBy(Element e) {
        if (!e.normalName().equals("a")) {
            return null;
        }
        String name = HtmlText.line(e.text());
        String href = e.attr("href");
        if (!HANDLE.matcher(name).matches()
                || !(AUTHOR_PAGE.matcher(href).find()
                        || PERSON_PAGE.matcher(href).find())) {
            return null;
        }
        Element line = e.parent();
        for (int level = 0; level < LABEL_LEVELS && line != null; level++, line = line.parent()) {
            String text = HtmlText.line(line.text());
            if (text.length() > name.length()) {
                Matcher by = BY_PREFIX.matcher(text);
                return text.length() <= MAX_UNMARKED_LINE && by.lookingAt() && text.startsWith(name, by.end())
                        ? clean(name)
                        : null;
            }
        }
        return null;
    }

    /** A link to an author's page whose whole text is names ("Ann Lee", not "Articles by Ann"). */
    private static boolean authorPageLink(Element e) {
        if (!e.normalName().equals("a")
                || !NAMES.matcher(HtmlText.line(e.text())).matches()) {
            return false;
        }
        String href = e.attr("href");
        return AUTHOR_PAGE.matcher(href).find()
                || PERSON_PAGE.matcher(href).find()
                        && e.parent() != null
                        && HtmlText.line(e.parent().text()).length() <= MAX_UNMARKED_LINE;
    }

    private static String read(Element e) {
        String login = loginAfterBy(e);
        if (login != null) {
            return login;
        }
        String hints = ClassHints.of(e);
        boolean marked = e.attr("rel").equalsIgnoreCase("author")
                || authorPageLink(e)
                || e.attr("itemprop").toLowerCase(Locale.ROOT).contains("author")
                || BYLINE_HINT.matcher(hints).find();
        if (!marked && (e.ownText().isBlank() || e.childrenSize() > 3)) {
            // Cheap test first: the whole text of every element of a deeply nested page would cost its square.
            return null;
        }
        String text = HtmlText.line(e.text());
        if (marked && (text.length() > MAX_LINE || BLURB.matcher(hints).find())) {
            // An author box: the name is its first short line, before the biography.
            for (Element child : e.select("*")) {
                String line = HtmlText.line(child.ownText());
                if (!line.isEmpty()
                        && line.length() <= MAX_NAME
                        && NAME.matcher(line).matches()) {
                    return clean(line);
                }
            }
            // A description without the name: the name is the line just before it, as author boxes print them.
            Element before = e.previousElementSibling();
            String name = before == null || !BLURB.matcher(hints).find() ? "" : HtmlText.line(before.text());
            return name.length() <= MAX_NAME && NAME.matcher(name).matches() ? clean(name) : null;
        }
        if (text.isEmpty() || text.length() > MAX_LINE) {
            return null;
        }
        if (marked) {
            Element name = e.selectFirst("[itemprop=name]");
            name = name != null ? name : namedPart(e);
            if (name == null && !e.select(ACTIONS).isEmpty()) {
                // The e-mail link and the buttons beside the name are not part of it.
                Element copy = e.clone();
                copy.select(ACTIONS).remove();
                text = HtmlText.line(copy.text());
            }
            String clean = clean(name != null ? name.text() : withoutDate(text));
            List<String> linked = clean == null ? List.of() : authorLinksInside(e);
            if (!linked.isEmpty()
                    && (!NAMES.matcher(clean).matches()
                            || linked.size() > 1 && clean.equals(String.join(" ", linked)))) {
                // Parts set apart by the theme's styling alone run together in the text ("by Ann Lee12 May
                // 202431", the date and a comment count in spans of their own; two authors in a list's items, "Ann
                // Lee Bo Park"): the line's links to its authors' pages say where the names are.
                clean = String.join(", ", linked);
            }
            if (clean != null) {
                return clean;
            }
            Matcher by = BY_IN_LINE.matcher(text);
            String named = by.find() ? clean(nameBeforeDate(text, by)) : null;
            return named != null ? named : nameInside(e);
        }
        if (LABEL.matcher(text).matches()) {
            // "Written by" on its own, the name in the next element that shows text (an avatar may stand between).
            Element next = nextWithText(e);
            return next == null ? null : clean(next.text());
        }
        String own = HtmlText.line(e.ownText());
        if (!own.isEmpty() && e.childrenSize() <= 3 && text.length() <= MAX_UNMARKED_LINE) {
            // An unmarked line that begins with "By Name", or with a label and a colon.
            Matcher by = BY_IN_LINE.matcher(text);
            if (by.find() && by.start() == 0) {
                return clean(nameBeforeDate(text, by));
            }
            Matcher labelled = LABELLED.matcher(text);
            if (labelled.lookingAt()) {
                return clean(text.substring(labelled.end()));
            }
        }
        if (own.length() <= MAX_UNMARKED_LINE && e.childrenSize() <= 3 && text.length() <= MAX_LINE) {
            // "03/01/2017 by Ann Lee": a meta line whose date (a <time> of its own) comes before "by" and the name.
            Matcher by = BY_IN_LINE.matcher(text);
            if (BY_PREFIX.matcher(own).lookingAt() && by.find()) {
                String before = text.substring(0, by.start()).strip();
                DateText.Found date = DateText.find(before);
                if (date != null && date.at() == 0 && before.length() - date.end() <= 2) {
                    return clean(nameBeforeDate(text, by));
                }
            }
        }
        return null;
    }
}
