// Over 300 lines: one snapshot's questions (entries, ids, addresses, related headlines, search) over state its builder
// shares; the work of resolving lives in LibraryResolutions and HeadlineMatcher, of searching in SearchIndex.
package dev.lede.core.library;

import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Problem;
import dev.lede.core.article.RelatedHeadline;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable snapshot of the loaded library: entries in load order, the problems met so far, and
 * whether loading has finished. Snapshots are cheap to take while loading streams in. One class of over 300
 * lines because it is the one face the reader and the commands see: lookups, search and resolution each delegate
 * to a class of their own ({@link LibraryResolutions}, the body search, the matcher), and only their wiring is here.
 */
public final class Library {

    /**
     * Which headline matcher resolved a library's related headlines. Raise it with any change to what a
     * related headline resolves to (HeadlineMatcher, HeadlineTerms, WordForms, Negation, WordNet's use, URL
     * keys): the library index keeps resolutions per library and trusts only those of this version.
     * 2: WordNet synonyms and antonyms, ordinals, a denying headline, an unknown opening name.
     * 3: WordNet read from its compact table (WordNet's own base forms; a word with letters beyond ASCII is
     * no English word), antonyms of the words sharing a sense.
     * 4: a verb the article does not explain counts extra against it.
     * 5: a function word (one WordNet does not know) no entry uses weighs nothing; a possessive is its word.
     * 6: how headlines write names and numbers: title and surname, a capitalised opening word, an en dash,
     * a quotation's first word, a contraction, decades and centuries, "twice", "one" not required.
     * 7: a quotation set off by a colon weighs a quarter; a page's label ("Analysis:") no entry uses, nothing.
     * 8: a decimal is one number ("$1.2bn" and "$2.1bn" were the same two digits).
     * 9: a unit joined to its count is a word of its own ("90mph"; "m" metres or millions says only the
     * number), the wires' "bln"/"mln", a thousands separator before a unit ("2,000m"), a wire's numbered label
     * ("UPDATE 2-") is no part of the headline, a hyphen between names no entry holds joined joins two names, a
     * first- or second-person pronoun opening the line is no name; in a line in title or lower case the names are
     * the words the library writes as names, and a word no entry and no dictionary holds is another story's; a
     * label of a page's own words ("Read more:") is taken off a line's head, and a line that names nothing is
     * asked again without a source's name after it ("… - BBC News") or a note in brackets ("(PHOTOS)"); a people's
     * word no entry uses ("Valdorian") is read as the place an entry names; a number word after digits begins a
     * number of its own, and a decimal ending a sentence is one number.
     * 10: an abbreviation WordNet files as common words ("PM", "CEO", "MPs") is a word, not a name; a currency's
     * name after a count ("3 million pounds") goes as its sign does, and "500 mln" apart is 500 million.
     * 11: a library's related headlines are worked out together, and a second pass asks those the first left
     * unresolved again with the wording the library teaches about itself (LearnedWording).
     * 12: an article's ordinal also says its count, so "season four" finds "a fourth season"; a word inside a verb
     * phrase WordNet lists takes the phrase's antonyms, not its own ("looks back" is not against "ahead").
     * 13: a line must agree with its article on one of its common words at least ("X quits SHOW" is not "SHOW
     * returns with X in the lead"), and a synonym that is only the line's own name or number explains nothing; a
     * related headline naming its own article leads nowhere, by its text as by its address.
     * 14: a word in capitals may be the initials of a name an article writes out ("EW" for "Entertainment Weekly",
     * "RHOBH"; NameInitials).
     * 15: a line's best article must hold more of its weight (least score 0.66, was 0.62), and a lower-case word
     * no article uses weighs less (0.6 of a rare word's weight, was 0.7): precision first.
     * 16: WordNet credit only in a sense whose part of speech fits both texts (WordRoles: "in the lead" is no verb);
     * an attribution closing a line (", Variety reports") is its source, not the story; a verb the article has
     * one step up or down WordNet's hierarchy in a verb sense earns 0.4 of its weight, with the least score 0.665.
     * 17: a verb of feeling or perceiving the article does not explain earns what such a neighbour earns instead of
     * counting against it (MindVerbs).
     * 18: a word is learned from the library's lines from three articles only when a line the first pass found holds
     * it, else from ten (LearnedWording); "deny" denies as "not" does, as does "no" after a colon, and a line carries
     * a denial with those or a verb WordNet files under "deny" or "reject" (Negation, DenialVerbs).
     * 19: a count the line gives a thing its article gives another thing, while the article counts the line's thing
     * otherwise, is another story ("after 11 seasons" against "after 8 seasons after 11 years"; Quantities); an
     * ordinal written as a name ("Second Chances") says no count; a count in the plural ("over-65s", "the 60s") is a
     * number.
     * 20: a verb of denying (DenialVerbs: "rejects", "shoots down") said of an article whose headline denies earns what a
     * synonym of the article's word earns.
     * 21: a verb the article has as a sister in a narrow family of WordNet's (a broader sense holding at most eight,
     * SenseHierarchy.NARROW_FAMILY: "reminisces" for "looked back on") earns what a neighbour one step up or down earns;
     * a word of a line the first pass found is evidence of the library's habit only when WordNet does not tie it to
     * that line's article (LearnedWording: "cancels" found for a lede's "recalled" taught "cancels" for "plans").
     * 22: a line closing with a saying (", says Variety", ", podcast says", ", per THR") is asked without it as the last
     * try (LineForms).
     * 23: a WordNet neighbour made only of the line's own names explains nothing, as such a synonym already did ("pulls"
     * is one step from "hale", the Hale of "Wendy Hale"; "opening" from "exits", the Open of "Open Water").
     * 24: a word the line uses where it can be no verb (after a determiner, or joined by a hyphen to a particle: "the
     * stint", "a team-up"; WordRoles) does not count as an unexplained event.
     * 25: a line's noun whose commonest sense is a physical kind beside the commonest sense of a noun its article holds
     * and the line does not ("copper mine" against "tin mine"; WordNet.otherKinds) is another story.
     * 26: a verb phrase WordNet lists ("goes back", "sounds off") that ties to the article as a phrase weighs as one
     * word, its second word no more a word the article lacks.
     * 27: a negative contraction is the "not" it holds ("won't", "doesn't"), not a word "wont" or "doesnt".
     * 28: an adverb of manner no article uses ("finally", "frankly": an adjective's -ly adverb) weighs nothing.
     * 29: a prefix English uses as a preposition is that preposition ("post-Outpost life" is life after Outpost).
     * 30: the verb heading the definition of a line verb's commonest sense is one of its neighbours ("hails", "praise
     * vociferously", is explained by the article's "praised"; WordNetTable.definitionHead).
     * 31: a line's verb that heads WordNet's definition of the word it writes next, a word the article uses as its
     * verb, is a support verb and weighs nothing ("drops hints" where the article "hinted": "hint" is "drop a hint").
     * 32: a word that only completes a name a determiner introduces in the article's headline ("reboot" of "a The Quiet
     * Hour reboot"; NamedThings) is no common word the line agrees with the article on.
     * 33: what WordNet's definitions of a line verb say is so or is not (VerbDefinitions: "skip" is "fail to attend",
     * "attend" is "be present at", so not absent), the other way round under a negation ("won't attend"), explains or
     * rules out the article's word; a negated verb's antonyms explain and its synonyms do not.
     * 34: "get" before an adjective of manner and what it was about ("gets candid about"; CopularManner) weighs nothing,
     * nor does the adjective, as the adverb of manner ("candidly") does since 28.
     * 35: a line verb whose source ("pulls out of", "stays away from") is what the article says with an adjective its
     * person is away from ("absent from"; SourceRole) tells the same event, its adverbs with it.
     * 36: "give" before an object and "a" with the noun of a verb ("gives the Oscars a miss"; LightGive) weighs nothing:
     * the noun is the event.
     * 37: such a leaving verb earns a synonym's credit, as a definition saying the state does (33), and the article's
     * adjective before "from" must be written in lower case ("Old Mill Athletic from Rivermouth" is a name's).
     * 38: a negated verb whose goal ("won't turn up to", "not heading to", "won't show at") is what the article says its
     * person is away from tells the same, and a negated leaving verb ("won't pull out of") no longer does.
     * 39: a line verb of saying or thinking that the Moby Thesaurus and the article's verb of saying list as near in
     * meaning both ways ("signals" for "hinted", "justifies" for "defended"; SayingVerbs) earns a neighbour's credit.
     * 40: a line noun whose commonest sense is abstract and one step up or down WordNet's hierarchy from an article's
     * noun ("finale" for "the end", "probe" for "inquiry") earns a neighbour's credit, as a verb's neighbour does.
     * 41: a line whose named person leaves a named thing with a verb of leaving (LeavingVerbs: "exits", "leaves") is
     * another story than an article that holds both names and tells of no leaving.
     * 42: "go" is read as "get" is before an adjective of manner and its topic ("goes public with", CopularManner): both
     * weigh nothing, and "with" names the topic too.
     * 43: the noun heading the definition of an abstract line noun's commonest sense ("time" for "days", "the time during
     * which someone's life continues") counts among its neighbours, as a verb's definition head does since 30.
     * 44: a line that places its story at an event ("performs … at the Tony Awards") the article names only as its time
     * ("… ahead of the Tony Awards"; EventTiming) is another story.
     * 45: an abstract line noun earns a neighbour's part where the article holds an abstract noun the Moby Thesaurus
     * ties to it both ways ("stint" for "time", "talk" for "rumour"; ThesaurusNouns).
     * 46: an adjective carries those ties through the noun WordNet derives it from ("famous", of "fame", for "the
     * spotlight").
     * 47: a verb WordNet files first as perceiving and next as saying or thinking ties through the thesaurus as a verb
     * of saying ("looks back on" for "reflected on"); a tied phrase the matcher would read without its particle ("back
     * out" as "back") ties no article word.
     * 48: a line verb whose subject is two of the line's names joined by "and" ("X and Y end their feud") is another
     * story unless the article holds it or a synonym: a neighbour, a thesaurus tie or a feeling tells a joint act loosely.
     * 49: a line noun naming what was said ("claims", "talk", "the story behind"; TalkNouns) after the line's verb earns a
     * neighbour's part where the article tells that verb ("denies … claims" for "denied").
     * 50: a line that gives a role to a person right after the name ("with Dev Young in the lead") is another story than
     * an article that gives the role only to another person (RoleHolders).
     * 51: two line words WordNet lists as one noun ("public eye") are read as that noun too, through its synonyms only
     * ("spotlight"), not one step from it ("copper mine" is a "mine"), and never after a count ("by one shot").
     * 52: a verb of thinking the article does not explain earns what a verb of feeling does ("remembers", "relives"),
     * when WordNet files its next sense, if any, as mental too ("skip", next a jump, is none), and verb phrases of
     * the mind count as their words do ("look back"); MindVerbs, named FeelingVerbs before.
     * 53: a verb phrase of saying the Moby Thesaurus lists only under verbs of saying, two or more, and WordNet lacks
     * ("break silence") is tied to them (SayingVerbs); an "-ing" form earns a verb of the mind's credit only as the
     * verb of the line's names ("to sit out training" is another event).
     * 54: a line's two words that make such a phrase ("breaks silence") are read as it, as a WordNet verb phrase is.
     * 55: the thesaurus's ties (SayingVerbs, ThesaurusNouns) are asked in one spelling, so a British line word finds
     * what the American thesaurus lists ("criticises" the ties of "criticize", "rumours" those of "rumor"), and a
     * line's phrase of saying is read with a determiner between its words ("breaks her silence").
     * 56: a verb of saying WordNet files below judging ("acknowledges", "admits", "hails") earns a verb of the mind's
     * credit (MindVerbs): a judgment said aloud tells how the person took the story, not another event of it.
     */
    public static final int RESOLVER_VERSION = 56;

