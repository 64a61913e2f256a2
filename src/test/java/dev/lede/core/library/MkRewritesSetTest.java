// Over 300 lines: the sixty sets' cases, each with the figures it was measured at, share one way of building and
// scoring a library; split up, each file would repeat it.
package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.Article;
import dev.lede.core.article.RelatedHeadline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures related-headline resolution on text like issue 15's held-back corpus: the 300 articles of the
 * shared generator with hand-written headline rewrites and decoys in place of the generator's own related lines.
 * Sixty sets, each written blind for its own seed: mkrewrites (seed 23), mkrewrites2 (seed 41), mkrewrites3 (seed
 * 59), mkrewrites4 (seed 77), mkrewrites5 (seed 95), mkrewrites6 (seed 96), mkrewrites7 (seed 97), mkrewrites8
 * (seed 98), mkrewrites9 (seed 99), mkrewrites10 (seed 100), mkrewrites11 (seed 101), mkrewrites12 (seed 102), mkrewrites13 (seed 103), mkrewrites14 (seed 104), mkrewrites15 (seed 105), mkrewrites16 (seed 106), mkrewrites17 (seed 107), mkrewrites18 (seed 108), mkrewrites19 (seed 109), mkrewrites20 (seed 110), mkrewrites21 (seed 111), mkrewrites22 (seed 112), mkrewrites23 (seed 113), mkrewrites24 (seed 114), mkrewrites25 (seed 115), mkrewrites26 (seed 116), mkrewrites27 (seed 117), mkrewrites28 (seed 118), mkrewrites29 (seed 119), mkrewrites30 (seed 120), mkrewrites31 (seed 121), mkrewrites32 (seed 122), mkrewrites33 (seed 123), mkrewrites34 (seed 124), mkrewrites35 (seed 125), mkrewrites36 (seed 126), mkrewrites37 (seed 127), mkrewrites38 (seed 128), mkrewrites39 (seed 129), mkrewrites40 (seed 130), mkrewrites41 (seed 131), mkrewrites42 (seed 132), mkrewrites43 (seed 133), mkrewrites44 (seed 134), mkrewrites45 (seed 135), mkrewrites46 (seed 136), mkrewrites47 (seed 137), mkrewrites48 (seed 138), mkrewrites49 (seed 139), mkrewrites50 (seed 140), mkrewrites51 (seed 141), mkrewrites52 (seed 142), mkrewrites53 (seed 143), mkrewrites54 (seed 144), mkrewrites55 (seed 145), mkrewrites56 (seed 146), mkrewrites57 (seed 147), mkrewrites58 (seed 148), mkrewrites59 (seed 149) and mkrewrites60 (seed 150); the README.md beside each lines.tsv says how it was
 * made.
 * Prints precision, recall, wrong jumps and misses with the ledes involved, resolved together and each line alone.
 * The floors sit a little under what was measured when each set was added: a regression guard, not a goal.
 */
class MkRewritesSetTest {

