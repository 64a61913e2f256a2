package dev.lede.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.core.article.ArticleId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StateFormatTest {

    private final ReadingState state = ReadingState.EMPTY
            .withRead(new ArticleId("a1b2c3d4e5f6"), true)
            .withStarred(new ArticleId("a1b2c3d4e5f6"), true)
            .withStarred(new ArticleId("0f9e8d7c6b5a"), true)
            .withPlace(new ArticleId("112233445566"), new Place(4, 120));

    @Test
    void writesAHeaderAndOneSortedLinePerArticle() {
        assertEquals(
                "lede-state 1\n0f9e8d7c6b5a\ts\t-\n112233445566\t-\t4.120\na1b2c3d4e5f6\trs\t-\n",
                StateFormat.write(state));
    }

    @Test
    void readsBackWhatItWrote() {
        StateFormat.Decoded decoded = StateFormat.read(StateFormat.write(state));
        assertEquals(Optional.empty(), decoded.problem());
        assertEquals(state, decoded.state());
    }

    @Test
    void anEmptyStateIsJustTheHeader() {
        assertEquals(ReadingState.EMPTY, StateFormat.read("lede-state 1\n").state());
    }

    @Test
    void aNewerFormatIsAProblemNotAGuess() {
        assertEquals(
                Optional.of("written by a newer lede, format 2"),
                StateFormat.read("lede-state 2\nsomething\tnew\n").problem());
    }

    @Test
    void garbageTruncationAndBadLinesAreProblems() {
        assertEquals(
                Optional.of("not a lede state file"),
                StateFormat.read("\u0000\u0001PK").problem());
        assertEquals(Optional.of("not a lede state file"), StateFormat.read("").problem());
        assertEquals(
                Optional.of("truncated"),
                StateFormat.read("lede-state 1\na1b2c3d4e5f6\tr").problem());
        assertEquals(
                Optional.of("line 2 is garbled"),
                StateFormat.read("lede-state 1\na1b2 c3\tr\t-\n").problem());
        assertEquals(
                Optional.of("line 2 is garbled"),
                StateFormat.read("lede-state 1\na1b2c3\tx\t-\n").problem());
        assertTrue(StateFormat.read("lede-state 1\na1b2c3\tr\t99999999999.1\n")
                .problem()
                .isPresent());
    }
}