    private final EntryTable.Entries entries;
    private final IdPositions positions;
    private final List<Problem> problems;
    private final LoadCounts counts;
    private final List<String> fetching;
    private final boolean complete;
    /** The headline matcher, fed this snapshot's entries when a question first needs it. */
    private final MatcherFeed matcher;
    /** Article addresses ({@link UrlKey}) to positions, shared with the builder like {@link #positions}. */
    private final Map<String, Integer> byUrl;
    /** Every entry carries its related headlines' targets, from the library index: the matcher is not used. */
    private final boolean resolvedAhead;
    /**
     * The stored resolution this library's unchanged entries bring their targets from: only what changed is resolved
     * ({@link LibraryResolutions}); null to resolve every line.
     */
    private final EarlierResolution earlier;

    /** Every related headline's target, worked out once ({@link #resolveAll}); null until then. */
    private volatile LibraryResolutions resolutions;

    private volatile Counted counted;

    private final SearchIndex search;
    /** Search through the library index instead of {@link #search}; null when there is none. */
    private final BodySearch bodySearch;

    // The maps and indexes are shared with the builder and later snapshots; every query is fenced
    // by this snapshot's size, so later entries stay invisible here.
    Library(
            EntryTable.Entries entries,
            IdPositions positions,
            List<Problem> problems,
            LoadCounts counts,
            List<String> fetching,
            boolean complete,
            MatcherFeed matcher,
            Map<String, Integer> byUrl,
            boolean resolvedAhead,
            EarlierResolution earlier,
            SearchIndex search,
            BodySearch bodySearch) {
        this.entries = entries;
        this.positions = positions;
        this.problems = problems;
        this.counts = counts;
        this.fetching = fetching;
        this.complete = complete;
        this.matcher = matcher;
        this.byUrl = byUrl;
        this.resolvedAhead = resolvedAhead;
        this.earlier = earlier;
        this.search = search;
        this.bodySearch = bodySearch;
    }

