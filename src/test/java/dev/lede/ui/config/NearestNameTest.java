package dev.lede.ui.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearestNameTest {

    private static final List<String> SETTINGS =
            List.of("width", "split", "color", "sort", "hyperlinks", "keep", "columns");

    @Test
    void aLetterMissingAddedChangedOrSwappedIsOneEdit() {
        assertEquals(1, NearestName.distance("next-artcle", "next-article"));
        assertEquals(1, NearestName.distance("sortt", "sort"));
        assertEquals(1, NearestName.distance("colur", "color"));
        assertEquals(1, NearestName.distance("widht", "width"));
        assertEquals(0, NearestName.distance("keep", "keep"));
        assertEquals(4, NearestName.distance("", "keep"));
    }

    @Test
    void theClearlyNearestNameIsSuggested() {
        assertEquals(Optional.of("next-article"), NearestName.of("next-artcle", ConfigParser.actionNames()));
        assertEquals(Optional.of("sort"), NearestName.of("sortt", SETTINGS));
        assertEquals(Optional.of("width"), NearestName.of("widht", SETTINGS));
    }

    @Test
    void noGuessAmongEqualsNorForAWordFarFromEveryName() {
        // open-related-1 … -9 are all two edits away: any one of them would be a coin toss
        assertEquals(Optional.empty(), NearestName.of("open-related", ConfigParser.actionNames()));
        assertEquals(Optional.empty(), NearestName.of("volume", SETTINGS));
        assertEquals(Optional.empty(), NearestName.of("jump-around", ConfigParser.actionNames()));
        // a short word gets one edit at most: "kp" is no "keep"
        assertEquals(Optional.empty(), NearestName.of("kp", SETTINGS));
    }
}
