package dev.lede.core.library;

import java.util.ArrayList;
import java.util.List;

/**
 * The places a people's word may be made from, by the endings English forms them with: "Kenyan" of Kenya,
 * "Valdorian" of Valdoria, "Italian" of Italy, "Ukrainian" of Ukraine, "Brazilian" of Brazil, "Mexican" of
 * Mexico, "Japanese" of Japan, "Chinese" of China, "Israeli" of Israel. A related line writes "a Kenyan runner"
 * where the article writes "of Kenya"; {@link Query} reads such a word as its place when no article uses the
 * word and some article names the place.
 */
final class Demonym {

    private Demonym() {}

    /** The places {@code word} (lower case) may be the people's word of, most likely first; none for most words. */
    static List<String> places(String word) {
        List<String> places = new ArrayList<>(3);
        if (word.length() < 5) {
            return places;
        }
        if (word.endsWith("ian")) {
            String base = word.substring(0, word.length() - 3);
            places.add(base + "ia");
            places.add(base + "y");
            places.add(base + "e");
            places.add(base);
        } else if (word.endsWith("an")) {
            String base = word.substring(0, word.length() - 2);
            places.add(word.substring(0, word.length() - 1));
            places.add(base + "o");
            places.add(base);
        } else if (word.endsWith("ese")) {
            String base = word.substring(0, word.length() - 3);
            places.add(base);
            places.add(base + "a");
        } else if (word.endsWith("i")) {
            places.add(word.substring(0, word.length() - 1));
        }
        return places;
    }
}
