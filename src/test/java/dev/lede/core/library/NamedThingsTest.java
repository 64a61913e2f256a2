package dev.lede.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamedThingsTest {

    @Test
    void aWordAfterANameADeterminerIntroducesCompletesIt() {
        assertEquals(
                List.of(HeadlineTerms.term("reboot")),
                NamedThings.completingTerms("Priya Venn praised rumours of a The Harrow Hour reboot."));
        assertEquals(
                HeadlineTerms.terms("spin-off series"),
                NamedThings.completingTerms("Studio confirms a Star Wars spin-off series for 2027"));
        // A name may hold "of": the word after the whole of it completes it.
        assertEquals(
                List.of(HeadlineTerms.term("remake")), NamedThings.completingTerms("Talk of a City of Saints remake"));
    }

    @Test
    void aNameNoDeterminerIntroducesIsCompletedByNothing() {
        // The headline's subject and its verb; a name after a preposition and what follows it.
        assertEquals(List.of(), NamedThings.completingTerms("Glass Houses returns for a sixth season"));
        assertEquals(
                List.of(),
                NamedThings.completingTerms("Ines Calder spoke out ahead of Cannes Film Festival screening"));
        // A stop word ends the name's words.
        assertEquals(List.of(), NamedThings.completingTerms("a review of the Brit Awards and her appearance"));
    }
}
