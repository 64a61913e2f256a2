package dev.lede.core.library;

import dev.lede.core.article.ArticleId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntBinaryOperator;

/**
 * The stories of a library known only by each article's number, id, date, headline and the numbers its
 * related headlines lead to, as the library index's stored listing gives them (io/StoredListing): what
 * {@code lede stories} prints, grouped and named as {@link LinkGraph} does (same union-find, same
 * order), with no {@link Library} built and no article's text held beyond its date and headline.
 */
public final class StoryTally {

    private final LinkList links = new LinkList();
    private ArticleId[] ids = new ArticleId[1024];
    private String[] published = new String[1024];
    private String[] headlines = new String[1024];
    /** One past the highest position seen, as an article or as a target. */
    private int size;

    /**
     * Adds one article.
     *
     * @param number  its number in the listing, 1 for the first (its load-order position plus one)
     * @param related the numbers of the articles its related headlines lead to (each at least 1)
     */
    public void add(int number, ArticleId id, String published, String headline, int[] related) {
        int position = number - 1;
        if (position < 0) {
            throw new IllegalArgumentException("article numbers start at 1: " + number);
        }
        fit(position);
        this.ids[position] = id;
        this.published[position] = published;
        this.headlines[position] = headline;
        for (int target : related) {
            if (target < 1) {
                throw new IllegalArgumentException("article numbers start at 1: " + target);
            }
            fit(target - 1);
            links.add(position, target - 1);
        }
    }

    private void fit(int position) {
        if (position >= published.length) {
            int length = Math.max(position + 1, published.length * 2);
            ids = Arrays.copyOf(ids, length);
            published = Arrays.copyOf(published, length);
            headlines = Arrays.copyOf(headlines, length);
        }
        size = Math.max(size, position + 1);
    }

    /** Every story of two or more articles, in order of their earliest article ({@link LinkGraph#stories()}'s). */
    public List<StorySummary> stories() {
        // LinkGraph.EARLIEST over what is held here: by date as the entries compare theirs, then load order.
        IntBinaryOperator earlier = (a, b) -> {
            int byDate = EntryPacking.comparePublished(published[a], published[b]);
            return byDate != 0 ? byDate : Integer.compare(a, b);
        };
        int[] story = StoryForest.of(size, links, earlier);
        StorySummary.Span[] spans = new StorySummary.Span[size];
        List<List<Integer>> members = new ArrayList<>();
        int[] membersOf = new int[size];
        List<Integer> roots = new ArrayList<>();
        for (int p = 0; p < size; p++) {
            int root = story[p] < 0 ? p : story[p];
            if (-story[root] < 2) {
                continue;
            }
            if (spans[root] == null) {
                spans[root] = new StorySummary.Span();
                membersOf[root] = members.size();
                members.add(new ArrayList<>());
                roots.add(root);
            }
            spans[root].add(published[p]);
            members.get(membersOf[root]).add(p);
        }
        roots.sort(earlier::applyAsInt);
        List<StorySummary> out = new ArrayList<>(roots.size());
        for (int root : roots) {
            // The timeline's order, LinkGraph.story's: oldest first.
            List<Integer> positions = members.get(membersOf[root]);
            positions.sort(earlier::applyAsInt);
            List<ArticleId> articles = new ArrayList<>(positions.size());
            for (int p : positions) {
                articles.add(ids[p]);
            }
            out.add(spans[root].summary(headlines[root], articles));
        }
        return out;
    }
}