    public static Library empty() {
        return new LibraryBuilder().finish();
    }

    /** An empty library whose loading has not ended: nothing has been posted yet. */
    public static Library loading() {
        return new LibraryBuilder().snapshot();
    }

    public List<LibraryEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** Whether this snapshot is {@code older} with articles added after its own (snapshots of one builder). */
    public boolean grewFrom(Library older) {
        return older.positions == positions && size() >= older.size();
    }

    /**
     * Whether the articles come from more than one folder (the list's automatic source column): the folder
     * of a source's name is what comes before its last slash or backslash; stdin is in none.
     */
    public boolean manyFolders() {
        return entries.manyFolders();
    }

    public LibraryEntry entry(int position) {
        return entries.get(position);
    }

    /** The index row of the entry at {@code position} when it is kept apart, else -1; without making the entry. */
    long rowAt(int position) {
        return entries.row(position);
    }

    public Optional<LibraryEntry> find(ArticleId id) {
        int position = positions.find(id, entries.size());
        return position >= 0 ? Optional.of(entries.get(position)) : Optional.empty();
    }

    /**
     * How many of {@code ids} are articles of this snapshot. The title bar asks it of the read marks on every
     * frame, so the answer for the last set asked about is kept: a reading state's set is a new one whenever
     * a mark changes, and counting a heavy reader's 100,000 marks took 50 ms a key.
     */
    public int countOf(Set<ArticleId> ids) {
        Counted last = counted;
        if (last != null && last.ids() == ids) {
            return last.count();
        }
        int count = 0;
        for (ArticleId id : ids) {
            if (positions.find(id, entries.size()) >= 0) {
                count++;
            }
        }
        counted = new Counted(ids, count);
        return count;
    }

