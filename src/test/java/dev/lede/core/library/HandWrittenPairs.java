package dev.lede.core.library;

import dev.lede.core.article.Article;
import dev.lede.core.article.ArticleId;
import dev.lede.core.article.Block;
import dev.lede.core.article.Format;
import dev.lede.core.article.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A hand-written related-headline fixture: {@code A:} lines are library articles (their lede sentence,
 * which is also their headline unless an {@code H:} line just before gives one), {@code R:} lines are
 * headline-style rewrites that must resolve to the last {@code A:}, {@code D:} lines are decoys (other
 * stories sharing names or topics) that must not resolve.
 */
record HandWrittenPairs(List<String> headlines, List<String> ledes, List<Case> cases, int rewrites) {

    record Case(String headline, Optional<Integer> expected) {}

    static HandWrittenPairs read(Path file) throws IOException {
        List<String> headlines = new ArrayList<>();
        List<String> ledes = new ArrayList<>();
        List<Case> cases = new ArrayList<>();
        int rewrites = 0;
        String headline = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("H: ")) {
                headline = line.substring(3).strip();
            } else if (line.startsWith("A: ")) {
                String lede = line.substring(3).strip();
                headlines.add(headline != null ? headline : lede);
                ledes.add(lede);
                headline = null;
            } else if (line.startsWith("R: ")) {
                cases.add(new Case(line.substring(3).strip(), Optional.of(ledes.size() - 1)));
                rewrites++;
            } else if (line.startsWith("D: ")) {
                cases.add(new Case(line.substring(3).strip(), Optional.empty()));
            }
        }
        return new HandWrittenPairs(headlines, ledes, cases, rewrites);
    }

    Library library() {
        LibraryBuilder builder = new LibraryBuilder();
        for (int i = 0; i < ledes.size(); i++) {
            builder.add(article(i, List.of()));
        }
        return builder.finish();
    }

    /** Article {@code i} of the set: its headline, its lede and a second paragraph, with {@code related}. */
    private Article article(int i, List<dev.lede.core.article.RelatedHeadline> related) {
        String lede = ledes.get(i);
        String more = "The rest of story " + (i + 1) + " follows in later paragraphs.";
        return new Article(
                ArticleId.forContent(lede),
                Source.of("pairs-" + (i + 1) + ".txt"),
                Format.TEXT,
                headlines.get(i),
                null,
                null,
                null,
                null,
                List.of(new Block.Paragraph(lede), new Block.Paragraph(more)),
                related,
                List.of(),
                List.of());
    }

    /**
     * The set's articles with its lines as their related headlines (line k to article (k * 7 + 3) mod n, or the next
     * one that is not the line's own target), as {@link #library()} builds them.
     */
    List<Article> articlesWithLines() {
        List<List<dev.lede.core.article.RelatedHeadline>> related = new ArrayList<>();
        ledes.forEach(l -> related.add(new ArrayList<>()));
        for (int k = 0; k < cases.size(); k++) {
            int owner = (k * 7 + 3) % ledes.size();
            if (cases.get(k).expected().equals(Optional.of(owner))) {
                owner = (owner + 1) % ledes.size();
            }
            related.get(owner)
                    .add(new dev.lede.core.article.RelatedHeadline(cases.get(k).headline(), null));
        }
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < ledes.size(); i++) {
            articles.add(article(i, related.get(i)));
        }
        return articles;
    }

    /** Each rewrite and decoy resolved against {@link #library()}, counted. */
    RelatedResolutionQualityTest.Score score() {
        return score(UnaryOperator.identity());
    }

    /** The score with every related line first rewritten by {@code rewrite} (into title case, say). */
    RelatedResolutionQualityTest.Score score(UnaryOperator<String> rewrite) {
        Library library = library();
        RelatedResolutionQualityTest.Score score = new RelatedResolutionQualityTest.Score();
        for (Case c : cases) {
            String headline = rewrite.apply(c.headline());
            Optional<LibraryEntry> hit = library.match(headline);
            score.count(
                    headline + hit.map(e -> " => " + e.headline()).orElse(""),
                    c.expected(),
                    hit.map(LibraryEntry::position));
        }
        return score;
    }
}