    static final Path SET = Paths.get("src/test/resources/related/mkrewrites/lines.tsv");
    static final Path SECOND_SET = Paths.get("src/test/resources/related/mkrewrites2/lines.tsv");
    static final Path THIRD_SET = Paths.get("src/test/resources/related/mkrewrites3/lines.tsv");
    static final Path FOURTH_SET = Paths.get("src/test/resources/related/mkrewrites4/lines.tsv");
    static final Path FIFTH_SET = Paths.get("src/test/resources/related/mkrewrites5/lines.tsv");
    static final Path SIXTH_SET = Paths.get("src/test/resources/related/mkrewrites6/lines.tsv");
    static final Path SEVENTH_SET = Paths.get("src/test/resources/related/mkrewrites7/lines.tsv");
    static final Path EIGHTH_SET = Paths.get("src/test/resources/related/mkrewrites8/lines.tsv");
    static final Path NINTH_SET = Paths.get("src/test/resources/related/mkrewrites9/lines.tsv");
    static final Path TENTH_SET = Paths.get("src/test/resources/related/mkrewrites10/lines.tsv");
    static final Path ELEVENTH_SET = Paths.get("src/test/resources/related/mkrewrites11/lines.tsv");
    static final Path TWELFTH_SET = Paths.get("src/test/resources/related/mkrewrites12/lines.tsv");
    static final Path THIRTEENTH_SET = Paths.get("src/test/resources/related/mkrewrites13/lines.tsv");
    static final Path FOURTEENTH_SET = Paths.get("src/test/resources/related/mkrewrites14/lines.tsv");
    static final Path FIFTEENTH_SET = Paths.get("src/test/resources/related/mkrewrites15/lines.tsv");
    static final Path SIXTEENTH_SET = Paths.get("src/test/resources/related/mkrewrites16/lines.tsv");
    static final Path SEVENTEENTH_SET = Paths.get("src/test/resources/related/mkrewrites17/lines.tsv");
    static final Path EIGHTEENTH_SET = Paths.get("src/test/resources/related/mkrewrites18/lines.tsv");
    static final Path NINETEENTH_SET = Paths.get("src/test/resources/related/mkrewrites19/lines.tsv");
    static final Path TWENTIETH_SET = Paths.get("src/test/resources/related/mkrewrites20/lines.tsv");
    static final Path TWENTY_FIRST_SET = Paths.get("src/test/resources/related/mkrewrites21/lines.tsv");
    static final Path TWENTY_SECOND_SET = Paths.get("src/test/resources/related/mkrewrites22/lines.tsv");
    static final Path TWENTY_THIRD_SET = Paths.get("src/test/resources/related/mkrewrites23/lines.tsv");
    static final Path TWENTY_FOURTH_SET = Paths.get("src/test/resources/related/mkrewrites24/lines.tsv");
    static final Path TWENTY_FIFTH_SET = Paths.get("src/test/resources/related/mkrewrites25/lines.tsv");
    static final Path TWENTY_SIXTH_SET = Paths.get("src/test/resources/related/mkrewrites26/lines.tsv");
    static final Path TWENTY_SEVENTH_SET = Paths.get("src/test/resources/related/mkrewrites27/lines.tsv");
    static final Path TWENTY_EIGHTH_SET = Paths.get("src/test/resources/related/mkrewrites28/lines.tsv");
    static final Path TWENTY_NINTH_SET = Paths.get("src/test/resources/related/mkrewrites29/lines.tsv");
    static final Path THIRTIETH_SET = Paths.get("src/test/resources/related/mkrewrites30/lines.tsv");
    static final Path THIRTY_FIRST_SET = Paths.get("src/test/resources/related/mkrewrites31/lines.tsv");
    static final Path THIRTY_SECOND_SET = Paths.get("src/test/resources/related/mkrewrites32/lines.tsv");
    static final Path THIRTY_THIRD_SET = Paths.get("src/test/resources/related/mkrewrites33/lines.tsv");
    static final Path THIRTY_FOURTH_SET = Paths.get("src/test/resources/related/mkrewrites34/lines.tsv");
    static final Path THIRTY_FIFTH_SET = Paths.get("src/test/resources/related/mkrewrites35/lines.tsv");
    static final Path THIRTY_SIXTH_SET = Paths.get("src/test/resources/related/mkrewrites36/lines.tsv");
    static final Path THIRTY_SEVENTH_SET = Paths.get("src/test/resources/related/mkrewrites37/lines.tsv");
    static final Path THIRTY_EIGHTH_SET = Paths.get("src/test/resources/related/mkrewrites38/lines.tsv");
    static final Path THIRTY_NINTH_SET = Paths.get("src/test/resources/related/mkrewrites39/lines.tsv");
    static final Path FORTIETH_SET = Paths.get("src/test/resources/related/mkrewrites40/lines.tsv");
    static final Path FORTY_FIRST_SET = Paths.get("src/test/resources/related/mkrewrites41/lines.tsv");
    static final Path FORTY_SECOND_SET = Paths.get("src/test/resources/related/mkrewrites42/lines.tsv");
    static final Path FORTY_THIRD_SET = Paths.get("src/test/resources/related/mkrewrites43/lines.tsv");
    static final Path FORTY_FOURTH_SET = Paths.get("src/test/resources/related/mkrewrites44/lines.tsv");
    static final Path FORTY_FIFTH_SET = Paths.get("src/test/resources/related/mkrewrites45/lines.tsv");
    static final Path FORTY_SIXTH_SET = Paths.get("src/test/resources/related/mkrewrites46/lines.tsv");
    static final Path FORTY_SEVENTH_SET = Paths.get("src/test/resources/related/mkrewrites47/lines.tsv");
    static final Path FORTY_EIGHTH_SET = Paths.get("src/test/resources/related/mkrewrites48/lines.tsv");
    static final Path FORTY_NINTH_SET = Paths.get("src/test/resources/related/mkrewrites49/lines.tsv");
    static final Path FIFTIETH_SET = Paths.get("src/test/resources/related/mkrewrites50/lines.tsv");
    static final Path FIFTY_FIRST_SET = Paths.get("src/test/resources/related/mkrewrites51/lines.tsv");
    static final Path FIFTY_SECOND_SET = Paths.get("src/test/resources/related/mkrewrites52/lines.tsv");
    static final Path FIFTY_THIRD_SET = Paths.get("src/test/resources/related/mkrewrites53/lines.tsv");
    static final Path FIFTY_FOURTH_SET = Paths.get("src/test/resources/related/mkrewrites54/lines.tsv");
    static final Path FIFTY_FIFTH_SET = Paths.get("src/test/resources/related/mkrewrites55/lines.tsv");
    static final Path FIFTY_SIXTH_SET = Paths.get("src/test/resources/related/mkrewrites56/lines.tsv");
    static final Path FIFTY_SEVENTH_SET = Paths.get("src/test/resources/related/mkrewrites57/lines.tsv");
    static final Path FIFTY_EIGHTH_SET = Paths.get("src/test/resources/related/mkrewrites58/lines.tsv");
    static final Path FIFTY_NINTH_SET = Paths.get("src/test/resources/related/mkrewrites59/lines.tsv");
    static final Path SIXTIETH_SET = Paths.get("src/test/resources/related/mkrewrites60/lines.tsv");
    private static final int ARTICLES = 300;

    /** One line of the set: the file it must resolve to ("-" for a decoy), its kind and the headline. */
    record Line(String target, String kind, String headline) {
        boolean decoy() {
            return target.equals("-");
        }
    }

    /** How a library answers for one related headline of one of its entries. */
    interface Resolver {
        Optional<LibraryEntry> resolve(Library library, LibraryEntry from, RelatedHeadline related);
    }

    /** The set's lines resolved over one built library, both ways. */
    record Scores(Tally together, Tally alone) {

        /** Fails unless both ways reach {@code precision} and their recall floors. */
        void atLeast(double precision, double togetherRecall, double aloneRecall) {
            assertTrue(
                    together.precision() >= precision && together.recall() >= togetherRecall, "together: " + together);
            assertTrue(alone.precision() >= precision && alone.recall() >= aloneRecall, "alone: " + alone);
        }
    }

    @Test
    void rewritesOfGeneratedArticlesResolveAndDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites", SET, 23);

