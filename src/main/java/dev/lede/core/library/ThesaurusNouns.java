package dev.lede.core.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Abstract nouns that a published thesaurus gives as near in meaning: "stint" and "time", "talk" and "rumour", "fame"
 * and "the spotlight", "spat" and "feud". A rewrite names the thing the article tells of in another word as
 * often as it tells the event in another verb, and WordNet, whose synonyms are strict, ties few of these.
 *
 * <p>The thesaurus is the Moby Thesaurus, read as {@link SayingVerbs} reads it, narrowed by WordNet 3.1 to the reading
 * a headline's noun needs: both nouns name an abstract thing in their commonest sense (not under WordNet's "physical
 * entity": a physical thing's near word is another thing, as version 25 found for "tin mine" and "copper mine"; so
 * "bond", first a force between atoms, is tied to nothing), the two commonest senses are not sisters under one
 * broader sense ("summer" and "winter", both a season: another of the same sort, not the same thing in other words),
 * and each lists the other. The list is written by {@code ThesaurusNounLinksWriter} in the tests
 * (docs/related-matching.md, "Resolver version 45").
 */
final class ThesaurusNouns {

    /** The list, gzipped: a noun lemma, a tab, the nouns tied to it, comma-separated; each tie listed both ways. */
    static final String RESOURCE = "moby-abstract-noun-links.txt.gz";

    private ThesaurusNouns() {}

    /** The nouns the thesaurus ties to a WordNet noun lemma ("stint"); empty for any other word. */
    static List<String> tiedTo(String lemma) {
        // Kept as one string a noun and split only when asked, so the 311,000 ties are not each a string held in
        // memory.
        String tied = Loaded.LINKS.get(WordForms.oneSpelling(lemma));
        return tied == null ? List.of() : List.of(tied.split(","));
    }

    /** Read on first use only (the holder idiom); without the list no noun is tied. */
    private static final class Loaded {
        static final Map<String, String> LINKS = read();

        private static Map<String, String> read() {
            Map<String, String> links = new HashMap<>();
            try (InputStream raw = ThesaurusNouns.class.getResourceAsStream(RESOURCE)) {
                if (raw == null) {
                    return links;
                }
                BufferedReader lines =
                        new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        // Keyed in one spelling: the thesaurus is American, a headline as often British ("rumours").
                        links.merge(
                                WordForms.oneSpelling(line.substring(0, tab)),
                                line.substring(tab + 1),
                                (one, other) -> one + ',' + other);
                    }
                }
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
            return links;
        }
    }
}
