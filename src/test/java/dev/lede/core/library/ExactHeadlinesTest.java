package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExactHeadlinesTest {

    @Test
    void aNormalisedHeadlineFindsTheFirstPositionThatHasIt() {
        ExactHeadlines exact = new ExactHeadlines();
        exact.add("Harbour pilots vote to strike");
        exact.add("Ferry timetable changes for winter");
        exact.add("HARBOUR pilots vote — to strike!");
        assertEquals(0, exact.find(WordForms.normalise("harbour pilots vote to strike")));
        assertEquals(1, exact.find(WordForms.normalise("Ferry timetable changes for winter")));
        assertEquals(-1, exact.find(WordForms.normalise("Ferry timetable changes for summer")));
    }

    @Test
    void everyHeadlineIsFoundAfterTheTableGrows() {
        ExactHeadlines exact = new ExactHeadlines();
        for (int i = 0; i < 5000; i++) {
            exact.add("Headline number " + i + " of the harbour gazette");
        }
        for (int i = 0; i < 5000; i++) {
            assertEquals(i, exact.find(WordForms.normalise("Headline number " + i + " of the harbour gazette")));
        }
        assertEquals(-1, exact.find(WordForms.normalise("Headline number 5000 of the harbour gazette")));
    }
}