        // Regression guard, a little under what was measured: blind, at resolver version 11, together 0.9941 /
        // 0.8425 and alone 0.9933 / 0.7450; at version 12 (an article's ordinal also says its count) 0.9942 / 0.8625
        // and 0.9935 / 0.7650; at version 13 (a line must agree with its article on a common word) 0.9971 / 0.8575
        // and 0.9967 / 0.7600. Issue 15 asks for precision 0.998 and recall 0.95, which this is not.
        // Version 15 (precision first): 1.0000 / 0.8475 and 1.0000 / 0.7450.
        // Version 16 (parts of speech, a verb one step up or down credited): 1.0000 / 0.8450 and 1.0000 / 0.7500.
        // Version 18 (a template's word not learned, "deny" denies): 1.0000 / 0.8300 and 1.0000 / 0.7975.
        scores.atLeast(0.999, 0.825, 0.79);
    }

    @Test
    void secondBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites2", SECOND_SET, 41);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 12): together 0.9642 / 0.7778 (13 decoys jumped, 100 rewrites missed), alone 0.9670 / 0.6511; version
        // 13: 0.9669 / 0.7778 (12) and 0.9701 / 0.6489 (9).
        // Issue 15 asks for precision 0.998 and recall 0.95, which this is not.
        // Version 15 (precision first): 0.9801 / 0.7667 (7) and 0.9856 / 0.6222 (4).
        // Version 16: 0.9806 / 0.7867 (7) and 0.9863 / 0.6400 (4).
        // Version 18: 0.9886 / 0.7733 (4) and 0.9871 / 0.6822 (4).
        scores.atLeast(0.985, 0.77, 0.68);
    }

    @Test
    void thirdBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites3", THIRD_SET, 59);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, as main
        // stood at a963524): together 0.9715 / 0.9100 (8 decoys jumped, 27 rewrites missed), alone 0.9844 / 0.8433
        // (4 decoys jumped, 47 missed); version 13: 0.9785 / 0.9100 (6) and 0.9922 / 0.8433 (2). Issue 15 asks for
        // precision 0.998 and recall 0.95, which this is not.
        // Version 15 (precision first): 0.9963 / 0.9000 (1) and 0.9960 / 0.8300 (1).
        // Version 16: 1.0000 / 0.8967 (0) and 1.0000 / 0.8300 (0).
        scores.atLeast(0.999, 0.89, 0.825);
    }

    @Test
    void fourthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites4", FOURTH_SET, 77);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 13): together 0.9957 / 0.7767 (1 decoy jumped, 67 rewrites missed), alone 0.9950 / 0.6667 (1 decoy
        // jumped, 100 missed). Issue 15 asks for precision 0.998 and recall 0.95, which this is not.
        // Version 15 (precision first): 0.9957 / 0.7733 (1) and 0.9950 / 0.6667 (1).
        // Version 16: 0.9957 / 0.7700 (1) and 0.9952 / 0.6900 (1).
        scores.atLeast(0.995, 0.765, 0.685);
    }

    @Test
    void fifthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites5", FIFTH_SET, 95);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 14, main at e9e7f88a): together 0.9515 / 0.5233 (8 decoys jumped, 143 rewrites missed), alone 0.9503
        // / 0.5100 (8 decoys jumped, 147 missed). Issue 15 asks for precision 0.998 and recall 0.95, which this is not.
        // Version 15 (precision first): 0.9669 / 0.4867 (5) and 0.9660 / 0.4733 (5).
        // Version 16: 0.9868 / 0.5000 (2) and 0.9863 / 0.4800 (2).
        scores.atLeast(0.985, 0.495, 0.475);
    }

    @Test
    void sixthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites6", SIXTH_SET, 96);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 15, main at ca01efe0): together 0.9441 / 0.5633 (10 decoys jumped, 131 rewrites missed), alone 0.9762
        // / 0.5467 (4 decoys jumped, 136 missed). Version 16, chosen without reading it: together 0.9454 / 0.5767 (10
        // decoys, 127 missed), alone 0.9766 / 0.5567. Issue 15 asks for precision 0.998 and recall 0.95, which this is
        // not.
        scores.atLeast(0.94, 0.57, 0.55);
    }

    @Test
    void seventhBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites7", SEVENTH_SET, 97);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 17, main at 9735d068): together 0.9709 / 0.6667 (6 decoys jumped, 100 rewrites missed), alone 0.9848
        // / 0.6467 (3 decoys jumped, 106 missed). Issue 15 asks for precision 0.998 and recall 0.95, which this is not.
        // Version 18: 0.9949 / 0.6567 (1) and 0.9948 / 0.6433 (1).
        scores.atLeast(0.99, 0.65, 0.64);
    }

    @Test
    void eighthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites8", EIGHTH_SET, 98);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 17, main at b171d531): together 0.9368 / 0.7900 (16 decoys jumped, 63 rewrites missed), alone 0.9596
        // / 0.7133 (9 decoys jumped, 86 missed). Issue 15 asks for precision 0.998 and recall 0.95, which this is not.
        // Version 18: 0.9578 / 0.7567 (10) and 0.9683 / 0.7133 (7).
        scores.atLeast(0.955, 0.75, 0.71);
    }

    @Test
    void ninthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites9", NINTH_SET, 99);

        // Regression guard, a little under what was measured. Blind, through bench/related-sets.sh (worked out
        // together): version 17 0.996 / 0.833 (1 decoy jumped), a first draft of version 18 0.992 / 0.807 (2); its
        // misses then widened what carries a denial (DenialVerbs), so version 18's figures here are not blind: together
        // 0.9921 / 0.8333 (2), alone 0.9958 / 0.7933 (1).
        scores.atLeast(0.99, 0.83, 0.79);
    }

    @Test
    void tenthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites10", TENTH_SET, 100);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 18): together 1.0000 / 0.7867 (no decoy jumped, 64 rewrites missed), alone 1.0000 / 0.7600; version
        // 17 on it, through bench/related-sets.sh, 0.996 / 0.807 (1 decoy jumped). Issue 15 asks for precision 0.998
        // and recall 0.95, which this is not.
        scores.atLeast(0.999, 0.78, 0.755);
    }

    @Test
    void eleventhBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites11", ELEVENTH_SET, 101);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 18, main at fdfabb33): together 0.9957 / 0.7700 (1 decoy jumped, 69 rewrites missed), alone 0.9956 /
        // 0.7533; version 17 on it, through bench/related-sets.sh, 0.983 / 0.767 (4 decoys jumped). Issue 15 asks for
        // precision 0.998 and recall 0.95, which this is not.
        scores.atLeast(0.995, 0.765, 0.75);
    }

    @Test
    void twelfthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites12", TWELFTH_SET, 102);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 18, main at 1a951fa5): together 0.9874 / 0.7833 (3 decoys jumped, 65 rewrites missed), alone 0.9867 /
        // 0.7400. Version 19 (a count given another thing; an ordinal written as a name): 0.9958 / 0.7833 (1) and
        // 0.9955 / 0.7400 (1). Issue 15 asks for precision 0.998 and recall 0.95, which this is not.
        scores.atLeast(0.995, 0.78, 0.735);
    }

    @Test
    void thirteenthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites13", THIRTEENTH_SET, 103);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 19, main at 61d7091a): together 0.9959 / 0.8033 (1 decoy jumped, 59 rewrites missed), alone 0.9955 /
        // 0.7400. Issue 15 asks for precision 0.998 and recall 0.95, which this is not.
        scores.atLeast(0.995, 0.795, 0.735);
    }

    @Test
    void fourteenthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites14", FOURTEENTH_SET, 104);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 20): together 0.9956 / 0.7600 (1 decoy jumped, 72 rewrites missed), alone 0.9953 / 0.7000; version 19
        // 0.9956 / 0.7500 and 0.9952 / 0.6900. Version 21 0.9956 / 0.7467 and 0.9953 / 0.7100 (a word WordNet tied to
        // a found line's article is no longer taken for a habit, so "sounds off" and "stands by" are learned no more).
        // Issue 15 asks for precision 0.998 and recall 0.95, which this is not.
        scores.atLeast(0.995, 0.745, 0.705);
    }

    @Test
    void fifteenthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites15", FIFTEENTH_SET, 105);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 20): together 0.9955 / 0.7333 (1 decoy jumped, 80 rewrites missed), alone 0.9954 / 0.7200. Issue 15
        // asks for precision 0.998 and recall 0.95, which this is not. Version 21 (its narrow families were chosen on
        // this set among others): 0.9956 / 0.7567 and 0.9955 / 0.7433; version 23 (a neighbour made of the line's own
        // names explains nothing) 0.9956 / 0.7500 and 0.9955 / 0.7367.
        scores.atLeast(0.995, 0.745, 0.73);
    }

    @Test
    void sixteenthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites16", SIXTEENTH_SET, 106);

        // Regression guard. Measured the first time the matcher saw this set, on resolver version 20 and on version
        // 21's
        // narrow families (blind to both): together 0.9775 (5 decoys jumped) / 0.7233 and 0.9776 (5) / 0.7267, alone
        // 0.9905 (2) / 0.6933 and 0.9905 (2) / 0.6967. Four of the five were one template ("cancels N-date world
        // tour" against plans for one), learned as wording; version 21 as finished, which no longer learns a word
        // from a line found through WordNet, was made after reading them: 0.9909 (2) / 0.7267, alone 0.9905 (2) /
        // 0.6967; version 23 0.9909 (2) / 0.7233 and 0.9905 (2) / 0.6933. Issue 15 asks for precision 0.998 and
        // recall 0.95, which this is not.
        scores.atLeast(0.99, 0.72, 0.69);
    }

    @Test
    void seventeenthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites17", SEVENTEENTH_SET, 107);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 21): together 1.0000 / 0.7567 (no wrong jump, 73 rewrites missed), alone 1.0000 / 0.7300; version 20
        // through its jar 1.000 / 0.750. Issue 15 asks for recall 0.95, which this is not.
        scores.atLeast(0.999, 0.75, 0.725);
    }

    @Test
    void eighteenthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites18", EIGHTEENTH_SET, 108);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 22; version 21 through its jar the same): together 0.9874 / 0.7833 (3 decoys jumped, 65 rewrites
        // missed), alone 0.9868 / 0.7500. Version 23 0.9870 / 0.7600 together: seven "pulls out of" and "withdraws
        // from" lines were found through wording learned from lines whose "pulls" WordNet tied to the "Hale" of a
        // name. Issue 15 asks for precision 0.998 and recall 0.95, which this is not.
        scores.atLeast(0.985, 0.755, 0.745);
    }

    @Test
    void nineteenthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites19", NINETEENTH_SET, 109);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 23; version 22 through its jar the same together): together 0.9872 / 0.7700 (3 decoys jumped, 69
        // rewrites missed), alone 0.9868 / 0.7467. Issue 15 asks for precision 0.998 and recall 0.95, which this is
        // not.
        scores.atLeast(0.985, 0.765, 0.74);
    }

    @Test
    void twentiethBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites20", TWENTIETH_SET, 110);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 24; version 23 through its jar the same together): together 0.9959 / 0.8167 (1 decoy jumped, 55
        // rewrites missed), alone 0.9957 / 0.7800. Issue 15 asks for precision 0.998 and recall 0.95, which this is
        // not.
        scores.atLeast(0.995, 0.81, 0.775);
    }

    @Test
    void twentyFirstBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites21", TWENTY_FIRST_SET, 111);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 24): together 1.0000 / 0.7967 (no decoy jumped, 61 rewrites missed), alone 1.0000 / 0.7667. Issue 15
        // asks for recall 0.95, which this is not.
        scores.atLeast(0.999, 0.79, 0.76);
    }

    @Test
    void twentySecondBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites22", TWENTY_SECOND_SET, 112);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 25; version 24 through its jar the same together): together 0.9913 / 0.7600 (2 decoys jumped, 72
        // rewrites missed), alone 0.9909 / 0.7233. Version 39 took a third decoy ("signs for … prequel" against
        // "confirmed the end of …": "sign" and "confirm" are tied verbs of saying), together 0.9876 / 0.7933. Issue 15
        // asks for precision 0.998 and recall 0.95, which this is not.
        scores.atLeast(0.985, 0.755, 0.72);
    }

    @Test
    void twentyThirdBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites23", TWENTY_THIRD_SET, 113);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 26; version 25 through its jar the same together): together 0.9961 / 0.8600 (1 decoy jumped, 42
        // rewrites missed), alone 0.9960 / 0.8367. Issue 15 asks for precision 0.998 and recall 0.95, which this is
        // not.
        scores.atLeast(0.995, 0.855, 0.83);
    }

    @Test
    void twentyFourthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites24", TWENTY_FOURTH_SET, 114);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 27; version 26 through its jar 0.9917 / 0.7867): together 0.9917 / 0.7933 (2 decoys jumped, 62
        // rewrites missed), alone 0.9915 / 0.7800. Issue 15 asks for precision 0.998 and recall 0.95, which this is
        // not.
        scores.atLeast(0.99, 0.785, 0.775);
    }

    @Test
    void twentyFifthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites25", TWENTY_FIFTH_SET, 115);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 28; version 27 through its jar 0.9955 / 0.7400): together 0.9956 / 0.7467 (1 decoy jumped, 76
        // rewrites missed), alone 0.9955 / 0.7433. Issue 15 asks for precision 0.998 and recall 0.95, which this is
        // not.
        scores.atLeast(0.995, 0.74, 0.735);
    }

    @Test
    void twentySixthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites26", TWENTY_SIXTH_SET, 116);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 29; version 28 through its jar the same together): together 0.9799 / 0.8133 (5 decoys jumped, 56
        // rewrites missed), alone 0.9878 / 0.8067. Issue 15 asks for precision 0.998 and recall 0.95, which this is
        // not.
        scores.atLeast(0.975, 0.81, 0.8);
    }

    @Test
    void twentySeventhBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites27", TWENTY_SEVENTH_SET, 117);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 29, no change made on it first): together 1.0000 / 0.8833 (no decoy jumped, 35 rewrites missed),
        // alone 1.0000 / 0.8233. Issue 15 asks for precision 0.998 and recall 0.95, which this is not.
        scores.atLeast(0.995, 0.88, 0.82);
    }

    @Test
    void twentyEighthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites28", TWENTY_EIGHTH_SET, 118);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 30; version 29 through its jar the same together): together 0.9921 / 0.8400 (2 decoys jumped, 48
        // rewrites missed), alone 0.9917 / 0.7933. Issue 15 asks for precision 0.998 and recall 0.95, which this is
        // not.
        scores.atLeast(0.99, 0.835, 0.79);
    }

    @Test
    void twentyNinthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites29", TWENTY_NINTH_SET, 119);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 31; version 30 through its jar the same together): together 0.9767 / 0.7000 (5 decoys jumped, 90
        // rewrites missed), alone 0.9854 / 0.6767. Issue 15 asks for precision 0.998 and recall 0.95, which this is
        // not.
        scores.atLeast(0.975, 0.695, 0.67);
    }

    @Test
    void thirtiethBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites30", THIRTIETH_SET, 120);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 32; version 31 through its jar the same together): together 0.9739 / 0.7467 (6 decoys jumped, 76
        // rewrites missed), alone 0.9822 / 0.7367. Issue 15 asks for precision 0.998 and recall 0.95, which this is
        // not.
        scores.atLeast(0.97, 0.74, 0.73);
    }

    @Test
    void thirtyFirstBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites31", THIRTY_FIRST_SET, 121);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 32; version 31 through its jar the same together): together 1.0000 / 0.7633 (no decoy jumped, 71
        // rewrites missed), alone 1.0000 / 0.7500. Issue 15 asks for precision 0.998 and recall 0.95; this precision
        // meets it, this recall does not.
        scores.atLeast(0.995, 0.755, 0.745);
    }

    @Test
    void thirtySecondBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites32", THIRTY_SECOND_SET, 122);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 33; version 32 through its jar 1.000 / 0.733): together 1.0000 / 0.7667 (no decoy jumped, 70
        // rewrites missed), alone 1.0000 / 0.7300. Issue 15 asks for precision 0.998 and recall 0.95; this precision
        // meets it, this recall does not.
        scores.atLeast(0.995, 0.76, 0.725);
    }

    @Test
    void thirtyThirdBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites33", THIRTY_THIRD_SET, 123);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 34; version 33 through its jar 0.984 (4) / 0.803): together 0.9839 / 0.8167 (4 decoys jumped, 55
        // rewrites missed), alone 0.9833 / 0.7833. Issue 15 asks for precision 0.998 and recall 0.95, which this is
        // not.
        scores.atLeast(0.98, 0.81, 0.78);
    }

    @Test
    void thirtyFourthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites34", THIRTY_FOURTH_SET, 124);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 34; version 33 through its jar 0.996 (1) / 0.813): together 0.9960 / 0.8233 (1 decoy jumped, 53
        // rewrites missed), alone 0.9958 / 0.7900. Issue 15 asks for precision 0.998 and recall 0.95, which this is
        // not.
        scores.atLeast(0.99, 0.815, 0.78);
    }

    @Test
    void thirtyFifthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites35", THIRTY_FIFTH_SET, 125);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 35; version 34 through its jar 0.996 (1) / 0.800): together 0.9959 / 0.8100 (1 decoy jumped, 57
        // rewrites missed), alone 0.9957 / 0.7700. Issue 15 asks for precision 0.998 and recall 0.95, which this is
        // not.
        scores.atLeast(0.99, 0.80, 0.76);
    }

    @Test
    void thirtySixthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites36", THIRTY_SIXTH_SET, 126);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 35; version 34 through its jar 1.000 (0) / 0.790): together 1.0000 / 0.8067 (no decoy jumped, 58
        // rewrites missed), alone 1.0000 / 0.7900. Issue 15 asks for precision 0.998 and recall 0.95; this precision
        // meets it, this recall does not.
        scores.atLeast(0.995, 0.80, 0.78);
    }

    @Test
    void thirtySeventhBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites37", THIRTY_SEVENTH_SET, 127);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 36; version 35 through its jar the same together): together 1.0000 / 0.7933 (no decoy jumped, 62
        // rewrites missed), alone 1.0000 / 0.7567. Issue 15 asks for precision 0.998 and recall 0.95; this precision
        // meets it, this recall does not.
        scores.atLeast(0.995, 0.785, 0.75);
    }

    @Test
    void thirtyEighthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites38", THIRTY_EIGHTH_SET, 128);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 37; version 36 through its jar 0.996 (1) / 0.823): together 0.9960 / 0.8267 (1 decoy jumped, 52
        // rewrites missed), alone 0.9959 / 0.8033. Issue 15 asks for precision 0.998 and recall 0.95, which this is
        // not.
        scores.atLeast(0.99, 0.82, 0.795);
    }

    @Test
    void thirtyNinthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites39", THIRTY_NINTH_SET, 129);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 38; version 37 through its jar the same together): together 0.9957 / 0.7633 (1 decoy jumped, 71
        // rewrites missed), alone 0.9954 / 0.7233. Issue 15 asks for precision 0.998 and recall 0.95, which this is
        // not.
        scores.atLeast(0.99, 0.755, 0.715);
    }

    @Test
    void fortiethBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites40", FORTIETH_SET, 130);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 39; version 38 through its jar 0.9960 / 0.8233 together): together 0.9960 / 0.8300 (1 decoy jumped,
        // 51 rewrites missed), alone 0.9958 / 0.7867. Issue 15 asks for precision 0.998 and recall 0.95, which this is
        // not.
        scores.atLeast(0.99, 0.825, 0.78);
    }

    @Test
    void fortyFirstBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites41", FORTY_FIRST_SET, 131);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 40; version 39 through its jar the same together, version 38 0.9918 / 0.7933): together 0.9918 /
        // 0.8033 (2 decoys jumped, 59 rewrites missed), alone 0.9913 / 0.7633. Issue 15 asks for precision 0.998 and
        // recall 0.95, which this is not.
        scores.atLeast(0.99, 0.795, 0.755);
    }

    @Test
    void fortySecondBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites42", FORTY_SECOND_SET, 132);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 40; version 39 through its jar the same together): together 0.9871 / 0.7633 (3 decoys jumped, 71
        // rewrites missed), alone 0.9955 / 0.7400. Issue 15 asks for precision 0.998 and recall 0.95, which this is
        // not.
        scores.atLeast(0.98, 0.755, 0.735);
    }

    @Test
    void fortyThirdBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites43", FORTY_THIRD_SET, 133);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 41; versions 40 and 39 through their jars the same together): together 0.9919 / 0.8133 (2 decoys
        // jumped, 56 rewrites missed), alone 0.9958 / 0.7967. Issue 15 asks for precision 0.998 and recall 0.95, which
        // this is not.
        scores.atLeast(0.99, 0.805, 0.79);
    }

    @Test
    void fortyFourthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites44", FORTY_FOURTH_SET, 134);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 41; versions 40 and 39 through their jars 0.9958 / 0.7900 together): together 1.0000 / 0.7900 (no
        // decoy jumped, 63 rewrites missed), alone 1.0000 / 0.7633. Issue 15 asks for precision 0.998 and recall 0.95,
        // which this is not.
        scores.atLeast(1.0, 0.78, 0.755);
    }

    @Test
    void fortyFifthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites45", FORTY_FIFTH_SET, 135);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 41; versions 40 and 39 through their jars 0.9917 / 0.8000 together): together 1.0000 / 0.8000 (no
        // decoy jumped, 60 rewrites missed), alone 1.0000 / 0.7700. Issue 15 asks for precision 0.998 and recall 0.95,
        // which this is not.
        scores.atLeast(1.0, 0.79, 0.76);
    }

    @Test
    void fortySixthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites46", FORTY_SIXTH_SET, 136);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 42; versions 41 and 40 through their jars 1.0000 / 0.7833 together): together 1.0000 / 0.7867 (no
        // decoy jumped, 64 rewrites missed), alone 1.0000 / 0.7500. Issue 15 asks for precision 0.998 and recall 0.95,
        // which this is not.
        scores.atLeast(1.0, 0.78, 0.745);
    }

    @Test
    void fortySeventhBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites47", FORTY_SEVENTH_SET, 137);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 43; versions 42 and 41 through their jars 0.9879 / 0.8067 together): together 0.9879 / 0.8133 (3
        // decoys jumped, 56 rewrites missed), alone 0.9869 / 0.7533. Issue 15 asks for precision 0.998 and recall 0.95,
        // which this is not.
        scores.atLeast(0.98, 0.805, 0.745);
    }

    @Test
    void fortyEighthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites48", FORTY_EIGHTH_SET, 138);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 44; version 43 through its jar the same together, 42 0.9958 / 0.7867, 41 0.9958 / 0.7833): together
        // 0.9958 / 0.7933 (1 decoy jumped, 62 rewrites missed), alone 0.9957 / 0.7800. Issue 15 asks for precision
        // 0.998 and recall 0.95, which this is not.
        scores.atLeast(0.995, 0.785, 0.77);
    }

    @Test
    void fortyNinthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites49", FORTY_NINTH_SET, 139);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 45; version 44 through its jar 0.9957 / 0.7733 together): together 0.9957 / 0.7767 (1 decoy jumped,
        // 67 rewrites missed), alone 0.9957 / 0.7667. Issue 15 asks for precision 0.998 and recall 0.95, which this is
        // not.
        scores.atLeast(0.995, 0.77, 0.76);
    }

    @Test
    void fiftiethBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites50", FIFTIETH_SET, 140);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 46; versions 45 and 44 through their jars 1.0000 / 0.7567 and 1.0000 / 0.7500 together): together
        // 1.0000 / 0.7600 (no decoy jumped, 72 rewrites missed), alone 1.0000 / 0.7267. Issue 15 asks for precision
        // 0.998 and recall 0.95, which this is not.
        scores.atLeast(0.998, 0.755, 0.72);
    }

    @Test
    void fiftyFirstBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites51", FIFTY_FIRST_SET, 141);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 47; version 46 through its jar 0.9921 / 0.8300 together, 45 and 44 0.9921 / 0.8267): together 0.9921
        // /
        // 0.8333 (2 decoys jumped, 50 rewrites missed), alone 0.9918 / 0.8067. Issue 15 asks for precision 0.998 and
        // recall 0.95, which this is not.
        scores.atLeast(0.99, 0.83, 0.80);
    }

    @Test
    void fiftySecondBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites52", FIFTY_SECOND_SET, 142);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 48; versions 47 and 46 through their jars 0.9919 / 0.8200 and 0.9919 / 0.8167 together): together
        // 0.9960 / 0.8200 (1 decoy jumped, 54 rewrites missed), alone 0.9959 / 0.8033. Issue 15 asks for precision
        // 0.998
        // and recall 0.95, which this is not.
        scores.atLeast(0.995, 0.815, 0.80);
    }

    @Test
    void fiftyThirdBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites53", FIFTY_THIRD_SET, 143);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 49; versions 48 and 47 through their jars 0.9922 / 0.8500 and 0.9884 / 0.8500 together): together
        // 0.9922 / 0.8500 (2 decoys jumped, 45 rewrites missed), alone 0.9922 / 0.8433. Issue 15 asks for precision
        // 0.998 and recall 0.95, which this is not.
        scores.atLeast(0.99, 0.845, 0.84);
    }

    @Test
    void fiftyFourthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites54", FIFTY_FOURTH_SET, 144);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 50; versions 49 and 48 through their jars the same together): together 0.9922 / 0.8500 (2 decoys
        // jumped, 45 rewrites missed), alone 0.9961 / 0.8433 (1 decoy jumped). Issue 15 asks for precision 0.998 and
        // recall 0.95, which this is not.
        scores.atLeast(0.99, 0.845, 0.84);
    }

    @Test
    void fiftyFifthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites55", FIFTY_FIFTH_SET, 145);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 51; versions 50 and 49 through their jars 0.9926 / 0.8900 together): together 0.9926 / 0.8933 (2
        // decoys jumped, 32 rewrites missed), alone 0.9923 / 0.8600. Issue 15 asks for precision 0.998 and recall
        // 0.95, which this is not.
        scores.atLeast(0.99, 0.89, 0.855);
    }

    @Test
    void fiftySixthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites56", FIFTY_SIXTH_SET, 146);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 52; versions 51 and 50 through their jars 0.9920 / 0.8300 together): together 0.9921 / 0.8400 (2
        // decoys jumped, 48 rewrites missed), alone 0.9917 / 0.8000 (2 decoys jumped). Issue 15 asks for precision
        // 0.998 and recall 0.95, which this is not.
        scores.atLeast(0.99, 0.835, 0.795);
    }

    @Test
    void fiftySeventhBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites57", FIFTY_SEVENTH_SET, 147);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 53; version 52 through its jar the same, version 51 1.0000 / 0.8667 together): together 1.0000 /
        // 0.8733 (no decoy jumped, 38 rewrites missed), alone 1.0000 / 0.8400. Issue 15 asks for precision 0.998 and
        // recall 0.95, which this is not.
        scores.atLeast(0.99, 0.87, 0.835);
    }

    @Test
    void fiftyEighthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites58", FIFTY_EIGHTH_SET, 148);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 54; versions 53 and 52 through their jars the same together): together 1.0000 / 0.8533 (no decoy
        // jumped, 44 rewrites missed), alone 1.0000 / 0.8367. Issue 15 asks for precision 0.998 and recall 0.95, which
        // this is not.
        scores.atLeast(0.99, 0.85, 0.83);
    }

    @Test
    void fiftyNinthBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites59", FIFTY_NINTH_SET, 149);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 55; versions 54 and 53 through their jars the same together, line for line): together 1.0000 /
        // 0.8633 (no decoy jumped, 41 rewrites missed), alone 1.0000 / 0.8367. Issue 15 asks for precision 0.998 and
        // recall 0.95, which this is not.
        scores.atLeast(0.99, 0.86, 0.83);
    }

    @Test
    void sixtiethBlindSetOfRewritesResolvesAndItsDecoysDoNot(@TempDir Path dir) throws Exception {
        Scores scores = measure(dir, "mkrewrites60", SIXTIETH_SET, 150);

        // Regression guard, a little under what was measured the first time the matcher saw this set (blind, resolver
        // version 56; versions 55 and 54 through their jars the same together, line for line): together 0.9931 /
        // 0.9633 (2 decoys jumped, 11 rewrites missed), alone 0.9931 / 0.9567 (2 decoys jumped). Issue 15 asks for
        // precision 0.998 and recall 0.95: the recall is met here, the precision is not.
        scores.atLeast(0.99, 0.96, 0.95);
    }

    /** Generates the seed's articles, gives them the set's lines, and scores them together and alone. */
    private static Scores measure(Path dir, String name, Path set, int seed) throws Exception {
        Path tools = RelatedResolutionQualityTest.shared().resolve("tools");
        Assumptions.assumeTrue(RelatedResolutionQualityTest.hasPython(), "python3 is not installed");
        Assumptions.assumeTrue(Files.isRegularFile(tools.resolve("mkcorpus.py")), "no mkcorpus.py under " + tools);
        List<Path> files = generate(tools, dir.resolve("corpus"), seed);
        assertEquals(ARTICLES, files.size(), "mkcorpus.py wrote " + files.size() + " articles");
        List<Line> lines = readSet(set);
        List<Article> articles = withSetLines(files, lines);

        Tally together = score(build(articles).withRelatedWorkedOut(), lines, Library::resolve);
        // finish() alone leaves the related headlines unworked; resolveWithoutWaiting then takes each line alone
        // (resolve would work them all out together first).
        // The matcher is built first: before that, resolveWithoutWaiting answers by address alone.
        Tally alone = score(build(articles).withMatcherBuilt(), lines, Library::resolveWithoutWaiting);
        System.out.printf("%s, resolved together: %s%n", name, together);
        // Resolving only what changed, measured: the library without its last 2 % resolved in full, then all of it.
        ChangedLibraries.Comparison partial =
                ChangedLibraries.compare(articles.subList(0, articles.size() * 98 / 100), articles);
        System.out.printf("%s, the last 2 %% added and resolved in part: %s %s%n", name, partial, partial.examples());
        System.out.printf("%s, each line alone: %s%n", name, alone);
        return new Scores(together, alone);
    }

    private static List<Path> generate(Path tools, Path out, int seed) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        "python3",
                        tools.resolve("mkcorpus.py").toString(),
                        "--n",
                        String.valueOf(ARTICLES),
                        "--seed",
                        String.valueOf(seed),
                        "--out",
                        out.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0, "mkcorpus.py failed");
        try (var listed = Files.list(out)) {
            return listed.filter(p -> p.getFileName().toString().startsWith("article-"))
                    .sorted()
                    .toList();
        }
    }

    static List<Line> readSet(Path set) throws IOException {
        List<Line> lines = new ArrayList<>();
        List<String> rows = Files.readAllLines(set, StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) { // the first row names the columns
            if (!row.isBlank()) {
                String[] cells = row.split("\t");
                lines.add(new Line(cells[0], cells[1], cells[2]));
            }
        }
        return lines;
    }

    /**
     * Each generated article with the set's lines as its related headlines: line k goes to article
     * (k * 7 + 3) mod 300, or the next one that is not the line's target (a page does not link to itself).
     */
    private static List<Article> withSetLines(List<Path> files, List<Line> lines) throws IOException {
        List<List<RelatedHeadline>> related = new ArrayList<>();
        files.forEach(f -> related.add(new ArrayList<>()));
        for (int k = 0; k < lines.size(); k++) {
            int owner = (k * 7 + 3) % ARTICLES;
            while (files.get(owner).getFileName().toString().equals(lines.get(k).target())) {
                owner = (owner + 1) % ARTICLES;
            }
            related.get(owner).add(new RelatedHeadline(lines.get(k).headline(), null));
        }
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).getFileName().toString();
            Article a = RelatedResolutionQualityTest.corpusArticle(files.get(i), name);
            articles.add(new Article(
                    a.id(),
                    a.source(),
                    a.format(),
                    a.headline(),
                    a.byline(),
                    a.published(),
                    a.url(),
                    a.site(),
                    a.body(),
                    related.get(i),
                    a.links(),
                    a.problems(),
                    a.addresses()));
        }
        return articles;
    }

    private static Library build(List<Article> articles) {
        LibraryBuilder builder = new LibraryBuilder();
        articles.forEach(builder::add);
        return builder.finish();
    }

    private static Tally score(Library library, List<Line> lines, Resolver resolver) {
        Map<String, Line> byHeadline = new HashMap<>();
        lines.forEach(line -> byHeadline.put(line.headline(), line));
        Tally tally = new Tally();
        for (LibraryEntry from : library.entries()) {
            for (RelatedHeadline related : from.related()) {
                Line line = byHeadline.get(related.headline());
                Optional<LibraryEntry> hit = resolver.resolve(library, from, related);
                Optional<LibraryEntry> expected = line.decoy()
                        ? Optional.empty()
                        : library.entries().stream()
                                .filter(e -> e.source().name().equals(line.target()))
                                .findFirst();
                tally.count(line, expected, hit);
            }
        }
        return tally;
    }

    /** Right and wrong jumps and misses over the set, with the ledes of what went wrong. */
    static final class Tally {
        int right;
        int wrongDecoy;
        int wrongRewrite;
        int missed;
        int rewrites;
        int decoysLeft;
        final List<String> notes = new ArrayList<>();

        void count(Line line, Optional<LibraryEntry> expected, Optional<LibraryEntry> hit) {
            if (!line.decoy()) {
                rewrites++;
            }
            boolean jumped = hit.isPresent();
            if (jumped
                    && expected.isPresent()
                    && hit.get().position() == expected.get().position()) {
                right++;
            } else if (jumped && line.decoy()) {
                wrongDecoy++;
                notes.add("WRONG decoy " + line.kind() + ": " + line.headline() + "\n      => "
                        + hit.get().headline());
            } else if (jumped) {
                wrongRewrite++;
                notes.add("WRONG rewrite: " + line.headline() + "\n      => "
                        + hit.get().headline() + "\n      expected "
                        + expected.map(LibraryEntry::headline).orElse(line.target()));
            } else if (!line.decoy()) {
                missed++;
                notes.add("MISSED " + line.target() + ": " + line.headline() + "\n      lede "
                        + expected.map(LibraryEntry::headline).orElse("(not loaded)"));
            } else {
                decoysLeft++;
            }
        }

        int wrong() {
            return wrongDecoy + wrongRewrite;
        }

        double precision() {
            return right + wrong() == 0 ? 1.0 : (double) right / (right + wrong());
        }

        double recall() {
            return rewrites == 0 ? 1.0 : (double) right / rewrites;
        }

        @Override
        public String toString() {
            return String.format(
                    "precision %.4f, recall %.4f (%d of %d rewrites right, %d wrong jumps: %d decoys and %d rewrites"
                            + " to another article; %d missed; %d decoys left unresolved)%s",
                    precision(),
                    recall(),
                    right,
                    rewrites,
                    wrong(),
                    wrongDecoy,
                    wrongRewrite,
                    missed,
                    decoysLeft,
                    notes.isEmpty() ? "" : "\n  " + String.join("\n  ", notes));
        }
    }
}
