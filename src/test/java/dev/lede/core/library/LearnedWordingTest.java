// Over 300 lines, not split: each case builds its own small library of stories in the same few lines, and what the
// wording learned from one library may and may not be is read best side by side.
package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.Block;
import dev.lede.core.article.RelatedHeadline;
import dev.lede.ui.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The wording a library teaches about itself ({@link LearnedWording}): five stories' related headlines say "to sit out"
 * where their articles say "will be absent from", which WordNet does not link, so a sixth line of that kind resolves
 * once the library has learned it, and a line of another event of the same person still does not.
 */
class LearnedWordingTest {

    /** Headline, lede, and the related headline another site links it with. */
    private static final String[][] STORIES = {
        {
            "Aron Vale pulls out of Lakeside Festival",
            "Singer Aron Vale will be absent from this year's Lakeside Festival, his label said on Monday.",
            "Aron Vale to sit out this year's Lakeside Festival"
        },
        {
            "Petra Holm withdraws from Marlow Book Fair",
            "Novelist Petra Holm will be absent from the Marlow Book Fair after a fall at home, her publisher confirmed.",
            "Petra Holm to sit out this year's Marlow Book Fair"
        },
        {
            "Dario Fenn out of Castlegate Open",
            "Tennis player Dario Fenn will be absent from the Castlegate Open with a wrist injury, organisers announced.",
            "Dario Fenn to sit out this year's Castlegate Open"
        },
        {
            "Ilse Brand misses Westbrook Awards",
            "Actor Ilse Brand will be absent from the Westbrook Awards while filming abroad, a spokesperson told reporters.",
            "Ilse Brand to sit out this year's Westbrook Awards"
        },
        {
            "Chef Tomas Reyna steps back from Harbour Food Show",
            "Chef Tomas Reyna will be absent from the Harbour Food Show to open a restaurant in Lisbon.",
            "Tomas Reyna to sit out this year's Harbour Food Show"
        },
        {
            "Rosa Ilk pulls out of Harwick Arts Fair",
            "Painter Rosa Ilk will be absent from this year's Harwick Arts Fair in Dunmore after a wrist injury, her gallery"
                    + " said.",
            "Rosa Ilk to sit out this year's Harwick Arts Fair in Dunmore after wrist injury"
        },
        {
            "Pia Lund pulls out of Northgate Games",
            "Runner Pia Lund will be absent from this year's Northgate Games after an ankle operation.",
            null
        },
        {
            "Council approves new bus lanes on Mill Road",
            "The council approved two new bus lanes on Mill Road on Tuesday after a long consultation.",
            null
        },
    };

    private static final String NEW_LINE = "Pia Lund to sit out this year's Northgate Games";
    private static final int PIA_LUND = 6;
    /** The one story whose line the first pass finds in spite of "to sit out": the rest of it singles the article out. */
    private static final int ROSA_ILK = 5;

    private static HeadlineMatcher matcher() {
        HeadlineMatcher matcher = new HeadlineMatcher();
        for (int i = 0; i < STORIES.length; i++) {
            matcher.add(i, STORIES[i][0], STORIES[i][1]);
        }
        return matcher;
    }

