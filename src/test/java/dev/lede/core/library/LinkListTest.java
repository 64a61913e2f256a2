package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Links held as runs by source and three-byte targets (LinkList). */
class LinkListTest {

    private static List<String> all(LinkList links) {
        List<String> out = new ArrayList<>();
        links.each((source, target) -> out.add(source + ">" + target));
        return out;
    }

    @Test
    void everyLinkComesBackInOrderThroughLongRunsAndLargePositions() {
        LinkList links = new LinkList();
        List<String> expected = new ArrayList<>();
        int largest = LinkList.MOST_SOURCES - 1;
        for (int target = 0; target < 20_000; target++) { // one source with more links than a run holds
            links.add(7, target * 800 % largest);
            expected.add("7>" + target * 800 % largest);
        }
        links.add(largest, 0);
        links.add(largest, largest);
        links.add(3, 65_536);
        expected.addAll(List.of(largest + ">0", largest + ">" + largest, "3>65536"));
        assertEquals(expected.size(), links.size());
        assertEquals(expected, all(links));
        assertEquals(expected, all(links), "going through them again gives the same");
    }

    @Test
    void aPositionBeyondWhatLinksHoldIsRefused() {
        LinkList links = new LinkList();
        assertThrows(IllegalArgumentException.class, () -> links.add(LinkList.MOST_SOURCES, 0));
        assertThrows(IllegalArgumentException.class, () -> links.add(0, LinkList.MOST_SOURCES));
    }
}