    /** {@link #countOf}'s last answer, for the set it was asked about (by identity). */
    private record Counted(Set<ArticleId> ids, int count) {}

    /** The position of the entry whose id is {@code id}, or -1 when this snapshot has none. */
    public int positionOf(ArticleId id) {
        return positions.find(id, entries.size());
    }

    /**
     * The article {@code related}, a related headline of {@code from}, points at, or empty when it is not
     * (surely) in the library: by its address when it has one that an article of the library has (a page
     * linking to itself aside), else by its text. The first question works every related headline of the library
     * out together ({@link #resolveAll}); the screen asks {@link #resolveWithoutWaiting} instead.
     */
    public Optional<LibraryEntry> resolve(LibraryEntry from, RelatedHeadline related) {
        if (resolvedAhead) {
            return from.storedTarget(related).flatMap(this::find);
        }
        return resolveNow(from, related, resolveAll());
    }

    /**
     * As {@link #resolve}, without waiting for the library's related headlines to be worked out together (for
     * the screen, which must not wait a second on a large library): their answer once they are
     * ({@link #resolveAll}), else the line's first pass alone, which the wording the library teaches
     * ({@link LearnedWording}) may still add to; before the matcher is built for this snapshot (by the first
     * question that waits, {@link #withMatcherBuilt}), its address alone.
     */
    public Optional<LibraryEntry> resolveWithoutWaiting(LibraryEntry from, RelatedHeadline related) {
        if (resolvedAhead) {
            return from.storedTarget(related).flatMap(this::find);
        }
        LibraryResolutions all = resolutions;
        if (all == null && !matcher.holds(size())) {
            // The matcher is not built for this snapshot yet (seconds on a large library, never on the screen's
            // thread): only an address answers until it is.
            return atAddress(related.url()).filter(entry -> entry.position() != from.position());
        }
        return resolveNow(from, related, all);
    }

