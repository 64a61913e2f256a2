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
    void theSourcesOfATargetAreFoundAcrossRunsAndChunks() {
        LinkList links = new LinkList();
        List<Integer> toNine = new ArrayList<>();
        for (int source = 0; source < 30_000; source++) {
            for (int k = 0; k < (source == 12_345 ? 700 : 3); k++) { // one source's links span runs and chunks
                int target = (source * 31 + k * 7) % 20_000;
                links.add(source, target);
                if (target == 9) {
                    toNine.add(source);
                }
            }
        }
        links.add(70_000, 9 + (1 << 16)); // shares the low bytes with 9
        assertEquals(toNine, toList(links.sourcesOf(9)));
        assertEquals(List.of(70_000), toList(links.sourcesOf(9 + (1 << 16))));
        assertEquals(List.of(), toList(links.sourcesOf(25_000)));
    }

    private static List<Integer> toList(IntList values) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            out.add(values.get(i));
        }
        return out;
    }

    @Test
    void aPositionBeyondWhatLinksHoldIsRefused() {
        LinkList links = new LinkList();
        assertThrows(IllegalArgumentException.class, () -> links.add(LinkList.MOST_SOURCES, 0));
        assertThrows(IllegalArgumentException.class, () -> links.add(0, LinkList.MOST_SOURCES));
    }
}
