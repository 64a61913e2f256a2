package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateMergeTest {

    private static IntList list(int... values) {
        IntList list = new IntList();
        for (int value : values) {
            list.add(value);
        }
        return list;
    }

    private static List<String> walk(CandidateMerge merge) {
        List<String> out = new ArrayList<>();
        for (int position = merge.next(); position >= 0; position = merge.next()) {
            out.add(position + "@" + merge.seed());
        }
        return out;
    }

    @Test
    void givesEachPositionOnceAscendingWithTheRarestListHoldingIt() {
        CandidateMerge merge =
                new CandidateMerge(new IntList[] {list(3, 7, 9), list(1, 7, 12), list(1, 2, 9, 12)}, null, 100);
        assertEquals(List.of("1@1", "2@2", "3@0", "7@0", "9@0", "12@1"), walk(merge));
    }

    @Test
    void keepsOnlyPositionsTheNameListHoldsAndStopsAtTheLimit() {
        CandidateMerge merge = new CandidateMerge(new IntList[] {list(3, 7, 9), list(1, 7, 12)}, list(1, 4, 9, 12), 10);
        assertEquals(List.of("1@1", "9@0"), walk(merge));
    }

    @Test
    void seekFindsTheFirstValueNotBelowTheProbe() {
        IntList list = list(2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22);
        int end = list.countBelow(21); // a snapshot fence: 22 is not there yet
        int at = 0;
        StringBuilder found = new StringBuilder();
        for (int probe = 0; probe <= 23; probe++) {
            at = list.seek(at, end, probe);
            found.append(at < end && list.get(at) == probe ? probe + " " : "");
            int expected = 0;
            while (expected < end && list.get(expected) < probe) {
                expected++;
            }
            assertEquals(expected, at, "probe " + probe);
        }
        assertEquals("2 4 6 8 10 12 14 16 18 20 ", found.toString());
    }

    @Test
    void aTieForBestGoesToTheRarestSeedListThenTheLowerPosition() {
        Ranking ranking = new Ranking();
        ranking.offer(2, 1, 0.8, true);
        ranking.offer(5, 0, 0.8, true);
        ranking.offer(6, 0, 0.5, true);
        assertEquals(
                new HeadlineMatcher.Match(5, 0.8, 0.8, true), ranking.match().orElseThrow());
        Ranking zeros = new Ranking();
        zeros.offer(1, 0, 0, true);
        assertEquals(java.util.Optional.empty(), zeros.match());
    }
}