    private static List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (String[] story : STORIES) {
            if (story[2] != null) {
                lines.add(story[2]);
            }
        }
        return lines;
    }

    @Test
    void aRewordingThatRecursFromStoryToStoryIsLearned() {
        HeadlineMatcher matcher = matcher();
        LearnedWording learned = matcher.learn(lines(), STORIES.length);
        assertTrue(
                learned.pairs(matcher.terms()).contains("sit~absent"),
                learned.pairs(matcher.terms()).toString());
        assertEquals(Optional.empty(), matcher.resolve(NEW_LINE, STORIES.length), "WordNet alone does not link them");
        assertEquals(Optional.of(PIA_LUND), matcher.resolve(NEW_LINE, STORIES.length, learned));
        assertEquals(
                Optional.empty(),
                matcher.resolve("Pia Lund to sit out training after ankle operation", STORIES.length, learned),
                "another event of the same person");
        assertEquals(
                Optional.empty(),
                matcher.resolve("Pia Lund to sit out this year's Eastfield Marathon", STORIES.length, learned),
                "another event's name blocks as before");
    }

    @Test
    void aRewordingNoFoundLineUsesIsLearnedOnlyWhenItRecursAsAHabitDoes() {
        HeadlineMatcher matcher = matcher();
        List<String> unfound =
                lines().stream().filter(line -> !line.startsWith("Rosa Ilk")).toList();
        assertEquals(Optional.of(ROSA_ILK), matcher.resolve(STORIES[ROSA_ILK][2], STORIES.length), "found alone");
        assertTrue(unfound.stream()
                .allMatch(line -> matcher.resolve(line, STORIES.length).isEmpty()));
        LearnedWording fromFive = matcher.learn(unfound, STORIES.length);
        assertFalse(
                fromFive.pairs(matcher.terms()).contains("sit~absent"), "five articles could be a decoy's template");

        String[] people = {
            "Ama Oduro",
            "Bex Tarrant",
            "Cai Moller",
            "Dov Reiss",
            "Eli Sandor",
            "Fen Achterberg",
            "Gus Pellow",
            "Hana Ruusk",
            "Ivo Kestle",
            "Jora Wendt"
        };
        String[] events = {
            "Ashcombe Fair",
            "Brindle Cup",
            "Calder Proms",
            "Dunmore Open",
            "Elmridge Show",
            "Farrow Regatta",
            "Glenholt Games",
            "Hythe Awards",
            "Ingleby Rally",
            "Jessop Derby"
        };
        HeadlineMatcher habitual = new HeadlineMatcher();
        List<String> sittingOut = new ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            habitual.add(
                    i,
                    people[i] + " pulls out of " + events[i],
                    people[i] + " will be absent from this year's " + events[i] + ", organisers said.");
            sittingOut.add(people[i] + " to sit out this year's " + events[i]);
        }
        assertTrue(
                habitual.learn(sittingOut, people.length)
                        .pairs(habitual.terms())
                        .contains("sit~absent"),
                "ten articles make a habit");
        assertFalse(habitual.learn(sittingOut.subList(0, 9), people.length)
                .pairs(habitual.terms())
                .contains("sit~absent"));
    }

    /**
     * Decoys written to one template ("cancels N-date world tour" for articles on plans for one) are each likely their
     * article's by the names alone, and recur: their other event is not learned as a rewording of the article's.
     */
    @Test
    void aDecoyTemplateIsNotLearned() {
        String[][] tours = {
            {"Ada Morrow", "40"},
            {"Bel Quist", "52"},
            {"Cole Hanbury", "36"},
            {"Dita Vane", "61"},
            {"Emil Sorrow", "28"}
        };
        HeadlineMatcher matcher = new HeadlineMatcher();
        List<String> decoys = new ArrayList<>();
        for (int i = 0; i < tours.length; i++) {
            String said = i % 2 == 0 ? " confirmed" : " revealed";
            matcher.add(
                    i,
                    tours[i][0] + said + " plans for a " + tours[i][1] + "-date world tour",
                    tours[i][0] + said + " plans for a " + tours[i][1] + "-date world tour during a radio interview.");
            decoys.add(tours[i][0] + " cancels " + tours[i][1] + "-date world tour");
        }
        LearnedWording learned = matcher.learn(decoys.subList(0, 4), tours.length);
        assertFalse(
                learned.pairs(matcher.terms()).contains("cancel~plan"),
                learned.pairs(matcher.terms()).toString());
        assertEquals(Optional.empty(), matcher.resolve(decoys.get(4), tours.length, learned));
    }

    /**
     * A line found only through WordNet ("cancels" for a lede's "recalled", which WordNet also files as "cancel
     * officially") shows nothing of how the library's lines use the word: with it, the template's other decoys would
     * be three articles, a habit found in use.
     */
    @Test
    void aWordALineWasFoundByThroughWordNetIsNoHabit() {
        String[][] tours = {
            {"Ada Morrow", "40", " recalled"},
            {"Bel Quist", "52", " confirmed"},
            {"Cole Hanbury", "36", " revealed"},
            {"Dita Vane", "61", " confirmed"},
            {"Emil Sorrow", "28", " revealed"}
        };
        HeadlineMatcher matcher = new HeadlineMatcher();
        List<String> decoys = new ArrayList<>();
        for (int i = 0; i < tours.length; i++) {
            String plans = tours[i][0] + tours[i][2] + " plans for a " + tours[i][1] + "-date world tour";
            matcher.add(i, plans, plans + " during a radio interview.");
            decoys.add(tours[i][0] + " cancels " + tours[i][1] + "-date world tour");
        }
        assertEquals(Optional.of(0), matcher.resolve(decoys.get(0), tours.length), "WordNet's other sense of recall");
        LearnedWording learned = matcher.learn(decoys.subList(0, 4), tours.length);
        assertFalse(
                learned.pairs(matcher.terms()).contains("cancel~plan"),
                learned.pairs(matcher.terms()).toString());
        assertEquals(Optional.empty(), matcher.resolve(decoys.get(4), tours.length, learned));
    }

    @Test
    void aRewordingOfOneStoryToldAgainIsNotLearned() {
        HeadlineMatcher matcher = matcher();
        List<String> oneStory = List.of(
                "Aron Vale to sit out this year's Lakeside Festival",
                "Aron Vale to sit out Lakeside Festival this year",
                "Lakeside Festival: Aron Vale to sit out this year's show");
        LearnedWording learned = matcher.learn(oneStory, STORIES.length);
        assertTrue(learned.isEmpty(), learned.pairs(matcher.terms()).toString());
        assertEquals(Optional.empty(), matcher.resolve(NEW_LINE, STORIES.length, learned));
    }

    /**
     * A line telling the other outcome in a word WordNet marks as the opposite ("denies" where the lede says
     * "admitted") has no candidate in the first pass, so however often it recurs it teaches nothing.
     */
    @Test
    void wordsWordNetMarksAsOppositesAreNeverLearnedAsTheSame() {
        String[][] admitted = {
            {
                "Mayor Ruth Calde admits taking gifts",
                "Mayor Ruth Calde admitted taking gifts from a developer, the inquiry heard."
            },
            {
                "Coach Ivo Sarn admits breaking rules",
                "Coach Ivo Sarn admitted breaking transfer rules at a hearing in Dunley."
            },
            {
                "Broker Lena Voss admits misleading clients",
                "Broker Lena Voss admitted misleading clients about fees, regulators said."
            },
            {"Senator Abel Kray admits leaking memo", "Senator Abel Kray admitted leaking the budget memo to reporters."
            },
            {
                "Chef Mira Sol admits using frozen fish",
                "Chef Mira Sol admitted using frozen fish at her Harbour Street restaurant."
            },
        };
        HeadlineMatcher matcher = new HeadlineMatcher();
        for (int i = 0; i < admitted.length; i++) {
            matcher.add(i, admitted[i][0], admitted[i][1]);
        }
        List<String> denials = List.of(
                "Ruth Calde denies taking gifts from developer",
                "Ivo Sarn denies breaking transfer rules",
                "Lena Voss denies misleading clients about fees",
                "Abel Kray denies leaking budget memo");
        LearnedWording learned = matcher.learn(denials, admitted.length);
        assertFalse(
                learned.pairs(matcher.terms()).contains("deny~admit"),
                learned.pairs(matcher.terms()).toString());
        assertEquals(
                Optional.empty(),
                matcher.resolve("Mira Sol denies using frozen fish", admitted.length, learned),
                "the other outcome is another story");
    }

    @Test
    void aLibraryResolvesItsRelatedHeadlinesWithWhatItLearned() {
        LibraryBuilder builder = new LibraryBuilder();
        for (String[] story : STORIES) {
            builder.add(article(story[0], story[1], story[2]));
        }
        builder.add(article(
                "Games organisers name new venue", "The Northgate Games will move to a new stadium.", NEW_LINE));
        Library library = builder.finish().withMatcherBuilt();
        LibraryEntry linking = library.entry(STORIES.length);
        RelatedHeadline line = linking.related().get(0);
        assertEquals(
                Optional.empty(),
                library.resolveWithoutWaiting(linking, line),
                "before the library's lines are worked out together, each is read alone");
        assertEquals(Optional.of(PIA_LUND), library.resolve(linking, line).map(LibraryEntry::position));
        assertTrue(library.resolvedTogether());
        assertEquals(
                Optional.of(PIA_LUND),
                library.resolveWithoutWaiting(linking, line).map(LibraryEntry::position),
                "the screen then shows what the batch commands print");
        assertEquals(Optional.of(PIA_LUND), library.match(NEW_LINE).map(LibraryEntry::position));
        assertFalse(LinkGraph.of(library).linkedFrom(library.entry(PIA_LUND)).isEmpty(), "a backlink too");
    }

    private static Article article(String headline, String lede, String related) {
        return Fixtures.article(
                headline,
                null,
                List.of(new Block.Paragraph(lede)),
                related == null ? List.of() : List.of(new RelatedHeadline(related, null)),
                List.of());
    }
}
