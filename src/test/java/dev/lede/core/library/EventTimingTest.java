package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which events a line places its story at, and whether an article names them only as its time. */
class EventTimingTest {

    @Test
    void aLinePlacesItsStoryAtTheNamesAfterAt() {
        assertEquals(
                List.of("Lakeside Festival"),
                EventTiming.placedAt("Noor Hale to sing 'Tidewater' at the Lakeside Festival"));
        assertEquals(List.of("Harbour Awards"), EventTiming.placedAt("Noor Hale Wins At The Harbour Awards"));
        assertEquals(
                List.of(), EventTiming.placedAt("Noor Hale hints at the Lakeside Festival backlash".toLowerCase()));
        assertEquals(List.of(), EventTiming.placedAt("Noor Hale looks back at her exit"), "no name");
    }

    @Test
    void anArticleNamingTheEventOnlyAsItsTimeDatesItsStoryByIt() {
        List<String> placed = List.of("Lakeside Festival");
        assertTrue(EventTiming.onlyDatedBy("Noor Hale praised 'Tidewater' ahead of the Lakeside Festival.", placed));
        assertTrue(EventTiming.onlyDatedBy("Noor Hale spoke before the Lakeside Festival.", placed));
        assertFalse(
                EventTiming.onlyDatedBy("Noor Hale addressed her appearance at the Lakeside Festival.", placed),
                "there");
        assertFalse(
                EventTiming.onlyDatedBy(
                        "Noor Hale addressed her appearance at the Lakeside Festival ahead of the Lakeside Festival.",
                        placed),
                "there as well as then");
        assertFalse(EventTiming.onlyDatedBy("Noor Hale praised 'Tidewater'.", placed), "not named");
    }
}