    /**
     * Feeds the headline matcher every entry of this snapshot now, unless it holds them (see {@link MatcherFeed}):
     * {@link #resolveWithoutWaiting} then reads each line alone with it. Off the screen's thread; returns this.
     */
    Library withMatcherBuilt() {
        if (!resolvedAhead) {
            matcher.over(entries);
        }
        return this;
    }

    private Optional<LibraryEntry> resolveNow(LibraryEntry from, RelatedHeadline related, LibraryResolutions all) {
        Optional<Integer> known = all == null ? null : all.target(from, related);
        if (known != null) {
            return known.map(entries::get);
        }
        Optional<LibraryEntry> byAddress =
                atAddress(related.url()).filter(entry -> entry.position() != from.position());
        // A page does not link to itself, by its text as by its address.
        return byAddress.isPresent()
                ? byAddress
                : matchWith(related.headline(), all).filter(entry -> entry.position() != from.position());
    }

    /**
     * Works out every related headline of this snapshot together, once (on every core: about a second of CPU per
     * 10,000 articles), and learns the library's own wording on the way; later calls return what was worked out.
     * Not for a library resolved ahead, whose targets are stored.
     */
    LibraryResolutions resolveAll() {
        LibraryResolutions all = resolutions;
        if (all == null) {
            synchronized (this) {
                all = resolutions;
                if (all == null) {
                    all = LibraryResolutions.of(this, matcher.over(entries), earlier);
                    resolutions = all;
                }
            }
        }
        return all;
    }

    /**
     * What this library's resolution rests on, to be stored with its targets: how many articles changed since
     * the last full resolution (0 when this one was), and the wording that one learned. Works the related
     * headlines out first unless that was done; not for a library resolved ahead.
     */
    public ResolutionBasis resolutionBasis() {
        if (resolvedAhead) {
            throw new IllegalStateException("a library resolved ahead stores no resolution");
        }
        return resolveAll().basis();
    }

    /** How many related lines {@link #resolveAll} worked out rather than kept from the stored resolution. */
    int linesResolved() {
        return resolveAll().linesResolved();
    }

    /** Whether the headline matcher holds every entry of this snapshot (for tests: {@link MatcherFeed}). */
    boolean matcherBuilt() {
        return matcher.holds(size());
    }

    /** Whether {@link #resolveAll} has run: the screen then shows what the batch commands print. */
    public boolean resolvedTogether() {
        return resolvedAhead || resolutions != null;
    }

    /** Works every related headline out together now unless that was done (see {@link #resolve}); returns this. */
    public Library withRelatedWorkedOut() {
        if (!resolvedAhead) {
            resolveAll();
        }
        return this;
    }

    /** The article whose own address is {@code url} (as {@link UrlKey} compares them), if one is loaded. */
    public Optional<LibraryEntry> atAddress(String url) {
        Integer position = UrlKey.of(url).map(byUrl::get).orElse(null);
        return position != null && position < entries.size() ? Optional.of(entries.get(position)) : Optional.empty();
    }

    /**
     * The article the headline matcher finds for {@code headline}, wherever the headline comes from;
     * only in a library that is not resolved ahead (the matcher is then not built).
     */
    public Optional<LibraryEntry> match(String headline) {
        if (resolvedAhead) {
            throw new IllegalStateException("a library resolved ahead has no matcher");
        }
        return matchWith(headline, resolutions);
    }

    private Optional<LibraryEntry> matchWith(String headline, LibraryResolutions all) {
        LearnedWording learned = all == null ? LearnedWording.NONE : all.learned();
        return matcher.over(entries).resolve(headline, entries.size(), learned).map(entries::get);
    }

    /**
     * Entries matching every word of {@code query} (prefixes allowed), best first; none when the library
     * was built {@linkplain LibraryBuilder#withoutSearch() without search}.
     */
    public List<LibraryEntry> search(String query) {
        int[] positions = searchPositions(query);
        LibraryEntry[] found = new LibraryEntry[positions.length];
        for (int i = 0; i < positions.length; i++) {
            found[i] = entries.get(positions[i]);
        }
        return List.of(found);
    }

    /**
     * True when {@link #search} asks the library index, which on a large library can take longer than a
     * keystroke: the reader then searches on a thread of its own and keys never wait for it.
     */
    public boolean searchesInBackground() {
        return bodySearch != null;
    }

    /** Stops a background search of this library running on another thread; it then finds nothing. */
    public void cancelSearch() {
        if (bodySearch != null) {
            bodySearch.cancel();
        }
    }

    /**
     * At most this many articles answer a search through the library index: a keystroke needs the first
     * screenfuls, and every article found costs time (the ids of 100,000 took over 100 ms, README.md).
     */
    public static final int MOST_INDEX_MATCHES = 1_000;

    /** True when {@code found} matches may be only the first of more ({@link #MOST_INDEX_MATCHES}). */
    public boolean searchMayHaveMore(int found) {
        return bodySearch != null && found >= MOST_INDEX_MATCHES;
    }

    /** The positions of the entries {@link #search} returns, in the same order, without a list of entries. */
    public int[] searchPositions(String query) {
        if (bodySearch != null) {
            return indexPositions(query, Math.min(entries.size(), MOST_INDEX_MATCHES));
        }
        return search == null ? new int[0] : search.search(query, entries.size());
    }

    /**
     * The first {@code wanted} of this library's articles the index finds. The index is searched as a whole
     * (other folders' articles share it, and its search is faster unscoped), so what it finds first may all be
     * other folders': a library of 2 asking for 2 got the 2 first matches of a 5,000-article folder and found
     * nothing of its own. Asked again for four times as many until this library has its share or the index has
     * no more; a cancelled search finds nothing, so it ends too.
     */
    private int[] indexPositions(String query, int wanted) {
        for (int asked = wanted; ; asked = (int) Math.min(Integer.MAX_VALUE, 4L * asked)) {
            List<ArticleId> ids = bodySearch.search(query, asked);
            int[] found = positionsOf(ids);
            if (found.length >= wanted || ids.size() < asked || asked == Integer.MAX_VALUE) {
                return found.length > wanted ? Arrays.copyOf(found, wanted) : found;
            }
        }
    }

    /**
     * Ids found in the index, as positions in this snapshot, each once (an article merged from two files
     * is indexed under both); ids not (yet) in this snapshot are left out.
     */
    private int[] positionsOf(List<ArticleId> ids) {
        int[] out = new int[ids.size()];
        int count = 0;
        int size = entries.size();
        BitSet seen = new BitSet(size);
        for (ArticleId id : ids) {
            int position = positions.find(id, entries.size());
            if (position >= 0 && !seen.get(position)) {
                seen.set(position);
                out[count++] = position;
            }
        }
        return count == out.length ? out : Arrays.copyOf(out, count);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** How many inputs were skipped, read with warnings and merged, as far as {@link #problems} goes. */
    public LoadCounts counts() {
        return counts;
    }

    /** The URLs still being downloaded when this snapshot was taken, in the order they started. */
    public List<String> fetching() {
        return fetching;
    }

    /** True when every entry carries its related headlines' targets from an earlier run (no matcher). */
    public boolean isResolvedAhead() {
        return resolvedAhead;
    }

    public boolean isComplete() {
        return complete;
    }
}
